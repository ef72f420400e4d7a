// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.pulse.internal.PulseDienst;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A municipality's own licensed instrument: the loader's refusals (each in Dutch, none storing anything), the dry
 * run against loading, isolation between municipalities, a whole wave with the loaded instrument, and removal that
 * is refused while a wave uses it.
 */
class EigenInstrumentTest extends HelderIntegratieTest {

	private static final String API = "/api/v1/organisaties/{code}/pulse/instrumenten";

	@Autowired
	private TeamDienst teamDienst;

	@Autowired
	private PulseDienst dienst;

	private String hr;

	private String id;

	@BeforeEach
	void opzet() {
		hr = bearer("hr@aalstede.demo");
		id = "wp-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String voorbeeld() throws Exception {
		try (InputStream invoer = new ClassPathResource("data/pulse/demo/werkplezier-voorbeeld-1.0.json").getInputStream()) {
			return new String(invoer.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String definitie() throws Exception {
		return voorbeeld().replace("\"id\": \"werkplezier-voorbeeld\"", "\"id\": \"" + id + "\"");
	}

	@Test
	void elkeWeigeringZegtWaaromEnSlaatNietsOp() throws Exception {
		String goed = definitie();
		List<String[]> gevallen = List.of(
				new String[] { goed.replaceFirst("\"licentie\": \"[^\"]*\"", "\"licentie\": \"  \""), "'licentie' ontbreekt" },
				new String[] { goed.replace("\"id\": \"" + id + "\"", "\"id\": \"tech-pulse\""), "vragenlijst die Helder meelevert" },
				new String[] { goed.replace("\"minimumGroep\": 5", "\"minimumGroep\": 4"), "'minimumGroep' moet 5 of hoger zijn" },
				new String[] { goed.replace("{ \"id\": \"zinvol\",", "{ \"id\": \"zinvol\", \"verplicht\": true,"), "elke vraag vrijwillig" },
				new String[] { goed.replace("\"soort\": \"peiling\",", "\"soort\": \"peiling\", \"norm\": 3,"), "onbekend veld" },
				new String[] { goed.replace("\"subschaal\": \"betrokkenheid\", \"tekst\": \"Mijn werk",
						"\"subschaal\": \"plezier\", \"tekst\": \"Mijn werk"), "'plezier', die niet bestaat" },
				new String[] { goed.replace("{ \"id\": \"fris_begin\", \"type\": \"schaal\", \"subschaal\": \"energie\",",
						"{ \"id\": \"fris_begin\", \"type\": \"langeTekst\", \"omgekeerd\": true, \"subschaal\": \"energie\","),
						"geen schaalvraag" },
				new String[] { goed.replace("\"anoniem\": true,", "\"anoniem\": true"), "op regel 7" },
				new String[] { "", "Kies een bestand of plak de inhoud" });
		int voor = rijen();
		for (String[] geval : gevallen) {
			MockHttpServletResponse antwoord = mvc.perform(post(API, AALSTEDE).header("Authorization", hr)
				.contentType("application/json")
				.content(geval[0])).andReturn().getResponse();
			assertThat(antwoord.getStatus()).as(geval[1]).isEqualTo(400);
			assertThat(antwoord.getContentType()).contains("application/problem+json");
			assertThat(antwoord.getContentAsString()).as(geval[1]).contains(geval[1]);
			// The same through the page: the check page and the confirming "Laden" both refuse.
			MockHttpServletResponse pagina = mvc.perform(post("/pulse/instrumenten").with(als("hr@aalstede.demo"))
				.with(csrf())
				.param("definitie", geval[0])).andReturn().getResponse();
			assertThat(pagina.getStatus()).as(geval[1]).isEqualTo(400);
			assertThat(pagina.getContentAsString()).as(geval[1]).contains("kan niet geladen worden");
			assertThat(rijen()).as(geval[1]).isEqualTo(voor);
		}
	}

	@Test
	void eerstProefDanLadenEnEenNieuweVersieIsEenNieuweRij() throws Exception {
		int voor = rijen();
		MockHttpServletResponse proef = mvc.perform(post(API + "?proef=true", AALSTEDE).header("Authorization", hr)
			.contentType("application/json")
			.content(definitie())).andReturn().getResponse();
		assertThat(proef.getStatus()).as(proef.getContentAsString()).isEqualTo(200);
		assertThat(proef.getContentAsString()).contains("\"titel\":\"Werkplezier (voorbeeld)\"")
			.contains("\"items\":6")
			.contains("\"items\":[\"fris_begin\",\"volhouden\",\"leeg\"]")
			.contains("\"licentie\":\"Voorbeeld");
		assertThat(rijen()).as("een proef slaat niets op").isEqualTo(voor);

		assertThat(mvc.perform(post(API, AALSTEDE).header("Authorization", hr).contentType("application/json")
			.content(definitie())).andReturn().getResponse().getStatus()).isEqualTo(201);
		assertThat(rijen()).isEqualTo(voor + 1);
		assertThat(jdbc.sql("select geladen_door_naam from pulse.eigen_instrument where instrument_id = ?").param(id)
			.query(String.class).single()).isNotBlank();

		MockHttpServletResponse nogmaals = mvc.perform(post(API, AALSTEDE).header("Authorization", hr)
			.contentType("application/json").content(definitie())).andReturn().getResponse();
		assertThat(nogmaals.getStatus()).isEqualTo(400);
		assertThat(nogmaals.getContentAsString()).contains("al geladen");
		assertThat(rijen()).isEqualTo(voor + 1);

		String nieuw = definitie().replace("\"versie\": \"1.0\"", "\"versie\": \"1.1\"")
			.replace("\"geldigVanaf\": \"2026-01-01\"", "\"geldigVanaf\": \"2026-02-01\"");
		assertThat(mvc.perform(post(API, AALSTEDE).header("Authorization", hr).contentType("application/json")
			.content(nieuw)).andReturn().getResponse().getStatus()).isEqualTo(201);
		assertThat(rijen()).isEqualTo(voor + 2);

		// A new wave takes the version that applies on its opening day; a version from the future is not used yet.
		String toekomst = definitie().replace("\"versie\": \"1.0\"", "\"versie\": \"3.0\"")
			.replace("\"geldigVanaf\": \"2026-01-01\"", "\"geldigVanaf\": \"" + dienst.vandaag().plusYears(1) + "\"");
		assertThat(mvc.perform(post(API, AALSTEDE).header("Authorization", hr).contentType("application/json")
			.content(toekomst)).andReturn().getResponse().getStatus()).isEqualTo(201);
		String team = teamDienst.maakAan(AALSTEDE, "Versieteam " + id, null).id().toString();
		nl.helder.shared.Aanvrager door = new nl.helder.shared.Systeemaanvrager("test", "Test", AALSTEDE, Set.of(Rol.HR));
		assertThat(dienst.maak(AALSTEDE, new PulseDienst.Gegevens("Januari", "2026-01-15", "2026-01-20", List.of(team), "", id),
				door).instrumentVersie()).isEqualTo("1.0");
		assertThat(dienst.maak(AALSTEDE, new PulseDienst.Gegevens("Nu", dienst.vandaag().toString(),
				dienst.vandaag().plusDays(3).toString(), List.of(team), "", id), door).instrumentVersie()).isEqualTo("1.1");
		assertThat(mvc.perform(delete(API + "/{id}/{versie}", AALSTEDE, id, "3.0").header("Authorization", hr))
			.andReturn().getResponse().getStatus()).as("niet gebruikt, dus weg").isEqualTo(204);

		String lijst = mvc.perform(get(API, AALSTEDE).header("Authorization", hr)).andReturn().getResponse()
			.getContentAsString();
		assertThat(lijst).contains("\"id\":\"tech-pulse\"").contains("\"id\":\"" + id + "\",\"versie\":\"1.0\"")
			.contains("\"id\":\"" + id + "\",\"versie\":\"1.1\"");

		// The audit log has every load (1.0, 1.1, 3.0) and the removal of 3.0.
		assertThat(jdbc.sql("select count(*) from audit.gebeurtenis where entiteit_type = 'EigenInstrument' "
				+ "and actie = 'AANGEMAAKT' and organisatie_code = ? and na::text like ?")
			.params(AALSTEDE, "%" + id + "%")
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from audit.gebeurtenis where entiteit_type = 'EigenInstrument' "
				+ "and actie = 'VERWIJDERD' and organisatie_code = ? and voor::text like ?")
			.params(AALSTEDE, "%" + id + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);

		// Through the pages: upload, check page (nothing stored), then Laden.
		String derde = nieuw.replace("\"versie\": \"1.1\"", "\"versie\": \"2\"");
		MockHttpServletResponse controle = mvc.perform(multipart("/pulse/instrumenten/controle")
			.file(new MockMultipartFile("bestand", "werkplezier.json", "application/json", derde.getBytes(StandardCharsets.UTF_8)))
			.with(als("hr@aalstede.demo")).with(csrf())).andReturn().getResponse();
		assertThat(controle.getStatus()).isEqualTo(200);
		assertThat(controle.getContentAsString()).contains("Werkplezier (voorbeeld)").contains("Energie in het werk (3 stellingen)")
			.contains("Aan het eind van de werkdag voel ik mij leeg. (telt omgekeerd)").contains("name=\"definitie\"");
		assertThat(rijen()).isEqualTo(voor + 2);
		MockHttpServletResponse geladen = mvc.perform(post("/pulse/instrumenten").with(als("hr@aalstede.demo")).with(csrf())
			.param("definitie", derde)).andReturn().getResponse();
		assertThat(geladen.getStatus()).isEqualTo(302);
		assertThat(rijen()).isEqualTo(voor + 3);
		assertThat(mvc.perform(get("/pulse/instrumenten").with(als("hr@aalstede.demo"))).andReturn().getResponse()
			.getContentAsString()).contains(id);
	}

	@Test
	void eenAndereGemeenteZietHetNietEnKanHetNietGebruiken() throws Exception {
		laad();
		String naam = "hr-" + id + "@beekdal.test";
		gebruikerDienst.maakAan(BEEKDAL, naam, new GebruikerDienst.Gegevens("HR Beekdal", naam, Set.of(Rol.HR), null, true),
				PulseTestOrganisatie.WACHTWOORD);
		String beekdal = bearer(naam);
		assertThat(mvc.perform(get(API, BEEKDAL).header("Authorization", beekdal)).andReturn().getResponse()
			.getContentAsString()).contains("tech-pulse").doesNotContain(id);
		assertThat(mvc.perform(get("/pulse/instrumenten").with(als(naam))).andReturn().getResponse().getContentAsString())
			.doesNotContain(id);
		assertThat(mvc.perform(get("/pulse").with(als(naam))).andReturn().getResponse().getContentAsString())
			.doesNotContain(id);
		assertThat(mvc.perform(get(API, AALSTEDE).header("Authorization", beekdal)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(delete(API + "/{id}/{versie}", BEEKDAL, id, "1.0").header("Authorization", beekdal))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/pulse/instrumenten/{id}/{versie}/verwijderen", id, "1.0").with(als(naam)).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(404);

		int golven = jdbc.sql("select count(*) from pulse.golf").query(Integer.class).single();
		UUID team = teamDienst.maakAan(BEEKDAL, "Team " + id, null).id();
		LocalDate vandaag = dienst.vandaag();
		MockHttpServletResponse golf = mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven", BEEKDAL)
			.header("Authorization", beekdal).contentType("application/json")
			.content("""
					{"titel": "Leen", "opent": "%s", "sluit": "%s", "teams": ["%s"], "instrument": "%s"}"""
				.formatted(vandaag, vandaag.plusDays(7), team, id))).andReturn().getResponse();
		assertThat(golf.getStatus()).isEqualTo(400);
		assertThat(golf.getContentAsString()).contains("\"name\":\"instrument\"").contains("bestaat niet");
		assertThat(jdbc.sql("select count(*) from pulse.golf").query(Integer.class).single()).isEqualTo(golven);
		assertThat(jdbc.sql("select count(*) from pulse.eigen_instrument where organisatie_code = ? and instrument_id = ?")
			.params(AALSTEDE, id).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void eenHeleGolfMetHetGeladenInstrumentEnVerwijderenPasAlsNiemandHetGebruikt() throws Exception {
		laad();
		PulseTestOrganisatie org = PulseTestOrganisatie.maak(teamDienst, gebruikerDienst, AALSTEDE);
		String eigenHr = bearer(org.hr());
		LocalDate vandaag = dienst.vandaag();

		// An unknown instrument is refused on its field.
		String onbekend = mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven", AALSTEDE).header("Authorization", eigenHr)
			.contentType("application/json")
			.content("""
					{"titel": "Onbekend", "opent": "%s", "sluit": "%s", "teams": ["%s"], "instrument": "bestaat-niet"}"""
				.formatted(vandaag, vandaag.plusDays(14), org.afdeling()))).andReturn().getResponse().getContentAsString();
		assertThat(onbekend).contains("\"name\":\"instrument\"");

		// An instrument with a larger minimum group: a lower k is refused, no k means its minimum.
		String groot = id + "-k8";
		mvc.perform(post(API, AALSTEDE).header("Authorization", hr).contentType("application/json")
			.content(definitie().replace("\"id\": \"" + id + "\"", "\"id\": \"" + groot + "\"")
				.replace("\"minimumGroep\": 5", "\"minimumGroep\": 8")));
		String tePaarK = mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven", AALSTEDE).header("Authorization", eigenHr)
			.contentType("application/json")
			.content("""
					{"titel": "k6", "opent": "%s", "sluit": "%s", "teams": ["%s"], "k": 6, "instrument": "%s"}"""
				.formatted(vandaag, vandaag.plusDays(14), org.afdeling(), groot))).andReturn().getResponse().getContentAsString();
		assertThat(tePaarK).contains("\"name\":\"k\"").contains("kleinste groep die deze vragenlijst toestaat");
		String standaardK = mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven", AALSTEDE).header("Authorization", eigenHr)
			.contentType("application/json")
			.content("""
					{"titel": "k leeg", "opent": "%s", "sluit": "%s", "teams": ["%s"], "instrument": "%s"}"""
				.formatted(vandaag, vandaag.plusDays(14), org.afdeling(), groot))).andReturn().getResponse().getContentAsString();
		assertThat(standaardK).contains("\"k\":8").contains("\"instrument\":\"" + groot + "\"");

		String titel = "Werkplezier " + id;
		MockHttpServletResponse gemaakt = mvc.perform(post("/pulse/golven").with(als(org.hr())).with(csrf())
			.param("titel", titel).param("opent", vandaag.toString()).param("sluit", vandaag.plusDays(14).toString())
			.param("teams", org.afdeling().toString()).param("k", "5").param("instrument", id)).andReturn().getResponse();
		assertThat(gemaakt.getStatus()).isEqualTo(302);
		UUID golfId = UUID.fromString(gemaakt.getRedirectedUrl().substring(gemaakt.getRedirectedUrl().lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select instrument_id || ' ' || instrument_versie from pulse.golf where id = ?").param(golfId)
			.query(String.class).single()).isEqualTo(id + " 1.0");

		// In use, even as a concept: not removable, and the refusal says which wave.
		MockHttpServletResponse weg = mvc.perform(delete(API + "/{id}/{versie}", AALSTEDE, id, "1.0").header("Authorization", eigenHr))
			.andReturn().getResponse();
		assertThat(weg.getStatus()).isEqualTo(409);
		assertThat(weg.getContentType()).contains("application/problem+json");
		assertThat(weg.getContentAsString()).contains("kan daarom niet weg").contains(titel);
		MockHttpServletResponse wegPagina = mvc.perform(post("/pulse/instrumenten/{id}/{versie}/verwijderen", id, "1.0")
			.with(als(org.hr())).with(csrf())).andReturn().getResponse();
		assertThat(wegPagina.getStatus()).isEqualTo(409);
		assertThat(wegPagina.getContentAsString()).contains("kan niet weg").contains(titel);
		assertThat(jdbc.sql("select count(*) from pulse.eigen_instrument where instrument_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(1);

		mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven/{id}/instemming", AALSTEDE, golfId)
			.header("Authorization", eigenHr).contentType("application/json")
			.content("""
					{"orInstemmingDatum": "%s", "orInstemmingDocument": "OR-9", "dpiaReferentie": "DPIA-9"}"""
				.formatted(vandaag.minusDays(1))));
		List<PulseDienst.Uitnodiging> links = dienst.open(AALSTEDE, golfId);
		assertThat(links).hasSize(14);

		String formulier = mvc.perform(get("/peiling/{t}", links.get(0).token())).andReturn().getResponse().getContentAsString();
		assertThat(formulier).contains("Werkplezier (voorbeeld)").contains("Ik begin mijn werkdag meestal uitgerust.")
			.contains("Bijna altijd").doesNotContain("name=\"functiegroep\"").doesNotContain("Druk door technologie");

		int i = 0;
		for (PulseDienst.Uitnodiging link : links) {
			MockHttpServletRequestBuilder verzoek = post("/peiling/{t}", link.token()).with(csrf());
			for (String item : List.of("fris_begin", "volhouden", "zinvol", "trots", "tijd_vliegt")) {
				verzoek.param(item, String.valueOf(4 + i % 2));
			}
			verzoek.param("leeg", "1");
			i++;
			MockHttpServletResponse antwoord = mvc.perform(verzoek).andReturn().getResponse();
			assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(200);
		}
		mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven/{id}/sluiten", AALSTEDE, golfId).header("Authorization", eigenHr));

		String uitkomsten = mvc.perform(get("/api/v1/organisaties/{code}/pulse/golven/{id}/uitkomsten", AALSTEDE, golfId)
			.header("Authorization", eigenHr)).andReturn().getResponse().getContentAsString();
		assertThat(uitkomsten).contains("\"beschikbaar\":true").contains("\"respondenten\":14").contains("\"energie\"")
			.contains("\"betrokkenheid\"").doesNotContain("\"taakeisen\"");
		// No function-group question in this instrument: everyone is "onbekend", and that is the only group.
		assertThat(uitkomsten).contains("\"functiegroepen\":[{\"sleutel\":\"fg:onbekend\"")
			.doesNotContain("fg:uitvoering");
		String pagina = mvc.perform(get("/pulse/golven/{id}", golfId).with(als(org.hr()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(pagina).contains("Energie in het werk").contains("Betrokkenheid bij het werk")
			.doesNotContain("id=\"advies\"");

		// Used by a wave: the overview says so; an unused own version can go.
		assertThat(mvc.perform(get("/pulse/instrumenten").with(als(org.hr()))).andReturn().getResponse().getContentAsString())
			.contains(titel);
		String nieuw = definitie().replace("\"versie\": \"1.0\"", "\"versie\": \"9\"");
		mvc.perform(post(API, AALSTEDE).header("Authorization", eigenHr).contentType("application/json").content(nieuw));
		assertThat(mvc.perform(delete(API + "/{id}/{versie}", AALSTEDE, id, "9").header("Authorization", eigenHr))
			.andReturn().getResponse().getStatus()).isEqualTo(204);
		assertThat(jdbc.sql("select count(*) from pulse.eigen_instrument where instrument_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(mvc.perform(delete(API + "/{id}/{versie}", AALSTEDE, "tech-pulse", "1.0").header("Authorization", eigenHr))
			.andReturn().getResponse().getStatus()).as("meegeleverd kan niet weg").isEqualTo(404);
	}

	private void laad() throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(post(API, AALSTEDE).header("Authorization", hr)
			.contentType("application/json").content(definitie())).andReturn().getResponse();
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(201);
	}

	private int rijen() {
		return jdbc.sql("select count(*) from pulse.eigen_instrument").query(Integer.class).single();
	}

}
