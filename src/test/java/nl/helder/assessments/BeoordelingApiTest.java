// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.shared.Rol;

/**
 * Assessments through the API: shared answers, the pre-scan creating what its rules ask for, the sign-off chain
 * with four eyes, a frozen version after approval, optimistic locking, and every refusal as Dutch problem+json with
 * nothing written.
 */
class BeoordelingApiTest extends HelderIntegratieTest {

	static final String COORDINATOR = "ai-coordinator@aalstede.demo";

	static final String AICO = "aico@aalstede.demo";

	static final String FG = "privacy-officer@aalstede.demo";

	static final String MEDEWERKER = "medewerker@aalstede.demo";

	@Autowired
	private JsonMapper json;

	private UUID toepassing;

	@BeforeEach
	void nieuweToepassing() {
		toepassing = nieuweToepassing("Beoordelen " + UUID.randomUUID().toString().substring(0, 6));
	}

	// --- shared answers and the pre-scan

	@Test
	void eenDpiaNaDePrescanHeeftHetDoelAlIngevuld() throws Exception {
		JsonNode prescan = maak("prescan", COORDINATOR);
		assertThat(prescan.get("status").asString()).isEqualTo("TE_DOEN");
		JsonNode opgeslagen = bewaar(prescan, Map.of("omschrijving", "Een chatbot beantwoordt vragen over afval.",
				"doel", "Inwoners krijgen ook buiten kantoortijd antwoord.", "betrokkenen", List.of("inwoners"),
				"persoonsgegevens", "nee"), COORDINATOR);
		assertThat(opgeslagen.get("status").asString()).isEqualTo("BEZIG");

		JsonNode dpia = maak("dpia", COORDINATOR);
		assertThat(dpia.get("antwoorden").get("doel").asString()).isEqualTo("Inwoners krijgen ook buiten kantoortijd antwoord.");
		assertThat(dpia.get("antwoorden").get("betrokkenen").get(0).asString()).isEqualTo("inwoners");
		assertThat(dpia.get("antwoorden").has("subsidiariteit")).isFalse();

		assertThat(dpia.get("overgenomen")).extracting(JsonNode::asString).containsExactlyInAnyOrder("doel", "omschrijving",
				"betrokkenen");

		// A later change in one instrument shows in the empty shared questions of another; its own answers stay.
		JsonNode ethiek = maak("ethiek", COORDINATOR);
		bewaar(ethiek, Map.of("persoonsgegevens", "ja"), COORDINATOR);
		bewaar(dpia, Map.of("doel", "Sneller antwoord voor inwoners, ook in het weekend."), COORDINATOR);
		JsonNode ethiekNu = lees(ethiek.get("id").asString(), COORDINATOR);
		assertThat(ethiekNu.get("antwoorden").get("doel").asString()).isEqualTo("Sneller antwoord voor inwoners, ook in het weekend.");
		assertThat(ethiekNu.get("antwoorden").get("persoonsgegevens").asString()).isEqualTo("ja");
		assertThat(gedeeld("doel")).isEqualTo("\"Sneller antwoord voor inwoners, ook in het weekend.\"");
		assertThat(gedeeld("persoonsgegevens")).isEqualTo("\"ja\"");
	}

