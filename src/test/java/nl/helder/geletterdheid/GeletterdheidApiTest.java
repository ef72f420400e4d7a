// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.Organisatiegids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * AI literacy through the API: who sees what, the import's dry run and all-or-nothing commit with Dutch per-line
 * errors, bad input answered as problem+json with nothing written, optimistic locking, and the tagged art. 4 PDF.
 */
class GeletterdheidApiTest extends HelderIntegratieTest {

	static final String HR = "hr@aalstede.demo";

	static final String BASIS = "/api/v1/organisaties/" + AALSTEDE + "/geletterdheid";

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisatiegids organisaties;

	private JsonNode vraag(String pad, String wie, int status) throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(get(pad).header("Authorization", bearer(wie))).andReturn().getResponse();
		assertThat(antwoord.getStatus()).as(pad + " als " + wie).isEqualTo(status);
		return status == 200 ? json.readTree(antwoord.getContentAsString(StandardCharsets.UTF_8)) : null;
	}

	private MockHttpServletResponse stuur(String pad, String body) throws Exception {
		return mvc.perform(post(pad).header("Authorization", bearer(HR)).contentType("application/json").content(body))
			.andReturn()
			.getResponse();
	}

	private long telling(String tabel) {
		return jdbc.sql("select count(*) from geletterdheid." + tabel).query(Long.class).single();
	}

	private String uniek() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private UUID training(String code) throws Exception {
		var antwoord = stuur(BASIS + "/trainingen", """
				{"code": "%s", "titel": "Proeftraining", "niveau": "BASIS", "vorm": "E_LEARNING", "geldigMaanden": 12,
				 "onderwerpen": ["wat-is-ai", "prompten"]}""".formatted(code));
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(201);
		return UUID.fromString(json.readTree(antwoord.getContentAsString()).get("id").asString());
	}

	private UUID medewerker(String nummer, UUID team) throws Exception {
		var antwoord = stuur(BASIS + "/medewerkers", """
				{"personeelsnummer": "%s", "naam": "Proef %s", "teamId": %s, "functiegroep": "Beleidsadviseur"}"""
			.formatted(nummer, nummer, team == null ? "null" : "\"" + team + "\""));
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(201);
		return UUID.fromString(json.readTree(antwoord.getContentAsString()).get("id").asString());
	}

	private MockHttpServletResponse importeer(String csv, boolean proef) throws Exception {
		return mvc.perform(multipart(BASIS + "/afrondingen/import")
			.file(new MockMultipartFile("bestand", "lms.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("proef", String.valueOf(proef))
			.header("Authorization", bearer(HR))).andReturn().getResponse();
	}

	// --- import

	@Test
	void importMetFoutenSchrijftNietsEnNoemtElkeFoutInHetNederlands() throws Exception {
		String code = "T-" + uniek();
		training(code);
		String nummer = "P" + uniek();
		UUID m = medewerker(nummer, null);
		// One existing record, so that the file can repeat it.
		assertThat(stuur(BASIS + "/afrondingen", """
				{"medewerkerId": "%s", "trainingId": "%s", "datum": "2026-01-05"}"""
			.formatted(m, json.readTree(vraag(BASIS + "/trainingen", HR, 200).toString()).valueStream()
				.filter(t -> t.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asString()))
			.getStatus()).isEqualTo(201);
		String morgen = LocalDate.now().plusDays(2).toString();
		String csv = "personeelsnummer;trainingscode;datum\r\n"
				+ nummer + ";" + code + ";2026-02-01\r\n"      // 2: fine
				+ "ONBEKEND-1;" + code + ";2026-02-01\r\n"     // 3: unknown employee
				+ nummer + ";GEEN-CODE;2026-02-01\r\n"         // 4: unknown training
				+ nummer + ";" + code + ";31-02-2026\r\n"      // 5: no such date
				+ nummer + ";" + code + ";" + morgen + "\r\n"  // 6: future
				+ nummer + ";" + code + ";2026-02-01\r\n"      // 7: duplicate of line 2
				+ nummer + ";" + code + ";05-01-2026\r\n"      // 8: already recorded
				+ "1,2E+04;" + code + ";2026-02-01\r\n";       // 9: number mangled by a spreadsheet
		long voor = telling("afronding");

		JsonNode proef = json.readTree(importeer(csv, true).getContentAsString(StandardCharsets.UTF_8));
		assertThat(proef.get("foutloos").asBoolean()).isFalse();
		assertThat(proef.get("goed").asLong()).isEqualTo(1);
		assertThat(proef.get("fout").asLong()).isEqualTo(7);
		List<String> fouten = new ArrayList<>();
		proef.get("regels").forEach(r -> fouten.add(r.get("rij").asInt() + ": " + r.get("fouten").toString()));
		assertThat(fouten.get(0)).isEqualTo("2: []");
		assertThat(fouten.get(1)).contains("3: ", "Onbekende medewerker", "ONBEKEND-1");
		assertThat(fouten.get(2)).contains("4: ", "Onbekende training", "GEEN-CODE");
		assertThat(fouten.get(3)).contains("5: ", "De datum 31-02-2026 klopt niet");
		assertThat(fouten.get(4)).contains("6: ", "ligt in de toekomst");
		assertThat(fouten.get(5)).contains("7: ", "staat dubbel in het bestand (ook op regel 2)");
		assertThat(fouten.get(6)).contains("8: ", "staat al op deze datum");
		assertThat(fouten.get(7)).contains("9: ", "geen geldig nummer");

		MockHttpServletResponse echt = importeer(csv, false);
		assertThat(echt.getStatus()).isEqualTo(400);
		assertThat(echt.getContentType()).startsWith("application/problem+json");
		JsonNode probleem = json.readTree(echt.getContentAsString(StandardCharsets.UTF_8));
		assertThat(probleem.get("detail").asString()).contains("niets opgeslagen");
		assertThat(probleem.get("invalidParams")).hasSize(7);
		assertThat(telling("afronding")).as("niets geschreven").isEqualTo(voor);
	}

	@Test
	void eenGoedBestandWordtInEenKeerOpgeslagenEnTeltMee() throws Exception {
		String code = "T-" + uniek();
		training(code);
		String een = "P" + uniek();
		String twee = "P" + uniek();
		medewerker(een, null);
		medewerker(twee, null);
		String csv = "Personeelsnummer,Trainingscode,Datum\n" + een + "," + code + ",2026-03-01\n" + twee + "," + code
				+ ",15/03/2026\n";
		long voor = telling("afronding");
		assertThat(importeer(csv, true).getStatus()).isEqualTo(200);
		assertThat(telling("afronding")).as("een proef schrijft niets").isEqualTo(voor);
		JsonNode echt = json.readTree(importeer(csv, false).getContentAsString());
		assertThat(echt.get("foutloos").asBoolean()).isTrue();
		assertThat(telling("afronding")).isEqualTo(voor + 2);
		assertThat(jdbc.sql("select count(*) from geletterdheid.afronding where bron = 'IMPORT' and bevestigd")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
		// A second import of the same file finds both as already recorded.
		JsonNode nogmaals = json.readTree(importeer(csv, true).getContentAsString(StandardCharsets.UTF_8));
		assertThat(nogmaals.get("fout").asLong()).isEqualTo(2);
	}

	@Test
	void hetVoorbeeldbestandUitDeDocumentatieIsGoedVoorDeDemo() throws Exception {
		byte[] bestand = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/voorbeelden/lms-export-aalstede.csv"));
		JsonNode proef = json.readTree(importeer(new String(bestand, StandardCharsets.UTF_8), true)
			.getContentAsString(StandardCharsets.UTF_8));
		long alIngelezen = jdbc.sql("""
				select count(*) from geletterdheid.afronding a join geletterdheid.training t on t.id = a.training_id
				where a.organisatie_code = ? and t.code = 'AI-WET'""").param(AALSTEDE).query(Long.class).single();
		if (alIngelezen == 0) {
			assertThat(proef.get("fout").asLong()).as(proef.toString()).isZero();
			assertThat(proef.get("goed").asLong()).isEqualTo(20);
		}
		else {
			// The browser scenario imported it already in this run: then every line is known, and for no other reason.
			proef.get("regels").forEach(r -> assertThat(r.get("fouten").toString()).contains("staat al op deze datum"));
		}
	}

	@Test
	void eenBestandZonderDeKolommenIs400() throws Exception {
		long voor = telling("afronding");
		MockHttpServletResponse antwoord = importeer("naam;cursus\nJan;X\n", true);
		assertThat(antwoord.getStatus()).isEqualTo(400);
		assertThat(antwoord.getContentAsString(StandardCharsets.UTF_8)).contains("De kolom personeelsnummer ontbreekt");
		assertThat(telling("afronding")).isEqualTo(voor);
	}

	private MockHttpServletResponse rooster(String csv, boolean proef) throws Exception {
		return mvc.perform(multipart(BASIS + "/medewerkers/import")
			.file(new MockMultipartFile("bestand", "hr.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("proef", String.valueOf(proef))
			.header("Authorization", bearer(HR))).andReturn().getResponse();
	}

	@Test
	void hetPersoneelsbestandInlezenAllesOfNiets() throws Exception {
		String een = "R" + uniek();
		String twee = "R" + uniek();
		String toepassing = "Rooster " + uniek();
		UUID toepassingId = nieuweToepassing(toepassing);
		long voor = telling("medewerker");
		String fout = "personeelsnummer;naam;team;functiegroep;email;in_dienst;toepassingen\n"
				+ een + ";Eva Een;Jeugd;Beleid;eva@aalstede.test;2020-01-01;" + toepassing + ":toezichthouder\n"
				+ twee + ";Tom Twee;Bestaat niet;;geen-mail;31-13-2020;Onbekend:baas\n"
				+ een + ";Eva dubbel;;;;;\n";
		JsonNode proef = json.readTree(rooster(fout, true).getContentAsString(StandardCharsets.UTF_8));
		assertThat(proef.get("foutloos").asBoolean()).isFalse();
		assertThat(proef.get("regels").get(0).get("fouten")).isEmpty();
		assertThat(proef.get("regels").get(1).get("fouten").toString()).contains("Onbekend team", "e-mailadres",
				"31-13-2020", "Onbekende toepassing of rol");
		assertThat(proef.get("regels").get(2).get("fouten").toString()).contains("meer dan een keer");
		assertThat(rooster(fout, false).getStatus()).isEqualTo(400);
		assertThat(telling("medewerker")).as("niets geschreven").isEqualTo(voor);

		String goed = "personeelsnummer;naam;team;toepassingen\n" + een + ";Eva Een;Jeugd;" + toepassing + ":toezichthouder\n"
				+ twee + ";Tom Twee;;\n";
		JsonNode echt = json.readTree(rooster(goed, false).getContentAsString(StandardCharsets.UTF_8));
		assertThat(echt.get("foutloos").asBoolean()).as(echt.toString()).isTrue();
		assertThat(telling("medewerker")).isEqualTo(voor + 2);
		assertThat(jdbc.sql("""
				select count(*) from geletterdheid.toepassingsrol r join geletterdheid.medewerker m on m.id = r.medewerker_id
				where m.personeelsnummer = ? and r.toepassing_id = ? and r.rol = 'TOEZICHTHOUDER'""")
			.params(een, toepassingId).query(Long.class).single()).isEqualTo(1);
		// The same file again updates, adds nobody and does not link twice.
		JsonNode weer = json.readTree(rooster(goed.replace("Tom Twee", "Tom Twee-de Vries"), false)
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(weer.get("regels").get(1).get("actie").asString()).isEqualTo("bijwerken");
		assertThat(telling("medewerker")).isEqualTo(voor + 2);
		assertThat(jdbc.sql("select naam from geletterdheid.medewerker where personeelsnummer = ?").param(twee)
			.query(String.class).single()).isEqualTo("Tom Twee-de Vries");
	}

	// --- bad input and locking

	@Test
	void ongeldigeInvoerIs400EnSchrijftNiets() throws Exception {
		long trainingen = telling("training");
		long medewerkers = telling("medewerker");
		long eisen = telling("eis");
		for (String[] geval : new String[][] { { "/trainingen", "{}" },
				{ "/trainingen", "{\"code\": \"X\", \"titel\": \"t\", \"niveau\": \"BASIS\", \"vorm\": \"LEZING\", \"geldigMaanden\": 0}" },
				{ "/trainingen", "{\"code\": \"X\", \"titel\": \"t\", \"niveau\": \"HOOG\", \"vorm\": \"LEZING\"}" },
				{ "/medewerkers", "{\"personeelsnummer\": \"\", \"naam\": \"\"}" },
				{ "/medewerkers", "{\"personeelsnummer\": \"Q1\", \"naam\": \"Q\", \"email\": \"geen-adres\"}" },
				{ "/medewerkers", "{\"personeelsnummer\": \"Q2\", \"naam\": \"Q\", \"teamId\": \"" + UUID.randomUUID() + "\"}" },
				{ "/eisen", "{\"naam\": \"E\", \"niveau\": \"BASIS\"}" },
				{ "/eisen", "{\"naam\": \"E\", \"niveau\": \"BASIS\", \"binnenDagen\": 30, \"voorwaarden\": [{\"feit\": \"toepassingsrol\", \"waarde\": \"baas\"}]}" },
				{ "/eisen", "{\"naam\": \"E\", \"niveau\": \"BASIS\", \"binnenDagen\": 30, \"voorwaarden\": [{\"feit\": \"schoenmaat\", \"waarde\": \"42\"}]}" },
				{ "/afrondingen", "{\"medewerkerId\": \"" + UUID.randomUUID() + "\", \"datum\": \"2026-01-01\"}" } }) {
			MockHttpServletResponse antwoord = stuur(BASIS + geval[0], geval[1]);
			assertThat(antwoord.getStatus()).as(geval[0] + " " + geval[1]).isEqualTo(400);
			assertThat(antwoord.getContentType()).startsWith("application/problem+json");
		}
		MockHttpServletResponse eis = stuur(BASIS + "/eisen", "{\"naam\": \"E\", \"niveau\": \"BASIS\"}");
		assertThat(eis.getContentAsString(StandardCharsets.UTF_8)).contains("uiterste datum");
		assertThat(telling("training")).isEqualTo(trainingen);
		assertThat(telling("medewerker")).isEqualTo(medewerkers);
		assertThat(telling("eis")).isEqualTo(eisen);
	}

	@Test
	void eenVerouderdeRevisieIs409() throws Exception {
		String code = "T-" + uniek();
		UUID id = training(code);
		String body = "{\"code\": \"%s\", \"titel\": \"%s\", \"niveau\": \"BASIS\", \"vorm\": \"LEZING\", \"revisie\": 0}";
		assertThat(mvc.perform(put(BASIS + "/trainingen/" + id).header("Authorization", bearer(HR))
			.contentType("application/json").content(body.formatted(code, "Eerste wijziging"))).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
		MockHttpServletResponse tweede = mvc.perform(put(BASIS + "/trainingen/" + id).header("Authorization", bearer(HR))
			.contentType("application/json").content(body.formatted(code, "Tweede wijziging"))).andReturn().getResponse();
		assertThat(tweede.getStatus()).isEqualTo(409);
		assertThat(jdbc.sql("select titel from geletterdheid.training where id = ?").param(id).query(String.class).single())
			.isEqualTo("Eerste wijziging");
	}

	// --- who sees what

	@Test
	void hrZietAllesEenTeamleiderAlleenZijnTeamEenMedewerkerNiets() throws Exception {
		JsonNode alles = vraag(BASIS + "/dekking", HR, 200);
		assertThat(alles.get("heleOrganisatie").asBoolean()).isTrue();
		int totaal = alles.get("organisatie").get("medewerkers").asInt();
		assertThat(totaal).isGreaterThanOrEqualTo(40);
		assertThat(alles.get("organisatie").get("aandeelBasis").decimalValue()).isBetween(
				java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(99));

		UUID eigenTeam = organisaties.teamVan(AALSTEDE,
				gebruikers.findByGebruikersnaam("teamleider@aalstede.demo").orElseThrow().id().toString()).orElseThrow();
		JsonNode team = vraag(BASIS + "/dekking", "teamleider@aalstede.demo", 200);
		assertThat(team.get("heleOrganisatie").asBoolean()).isFalse();
		int inTeam = team.get("organisatie").get("medewerkers").asInt();
		assertThat(inTeam).isPositive().isLessThan(totaal);
		assertThat(team.get("teams")).allSatisfy(t -> assertThat(t.get("sleutel").asString()).isEqualTo(eigenTeam.toString()));
		// Every named gap the teamleider gets belongs to an employee of their own team.
		List<String> eigenMensen = jdbc.sql("select id::text from geletterdheid.medewerker where team_id = ?")
			.param(eigenTeam).query(String.class).list();
		assertThat(team.get("gaten")).isNotEmpty();
		assertThat(team.get("gaten")).allSatisfy(g -> assertThat(eigenMensen).contains(g.get("medewerkerId").asString()));
		assertThat(alles.get("gaten").size()).isGreaterThan(team.get("gaten").size());

		vraag(BASIS + "/dekking", "medewerker@aalstede.demo", 403);
		vraag(BASIS + "/medewerkers", "teamleider@aalstede.demo", 403);
		vraag(BASIS + "/afrondingen", "teamleider@aalstede.demo", 403);
		vraag("/api/v1/organisaties/" + BEEKDAL + "/geletterdheid/dekking", HR, 404);
	}

	@Test
	void eenMedewerkerZietAlleenZijnEigenTrainingen() throws Exception {
		JsonNode mijn = vraag(BASIS + "/mijn", "medewerker@aalstede.demo", 200);
		assertThat(mijn).hasSize(1);
		assertThat(mijn.get(0).get("naam").asString()).isEqualTo("Demo medewerker");
		assertThat(mijn.get(0).get("eisen")).isNotEmpty();
		// A user who is not on the roster gets an empty list, not someone else's.
		var onbekend = nieuweGebruiker(nl.helder.shared.Rol.MEDEWERKER, "Een-lang-wachtwoord-2026!");
		assertThat(vraag(BASIS + "/mijn", onbekend.gebruikersnaam(), 200)).isEmpty();
	}

	// --- the report

	@Test
	void hetRapportIsEenGetagdePdfMetDeKerncijfers() throws Exception {
		JsonNode dekking = vraag(BASIS + "/dekking", HR, 200);
		MockHttpServletResponse antwoord = mvc.perform(get(BASIS + "/rapport.pdf").header("Authorization", bearer(HR)))
			.andReturn().getResponse();
		assertThat(antwoord.getStatus()).isEqualTo(200);
		assertThat(antwoord.getContentType()).isEqualTo("application/pdf");
		try (var document = Loader.loadPDF(antwoord.getContentAsByteArray())) {
			var catalogus = document.getDocumentCatalog();
			assertThat(catalogus.getStructureTreeRoot()).as("structuurboom (tags)").isNotNull();
			assertThat(catalogus.getMarkInfo().isMarked()).isTrue();
			assertThat(catalogus.getLanguage()).isEqualTo("nl");
			assertThat(document.getDocumentInformation().getTitle()).contains("Verantwoording AI-geletterdheid");
			String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			JsonNode org = dekking.get("organisatie");
			String basis = org.get("metBasis").asInt() + " ("
					+ org.get("aandeelBasis").decimalValue().toPlainString().replace('.', ',') + " %)";
			assertThat(tekst).contains("Kerncijfers", "Artikel 4", basis, "AI in je werk: de basis", "Menselijk toezicht");
		}
		vraag(BASIS + "/rapport.pdf", "teamleider@aalstede.demo", 403);
	}

}