	@Test
	void eenAfgerondePrescanMaaktDeBeoordelingenDieDeRegelsVragen() throws Exception {
		JsonNode prescan = maak("prescan", COORDINATOR);
		bewaar(prescan, Map.of("omschrijving", "Aanvragen bijzondere bijstand voorsorteren.", "doel", "Sneller beslissen.",
				"nieuwe_regels", "nee", "persoonsgegevens", "ja", "grondslag", "publieke_taak",
				"betrokkenen", List.of("inwoners", "kwetsbare_groepen"), "ap_lijst", List.of("financiele_situatie"),
				"algoritme", "ja", "ai_systeem", "ja", "hoog_risico", "ja"), COORDINATOR);
		JsonNode ingediend = ok(mvc.perform(api(post(pad() + "/{id}/adviesaanvraag", prescan.get("id").asString()), COORDINATOR))
			.andReturn()
			.getResponse());
		assertThat(ingediend.get("status").asString()).isEqualTo("TER_ADVIES");
		// Written from the rules: AP list -> DPIA required; high-risk AI -> FRIA required, IAMA advised; ethics required.
		Map<String, String> uitkomst = new java.util.HashMap<>();
		ingediend.get("uitkomst").forEach(a -> uitkomst.put(a.get("instrument").asString(), a.get("niveau").asString()));
		assertThat(uitkomst).containsExactlyInAnyOrderEntriesOf(
				Map.of("dpia", "verplicht", "fria", "verplicht", "iama", "aangeraden", "ethiek", "verplicht"));

		List<String> gemaakt = new ArrayList<>();
		ingediend.get("aangemaakteBeoordelingen").forEach(b -> gemaakt.add(b.get("vragenlijst").asString()));
		assertThat(gemaakt).containsExactlyInAnyOrder("dpia", "fria", "iama", "ethiek");
		JsonNode lijst = json.readTree(mvc.perform(api(get(pad()), MEDEWERKER)).andReturn().getResponse().getContentAsString());
		assertThat(lijst).hasSize(5);
		JsonNode fria = zoek(lijst, "fria");
		assertThat(fria.get("status").asString()).isEqualTo("TE_DOEN");
		assertThat(fria.get("aanleiding").get("niveau").asString()).isEqualTo("verplicht");
		assertThat(fria.get("aanleiding").get("redenen").get(0).asString()).contains("Artikel 27");
		assertThat(lees(fria.get("id").asString(), MEDEWERKER).get("antwoorden").get("doel").asString()).isEqualTo("Sneller beslissen.");
	}

	// --- sign-off

	@Test
	void deFgAdviseertEnEenAnderKeurtGoedNietDeAdviseurZelf() throws Exception {
		String beide = "fg-en-coordinator-" + UUID.randomUUID().toString().substring(0, 6) + "@aalstede.test";
		gebruikerDienst.maakAan(AALSTEDE, beide, new GebruikerDienst.Gegevens("FG en coördinator", null,
				Set.of(Rol.PRIVACY_OFFICER, Rol.AI_COORDINATOR), null, true), "Een lang wachtwoord voor de test 2026");
		JsonNode ethiek = ingediendeEthischeCheck();

		JsonNode advies = ok(mvc.perform(api(post(pad() + "/{id}/advies", id(ethiek)), beide)
			.content("{\"tekst\": \"Goed doordacht. Evalueer na een half jaar.\", \"positief\": true}")).andReturn().getResponse());
		assertThat(advies.get("advies").get("door").asString()).startsWith("FG en coördinator");

		JsonNode geweigerd = probleem(mvc.perform(api(post(pad() + "/{id}/goedkeuring", id(ethiek)), beide).content("{}"))
			.andReturn()
			.getResponse(), 400);
		assertThat(reden(geweigerd, "status")).contains("vier ogen");
		assertThat(lees(id(ethiek), COORDINATOR).get("status").asString()).isEqualTo("TER_ADVIES");

		JsonNode goedgekeurd = ok(mvc.perform(api(post(pad() + "/{id}/goedkeuring", id(ethiek)), AICO).content("{}"))
			.andReturn()
			.getResponse());
		assertThat(goedgekeurd.get("status").asString()).isEqualTo("GOEDGEKEURD");
		assertThat(goedgekeurd.get("bevroren").asBoolean()).isTrue();
		assertThat(goedgekeurd.get("goedkeuring").get("door").asString()).startsWith("Demo aico");
	}

	@Test
	void eenBeoordelingIsTeDownloadenAlsGetagdePdfEnEenConceptZegtDat() throws Exception {
		JsonNode ethiek = ingediendeEthischeCheck();
		String concept = pdfTekst(id(ethiek), "ethiek-v1-beoordelen-");
		assertThat(concept).contains("Ethische check", "Concept: deze versie is nog niet goedgekeurd", "Wachttijden korter maken.",
				"Een medewerker belt bij twijfel.", "Ter advies bij de FG");

		mvc.perform(api(post(pad() + "/{id}/advies", id(ethiek)), FG)
			.content("{\"tekst\": \"Zorgvuldig. Kijk na een jaar opnieuw.\", \"positief\": true}")).andExpect(status().isOk());
		mvc.perform(api(post(pad() + "/{id}/goedkeuring", id(ethiek)), AICO).content("{}")).andExpect(status().isOk());
		String goedgekeurd = pdfTekst(id(ethiek), "ethiek-v1-beoordelen-");
		assertThat(goedgekeurd).contains("Goedgekeurd", "Zorgvuldig. Kijk na een jaar opnieuw.", "Demo aico")
			.doesNotContain("Concept: deze versie");

		// Another organisation gets nothing; the page's link gives the same file to a colleague who may only read.
		assertThat(mvc.perform(get("/api/v1/organisaties/GM9002/toepassingen/" + toepassing + "/beoordelingen/" + id(ethiek) + "/pdf")
			.header("Authorization", bearer("beheerder@beekdal.demo"))).andReturn().getResponse().getStatus()).isEqualTo(404);
		mvc.perform(get("/toepassingen/" + toepassing + "/beoordelingen/" + id(ethiek) + "/pdf").with(als(MEDEWERKER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void eenGoedgekeurdeBeoordelingVultAfwegingenEnImpacttoetsenInHetRegister() throws Exception {
		JsonNode ethiek = ingediendeEthischeCheck();
		String overname = pad() + "/{id}/registerovername";
		// A draft cannot go to the register.
		assertThat(reden(probleem(mvc.perform(api(get(overname, id(ethiek)), COORDINATOR)).andReturn().getResponse(), 400),
				"status")).contains("Alleen een goedgekeurde beoordeling");
		mvc.perform(api(post(pad() + "/{id}/advies", id(ethiek)), FG).content("{\"tekst\": \"Akkoord\", \"positief\": true}"))
			.andExpect(status().isOk());
		mvc.perform(api(post(pad() + "/{id}/goedkeuring", id(ethiek)), AICO).content("{}")).andExpect(status().isOk());

		JsonNode voorstel = ok(mvc.perform(api(get(overname, id(ethiek)), COORDINATOR)).andReturn().getResponse());
		assertThat(voorstel.get("impacttoets").asString()).isEqualTo("Ethische check: kun je, mag je, wil je");
		assertThat(voorstel.get("afwegingen").asString())
			.isEqualTo("Een medewerker belt bij twijfel.\n\nDat kunnen we uitleggen.");
		assertThat(voorstel.get("huidig").get("impacttoetsen")).isEmpty();

		// Refusals write nothing: no choice, an empty text, a link that is no web address; a colleague without the role.
		int versies = registerversies();
		assertThat(reden(probleem(mvc.perform(api(post(overname, id(ethiek)), COORDINATOR).content("{}")).andReturn()
			.getResponse(), 400), "keuze")).contains("Kies wat u in het register wilt zetten");
		assertThat(reden(probleem(mvc.perform(api(post(overname, id(ethiek)), COORDINATOR).content("{\"afwegingen\": \"  \"}"))
			.andReturn().getResponse(), 400), "afwegingen")).contains("is leeg");
		assertThat(reden(probleem(mvc.perform(api(post(overname, id(ethiek)), COORDINATOR)
			.content("{\"impacttoets\": true, \"link\": \"javascript:alert(1)\"}")).andReturn().getResponse(), 400),
				"impacttoets")).isNotBlank();
		assertThat(mvc.perform(api(post(overname, id(ethiek)), MEDEWERKER).content("{\"impacttoets\": true}"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(registerversies()).isEqualTo(versies);

		JsonNode gedaan = ok(mvc.perform(api(post(overname, id(ethiek)), COORDINATOR)
			.content("{\"afwegingen\": \"Eerst de mens.\\n\\nDan <de> techniek.\", \"impacttoets\": true, "
					+ "\"link\": \"https://www.aalstede.example/ethiek\"}")).andReturn().getResponse());
		int versie = gedaan.get("registerversie").asInt();
		assertThat(versie).isEqualTo(versies + 1);
		assertThat(registerveld("proportionality")).isEqualTo("\"<p>Eerst de mens.</p><p>Dan &lt;de&gt; techniek.</p>\"");
		assertThat(registerveld("impacttoetsen_grouping")).contains("\"title\": \"Ethische check: kun je, mag je, wil je\"",
				"https://www.aalstede.example/ethiek");
		assertThat(jdbc.sql("select toelichting from register.toepassing_versie where toepassing_id = ? and nummer = ?")
			.param(toepassing).param(versie).query(String.class).single()).isEqualTo("Overgenomen uit Ethische check: kun je, mag je, wil je? (versie 1)");

		// Taking it over again replaces the entry with the same name instead of adding a second one.
		ok(mvc.perform(api(post(overname, id(ethiek)), COORDINATOR).content("{\"impacttoets\": true}")).andReturn().getResponse());
		assertThat(registerveld("impacttoetsen_grouping")).doesNotContain("https://www.aalstede.example/ethiek")
			.containsOnlyOnce("Ethische check");
		assertThat(registerveld("proportionality")).contains("Eerst de mens.");
	}

	private int registerversies() {
		return jdbc.sql("select count(*) from register.toepassing_versie where toepassing_id = ?").param(toepassing)
			.query(Integer.class).single();
	}

	private String registerveld(String veld) {
		return jdbc.sql("select standaard -> ? from register.toepassing_versie where toepassing_id = ? order by nummer desc limit 1")
			.param(veld).param(toepassing).query(String.class).single();
	}

	private String pdfTekst(String id, String naamBegin) throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(get(pad() + "/{id}/pdf", id).header("Authorization", bearer(COORDINATOR)))
			.andReturn()
			.getResponse();
		assertThat(antwoord.getStatus()).isEqualTo(200);
		assertThat(antwoord.getContentType()).isEqualTo("application/pdf");
		assertThat(antwoord.getHeader("Content-Disposition")).contains("attachment", naamBegin);
		try (var document = org.apache.pdfbox.Loader.loadPDF(antwoord.getContentAsByteArray())) {
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("getagd").isNotNull();
			assertThat(document.getDocumentInformation().getTitle()).startsWith("Ethische check");
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void alleenDeFgAdviseertEnAlleenDeEigenaarKeurtGoed() throws Exception {
		JsonNode ethiek = ingediendeEthischeCheck();
		assertThat(mvc.perform(api(post(pad() + "/{id}/advies", id(ethiek)), COORDINATOR)
			.content("{\"tekst\": \"Prima\", \"positief\": true}")).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(api(post(pad() + "/{id}/goedkeuring", id(ethiek)), FG).content("{}"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(lees(id(ethiek), COORDINATOR).has("advies")).isFalse();

		// Approval before the advice is refused as well.
		JsonNode zonderAdvies = probleem(mvc.perform(api(post(pad() + "/{id}/goedkeuring", id(ethiek)), COORDINATOR).content("{}"))
			.andReturn()
			.getResponse(), 400);
		assertThat(reden(zonderAdvies, "status")).contains("nog geen advies");
	}

	@Test
	void tegenEenNegatiefAdviesInKeurtDeEigenaarAlleenGoedMetToelichting() throws Exception {
		JsonNode ethiek = ingediendeEthischeCheck();
		ok(mvc.perform(api(post(pad() + "/{id}/advies", id(ethiek)), FG)
			.content("{\"tekst\": \"Onvoldoende zicht op bias.\", \"positief\": false}")).andReturn().getResponse());
		JsonNode fout = probleem(mvc.perform(api(post(pad() + "/{id}/goedkeuring", id(ethiek)), COORDINATOR).content("{}"))
			.andReturn()
			.getResponse(), 400);
		assertThat(reden(fout, "toelichting")).contains("negatief");
		JsonNode goed = ok(mvc.perform(api(post(pad() + "/{id}/goedkeuring", id(ethiek)), COORDINATOR)
			.content("{\"toelichting\": \"Maatregel tegen bias staat in het plan voor maart.\"}")).andReturn().getResponse());
		assertThat(goed.get("goedkeuring").get("toelichting").asString()).startsWith("Maatregel");
	}

	@Test
	void naGoedkeuringIsDeVersieBevrorenEnWordtBewerkenVersieTwee() throws Exception {
		JsonNode ethiek = ingediendeEthischeCheck();
		ok(mvc.perform(api(post(pad() + "/{id}/advies", id(ethiek)), FG).content("{\"tekst\": \"Akkoord.\", \"positief\": true}"))
			.andReturn()
			.getResponse());
		JsonNode v1 = ok(mvc.perform(api(post(pad() + "/{id}/goedkeuring", id(ethiek)), COORDINATOR).content("{}"))
			.andReturn()
			.getResponse());

		Map<String, Object> nieuw = new java.util.LinkedHashMap<>(antwoorden(v1));
		nieuw.put("conclusie", "stoppen");
		JsonNode v2 = bewaar(v1, nieuw, COORDINATOR);
		assertThat(v2.get("id").asString()).isNotEqualTo(id(v1));
		assertThat(v2.get("versie").asInt()).isEqualTo(2);
		assertThat(v2.get("status").asString()).isEqualTo("BEZIG");
		assertThat(v2.get("reeksId").asString()).isEqualTo(v1.get("reeksId").asString());

		JsonNode v1Nu = lees(id(v1), MEDEWERKER);
		assertThat(v1Nu.get("status").asString()).isEqualTo("GOEDGEKEURD");
		assertThat(v1Nu.get("antwoorden").get("conclusie").asString()).isEqualTo("doorgaan");
		assertThat(v1Nu.get("revisie").asLong()).isEqualTo(v1.get("revisie").asLong());

		// Editing the frozen version again (an old tab) is a conflict: the newer version is where the work goes on.
		JsonNode conflict = probleem(mvc.perform(api(put(pad() + "/{id}", id(v1)), COORDINATOR)
			.content(json.writeValueAsString(Map.of("antwoorden", nieuw, "revisie", v1.get("revisie").asLong()))))
			.andReturn()
			.getResponse(), 409);
		assertThat(conflict.get("huidig").get("versie").asInt()).isEqualTo(2);
		JsonNode versies = json.readTree(mvc.perform(api(get(pad() + "/{id}/versies", id(v1)), MEDEWERKER))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(versies).hasSize(2);
		assertThat(versies.get(0).get("versie").asInt()).isEqualTo(2);
	}

	@Test
	void wieEenOudeRevisieOpslaatKrijgt409MetDeHuidigeStand() throws Exception {
		JsonNode dpia = maak("dpia", COORDINATOR);
		long revisie = dpia.get("revisie").asLong();
		ok(mvc.perform(api(put(pad() + "/{id}", id(dpia)), COORDINATOR)
			.content(json.writeValueAsString(Map.of("antwoorden", Map.of("doel", "Eerste tabblad"), "revisie", revisie))))
			.andReturn()
			.getResponse());
		JsonNode conflict = probleem(mvc.perform(api(put(pad() + "/{id}", id(dpia)), AICO)
			.content(json.writeValueAsString(Map.of("antwoorden", Map.of("doel", "Tweede tabblad"), "revisie", revisie))))
			.andReturn()
			.getResponse(), 409);
		assertThat(conflict.get("huidigeRevisie").asLong()).isGreaterThan(revisie);
		assertThat(conflict.get("huidig").get("antwoorden").get("doel").asString()).isEqualTo("Eerste tabblad");
		assertThat(lees(id(dpia), COORDINATOR).get("antwoorden").get("doel").asString()).isEqualTo("Eerste tabblad");
	}

	// --- bad input: 400 problem+json in Dutch, nothing written

	@Test
	void eenOnbekendeVragenlijstWordtGeweigerd() throws Exception {
		JsonNode fout = probleem(mvc.perform(api(post(pad()), COORDINATOR).content("{\"vragenlijst\": \"dpiaa\"}"))
			.andReturn()
			.getResponse(), 400);
		assertThat(reden(fout, "vragenlijst")).isEqualTo("De vragenlijst dpiaa bestaat niet. Kies uit: dpia, ethiek, fria, iama, prescan.");
		assertThat(aantalBeoordelingen()).isZero();
	}

	@Test
	void verkeerdeAntwoordenWordenPerVraagGeweigerdEnNietsVerandert() throws Exception {
		JsonNode dpia = maak("dpia", COORDINATOR);
		bewaar(dpia, Map.of("doel", "Het oude doel"), COORDINATOR);
		JsonNode na = lees(id(dpia), COORDINATOR);
		Map<String, Object> fout = new java.util.LinkedHashMap<>();
		fout.put("doel", "Een nieuw doel");
		fout.put("bijzondere_gegevens", "misschien");
		fout.put("restrisico", 9);
		fout.put("startdatum", "31-12-2026");
		fout.put("bestaat_niet", "x");
		fout.put("grondslag", List.of("publieke_taak"));
		fout.put("risicos", List.of(Map.of("risico", "Datalek", "kans", "enorm", "schuld", "x")));
		JsonNode probleem = probleem(mvc.perform(api(put(pad() + "/{id}", id(dpia)), COORDINATOR)
			.content(json.writeValueAsString(Map.of("antwoorden", fout, "revisie", na.get("revisie").asLong()))))
			.andReturn()
			.getResponse(), 400);
		assertThat(probleem.get("title").asString()).isEqualTo("Ongeldige invoer");
		assertThat(reden(probleem, "bijzondere_gegevens")).isEqualTo("Kies ja of nee.");
		assertThat(reden(probleem, "restrisico")).isEqualTo("Kies een heel getal van 1 tot en met 5.");
		assertThat(reden(probleem, "startdatum")).startsWith("Schrijf de datum als jaar-maand-dag");
		assertThat(reden(probleem, "bestaat_niet")).startsWith("Deze vraag bestaat niet in de vragenlijst DPIA");
		assertThat(reden(probleem, "grondslag")).startsWith("Kies een van de opties die bij deze vraag horen");
		assertThat(reden(probleem, "risicos[0].kans")).startsWith("Kies een van de opties");
		assertThat(reden(probleem, "risicos[0].schuld")).isEqualTo("De kolom schuld bestaat niet in deze tabel.");
		JsonNode daarna = lees(id(dpia), COORDINATOR);
		assertThat(daarna.get("antwoorden").get("doel").asString()).isEqualTo("Het oude doel");
		assertThat(daarna.get("revisie").asLong()).isEqualTo(na.get("revisie").asLong());
	}

	@Test
	void antwoordenOpVerborgenVragenVervallen() throws Exception {
		JsonNode dpia = maak("dpia", COORDINATOR);
		JsonNode opgeslagen = bewaar(dpia, Map.of("bijzondere_gegevens", "nee",
				"uitzondering_bijzonder", "Artikel 9 lid 2 onder g", "bsn", "ja", "bsn_wet", "Participatiewet"), COORDINATOR);
		assertThat(opgeslagen.get("weggelaten")).extracting(JsonNode::asString).containsExactly("uitzondering_bijzonder");
		assertThat(opgeslagen.get("antwoorden").has("uitzondering_bijzonder")).isFalse();
		assertThat(opgeslagen.get("antwoorden").get("bsn_wet").asString()).isEqualTo("Participatiewet");
	}

	@Test
	void zonderRevisieOfMetOnleesbareJsonWordtNietsOpgeslagen() throws Exception {
		JsonNode dpia = maak("dpia", COORDINATOR);
		JsonNode fout = probleem(mvc.perform(api(put(pad() + "/{id}", id(dpia)), COORDINATOR)
			.content("{\"antwoorden\": {\"doel\": \"x\"}}")).andReturn().getResponse(), 400);
		assertThat(reden(fout, "revisie")).contains("revisie");
		probleem(mvc.perform(api(put(pad() + "/{id}", id(dpia)), COORDINATOR).content("{\"antwoorden\": ")).andReturn().getResponse(), 400);
		probleem(mvc.perform(api(put(pad() + "/{id}", id(dpia)), COORDINATOR).content("{\"antwoorden\": [1, 2]}"))
			.andReturn()
			.getResponse(), 400);
		assertThat(lees(id(dpia), COORDINATOR).get("antwoorden").has("doel")).isFalse();
	}

	@Test
	void terAdviesAanbiedenVraagtAlleZichtbareVerplichteVragen() throws Exception {
		JsonNode ethiek = maak("ethiek", COORDINATOR);
		bewaar(ethiek, Map.of("doel", "Wachttijden korter maken.", "datakwaliteit", 2, "kennis", 4), COORDINATOR);
		JsonNode fout = probleem(mvc.perform(api(post(pad() + "/{id}/adviesaanvraag", id(ethiek)), COORDINATOR))
			.andReturn()
			.getResponse(), 400);
		List<String> velden = new ArrayList<>();
		fout.get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
		// kun_je_toelichting shows because data quality is 2; grondslag stays hidden without personal data.
		assertThat(velden).containsExactly("kun_je_toelichting", "persoonsgegevens", "betrokkenen", "menselijke_maat",
				"vertrouwen", "deelnemers", "conclusie");
		assertThat(reden(fout, "deelnemers")).isEqualTo(
				"Beantwoord deze vraag voordat u de beoordeling ter advies aanbiedt: Wie hebben meegedaan aan deze check (functies)?");
		assertThat(lees(id(ethiek), COORDINATOR).get("status").asString()).isEqualTo("BEZIG");
	}

	@Test
	void adviesZonderTekstOfOordeelWordtGeweigerd() throws Exception {
		JsonNode ethiek = ingediendeEthischeCheck();
		JsonNode fout = probleem(mvc.perform(api(post(pad() + "/{id}/advies", id(ethiek)), FG).content("{\"tekst\": \"  \"}"))
			.andReturn()
			.getResponse(), 400);
		assertThat(reden(fout, "tekst")).isEqualTo("Schrijf uw advies op.");
		assertThat(reden(fout, "positief")).isEqualTo("Kies of het advies positief of negatief is.");
		assertThat(lees(id(ethiek), FG).has("advies")).isFalse();
	}

	// --- access

	@Test
	void eenAndereOrganisatieZietNietsEnEenMedewerkerSchrijftNiet() throws Exception {
		JsonNode dpia = maak("dpia", COORDINATOR);
		// Beekdal asking for Aalstede's assessment under its own code: it does not exist there.
		assertThat(mvc.perform(get("/api/v1/organisaties/{code}/toepassingen/{t}/beoordelingen/{id}", BEEKDAL, toepassing,
				id(dpia)).header("Authorization", bearer("ai-coordinator@beekdal.demo"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		// Nor does the toepassing itself: the register answers for it.
		assertThat(mvc.perform(get("/api/v1/organisaties/{code}/toepassingen/{t}/beoordelingen", BEEKDAL, toepassing)
			.header("Authorization", bearer("ai-coordinator@beekdal.demo"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		// And under Aalstede's code: the organisation check answers 404 before anything is looked up.
		assertThat(mvc.perform(get(pad() + "/{id}", id(dpia)).header("Authorization", bearer("ai-coordinator@beekdal.demo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(api(put(pad() + "/{id}", id(dpia)), MEDEWERKER)
			.content(json.writeValueAsString(Map.of("antwoorden", Map.of("doel", "x"), "revisie", 0))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(api(get(pad() + "/{id}", id(dpia)), MEDEWERKER)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void deDefinitiesZijnTeLezenVoorIedereenDieIsIngelogd() throws Exception {
		JsonNode lijst = json.readTree(mvc.perform(api(get("/api/v1/vragenlijsten"), MEDEWERKER)).andReturn().getResponse()
			.getContentAsString());
		assertThat(lijst).extracting(v -> v.get("id").asString()).contains("prescan", "dpia", "iama", "fria", "ethiek");
		JsonNode prescan = ok(mvc.perform(api(get("/api/v1/vragenlijsten/prescan"), MEDEWERKER)).andReturn().getResponse());
		assertThat(prescan.get("regels")).isNotEmpty();
		JsonNode cloudSoort = null;
		for (JsonNode v : prescan.get("secties").get(0).get("vragen")) {
			if (v.get("id").asString().equals("cloud_soort")) {
				cloudSoort = v;
			}
		}
		assertThat(cloudSoort).isNotNull();
		assertThat(cloudSoort.get("toonAls").asString()).isEqualTo("cloud == 'ja'");
		assertThat(cloudSoort.get("type").asString()).isEqualTo("enkeleKeuze");
		assertThat(mvc.perform(api(get("/api/v1/vragenlijsten/bestaat-niet"), MEDEWERKER)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/api/v1/vragenlijsten")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	// --- audit

	@Test
	void elkeStapStaatInHetAuditlog() throws Exception {
		JsonNode ethiek = ingediendeEthischeCheck();
		ok(mvc.perform(api(post(pad() + "/{id}/advies", id(ethiek)), FG).content("{\"tekst\": \"Akkoord.\", \"positief\": true}"))
			.andReturn()
			.getResponse());
		ok(mvc.perform(api(post(pad() + "/{id}/goedkeuring", id(ethiek)), COORDINATOR).content("{}")).andReturn().getResponse());
		List<Map<String, Object>> rijen = jdbc.sql("""
				select actie, actor_naam, organisatie_code, na->>'status' as status
				  from audit.gebeurtenis where entiteit_type = 'Beoordeling' and entiteit_id = ? order by id
				""").param(id(ethiek)).query().listOfRows();
		assertThat(rijen).extracting(r -> r.get("actie") + " " + r.get("status"))
			.containsExactly("AANGEMAAKT TE_DOEN", "GEWIJZIGD BEZIG", "GEWIJZIGD TER_ADVIES", "GEWIJZIGD TER_ADVIES",
					"GEWIJZIGD GOEDGEKEURD");
		// Through the API the name carries the token's name: "Demo ai-coordinator (token test)".
		assertThat(rijen).extracting(r -> String.valueOf(r.get("actor_naam")).replaceAll(" \\(token .*\\)$", ""))
			.containsExactly("Demo ai-coordinator", "Demo ai-coordinator", "Demo ai-coordinator", "Demo privacy-officer",
					"Demo ai-coordinator");
		assertThat(rijen).allSatisfy(r -> assertThat(r.get("organisatie_code")).isEqualTo(AALSTEDE));
		Integer gedeeld = jdbc.sql("""
				select count(*) from audit.gebeurtenis g join assessments.gedeeld_antwoord a on g.entiteit_id = a.id::text
				 where g.entiteit_type = 'GedeeldAntwoord' and a.toepassing_id = ?
				""").param(toepassing).query(Integer.class).single();
		assertThat(gedeeld).isEqualTo(3);
	}

	// --- helpers

	private JsonNode ingediendeEthischeCheck() throws Exception {
		JsonNode ethiek = maak("ethiek", COORDINATOR);
		bewaar(ethiek, Map.of("doel", "Wachttijden korter maken.", "datakwaliteit", 4, "kennis", 3, "persoonsgegevens", "nee",
				"betrokkenen", List.of("inwoners"), "menselijke_maat", "Een medewerker belt bij twijfel.",
				"vertrouwen", "Dat kunnen we uitleggen.", "deelnemers", "Beleid, privacy, team Wmo",
				"conclusie", "doorgaan"), COORDINATOR);
		JsonNode ingediend = ok(mvc.perform(api(post(pad() + "/{id}/adviesaanvraag", id(ethiek)), COORDINATOR))
			.andReturn()
			.getResponse());
		assertThat(ingediend.get("status").asString()).isEqualTo("TER_ADVIES");
		return ingediend;
	}

	private JsonNode maak(String vragenlijst, String wie) throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(api(post(pad()), wie).content("{\"vragenlijst\": \"" + vragenlijst + "\"}"))
			.andReturn()
			.getResponse();
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return json.readTree(antwoord.getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode bewaar(JsonNode beoordeling, Map<String, Object> antwoorden, String wie) throws Exception {
		JsonNode huidig = lees(id(beoordeling), wie);
		return ok(mvc.perform(api(put(pad() + "/{id}", id(beoordeling)), wie)
			.content(json.writeValueAsString(Map.of("antwoorden", antwoorden, "revisie", huidig.get("revisie").asLong()))))
			.andReturn()
			.getResponse());
	}

	private JsonNode lees(String id, String wie) throws Exception {
		return ok(mvc.perform(api(get(pad() + "/{id}", id), wie)).andReturn().getResponse());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> antwoorden(JsonNode beoordeling) {
		return json.convertValue(beoordeling.get("antwoorden"), Map.class);
	}

	private String gedeeld(String sleutel) {
		return jdbc.sql("select waarde->>'waarde' from assessments.gedeeld_antwoord where toepassing_id = ? and sleutel = ?")
			.param(toepassing)
			.param(sleutel)
			.query((rs, n) -> "\"" + rs.getString(1) + "\"")
			.single();
	}

	private int aantalBeoordelingen() {
		return jdbc.sql("select count(*) from assessments.beoordeling where toepassing_id = ?")
			.param(toepassing)
			.query(Integer.class)
			.single();
	}

	private String pad() {
		return "/api/v1/organisaties/" + AALSTEDE + "/toepassingen/" + toepassing + "/beoordelingen";
	}

	private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder verzoek, String wie) {
		return verzoek.header("Authorization", bearer(wie)).contentType(MediaType.APPLICATION_JSON);
	}

	private static String id(JsonNode beoordeling) {
		return beoordeling.get("id").asString();
	}

	private static JsonNode zoek(JsonNode lijst, String vragenlijst) {
		for (JsonNode b : lijst) {
			if (b.get("vragenlijst").asString().equals(vragenlijst)) {
				return b;
			}
		}
		throw new AssertionError("geen " + vragenlijst);
	}

	private JsonNode ok(MockHttpServletResponse antwoord) throws Exception {
		String tekst = antwoord.getContentAsString(StandardCharsets.UTF_8);
		assertThat(antwoord.getStatus()).as(tekst).isEqualTo(200);
		return json.readTree(tekst);
	}

	private JsonNode probleem(MockHttpServletResponse antwoord, int status) throws Exception {
		String tekst = antwoord.getContentAsString(StandardCharsets.UTF_8);
		assertThat(antwoord.getStatus()).as(tekst).isEqualTo(status);
		assertThat(antwoord.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		return json.readTree(tekst);
	}

	private static String reden(JsonNode probleem, String veld) {
		for (JsonNode p : probleem.get("invalidParams")) {
			if (p.get("name").asString().equals(veld)) {
				return p.get("reason").asString();
			}
		}
		throw new AssertionError("geen melding voor " + veld + " in " + probleem);
	}

}
