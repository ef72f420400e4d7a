// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The beslishulp through its API: uploads by the platform administrator, reading and evaluating by everyone. */
class BeslishulpApiTest extends HelderIntegratieTest {

	private static final String BASIS = "/api/v1/beslishulp/bomen";

	private static final String PLATFORM = "platform@helder.demo";

	private static final String MEDEWERKER = "medewerker@aalstede.demo";

	private static final String STANDAARD = "helder-1.0.0";

	@Autowired
	private JsonMapper json;

	private static String boom(String naam, String versie) {
		return """
				{"naam": "%s", "versie": "%s", "questions": [
				  {"questionId": "1", "question": "Is het een algoritme?", "explanation": "Uitleg.", "answers": [
				    {"answer": "Ja", "labels": ["algoritme"], "nextQuestionId": "2"},
				    {"answer": "Nee", "nextConclusionId": "K0"}]},
				  {"questionId": "2", "question": "Leert het van gegevens?", "answers": [
				    {"answer": "Ja", "labels": ["lerend"], "redirects": [
				      {"if": "\\"algoritme\\" in labels && \\"lerend\\" in labels", "nextConclusionId": "K2"}]},
				    {"answer": "Nee", "nextConclusionId": "K1"}]}],
				 "conclusions": [{"conclusionId": "K0", "conclusion": "Geen algoritme."},
				                 {"conclusionId": "K1", "conclusion": "Een regelgebaseerd algoritme."},
				                 {"conclusionId": "K2", "conclusion": "Een lerend systeem."}]}""".formatted(naam, versie);
	}

	private MockHttpServletResponse stuur(MockHttpServletRequestBuilder verzoek, String wie) throws Exception {
		if (wie != null) {
			verzoek.header("Authorization", bearer(wie));
		}
		return mvc.perform(verzoek).andReturn().getResponse();
	}

	private JsonNode lees(MockHttpServletResponse antwoord, int status) throws Exception {
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(status);
		return json.readTree(antwoord.getContentAsString());
	}

	private JsonNode upload(String tekst, String soort, int status) throws Exception {
		return lees(stuur(post(BASIS).contentType(soort).content(tekst), PLATFORM), status);
	}

	private JsonNode evalueer(String id, String antwoorden, int status) throws Exception {
		return lees(stuur(post(BASIS + "/" + id + "/evaluaties").contentType(MediaType.APPLICATION_JSON)
			.content("{\"antwoorden\": " + antwoorden + "}"), MEDEWERKER), status);
	}

	private long aantalBomen() {
		return jdbc.sql("select count(*) from aiact.beslisboom").query(Long.class).single();
	}

	private static String uniek() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	// --- upload

	@Test
	void platformbeheerderVoegtEenBoomToeEnHetAuditlogLegtHetVast() throws Exception {
		String naam = "Proefboom " + uniek();
		JsonNode toegevoegd = upload(boom(naam, "1.0"), MediaType.APPLICATION_JSON_VALUE, 201);
		String id = toegevoegd.get("id").asString();
		assertThat(toegevoegd.get("naam").asString()).isEqualTo(naam);
		assertThat(toegevoegd.get("versie").asString()).isEqualTo("1.0");

		JsonNode audit = jdbc.sql("""
				select json_build_object('actie', actie, 'actor', actor_naam, 'organisatie', organisatie_code, 'na', na)::text
				from audit.gebeurtenis where entiteit_type = 'BeslisboomBestand' and entiteit_id = ?""")
			.param(id)
			.query(String.class)
			.list()
			.stream()
			.map(json::readTree)
			.reduce((a, b) -> {
				throw new AssertionError("meer dan één auditregel");
			})
			.orElseThrow(() -> new AssertionError("geen auditregel voor de upload"));
		assertThat(audit.get("actie").asString()).isEqualTo("AANGEMAAKT");
		assertThat(audit.get("organisatie").asString()).isEqualTo("HELDER");
		assertThat(audit.get("na").get("naam").asString()).isEqualTo(naam);
		assertThat(audit.get("na").get("bron").asString()).contains("Is het een algoritme?");

		JsonNode lijst = lees(stuur(get(BASIS), MEDEWERKER), 200);
		assertThat(lijst.valueStream().filter(b -> b.get("id").asString().equals(id)).findFirst().orElseThrow()
			.get("formaat").asString()).isEqualTo("JSON");
	}

	@Test
	void yamlMetDezelfdeOpbouwWordtOokGelezen() throws Exception {
		String naam = "YAML-boom " + uniek();
		String yaml = """
				name: %s
				version: "0.1"
				geldigVanaf: 2027-01-01
				questions:
				  - questionId: "1"
				    question: Werkt het met gegevens over inwoners?
				    answers:
				      - answer: Ja
				        labels: [persoonsgegevens]
				        nextConclusionId: P
				      - answer: Nee
				        nextConclusionId: G
				conclusions:
				  - conclusionId: P
				    conclusion: Doe een pre-scan DPIA.
				  - conclusionId: G
				    conclusion: Geen DPIA nodig.
				""".formatted(naam);
		JsonNode toegevoegd = upload(yaml, "application/yaml", 201);
		JsonNode uitkomst = evalueer(toegevoegd.get("id").asString(), "[{\"vraagId\": \"1\", \"antwoord\": \"Ja\"}]", 200);
		assertThat(uitkomst.get("conclusieId").asString()).isEqualTo("P");
		assertThat(uitkomst.get("conclusie").get("conclusie").asString()).isEqualTo("Doe een pre-scan DPIA.");
		JsonNode boom = lees(stuur(get(BASIS + "/" + toegevoegd.get("id").asString()), MEDEWERKER), 200);
		assertThat(boom.get("geldigVanaf").asString()).isEqualTo("2027-01-01");
		assertThat(boom.get("standaard").asBoolean()).isFalse();
	}

	@Test
	void ongeldigeBoomGeeft400MetDeFoutInHetNederlandsEnSchrijftNiets() throws Exception {
		long voor = aantalBomen();
		String kapot = boom("Kapot " + uniek(), "1").replace("\\\"lerend\\\" in labels\"", "\\\"lerend\\\" in labels &&\"");
		MockHttpServletResponse antwoord = stuur(post(BASIS).contentType(MediaType.APPLICATION_JSON).content(kapot),
				PLATFORM);
		JsonNode probleem = lees(antwoord, 400);
		assertThat(antwoord.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(probleem.get("title").asString()).isEqualTo("Ongeldige invoer");
		List<String> redenen = probleem.get("invalidParams").valueStream().map(p -> p.get("reason").asString()).toList();
		assertThat(redenen).containsExactly(
				"Vraag 2, antwoord 1 (\"Ja\"), doorverwijzing 1: de voorwaarde is niet te lezen: de voorwaarde houdt op na teken 46, terwijl er nog iets moet komen. De voorwaarde is: \"algoritme\" in labels && \"lerend\" in labels &&");
		assertThat(upload("{\"naam\": ", MediaType.APPLICATION_JSON_VALUE, 400).get("invalidParams").get(0)
			.get("reason").asString()).startsWith("Het bestand is geen geldige JSON.");
		assertThat(upload("", MediaType.APPLICATION_JSON_VALUE, 400).get("invalidParams").get(0).get("reason")
			.asString()).startsWith("Het bestand is leeg.");
		assertThat(aantalBomen()).isEqualTo(voor);
	}

	@Test
	void foutenOokInHetEngels() throws Exception {
		JsonNode probleem = lees(stuur(post(BASIS + "?taal=en").contentType(MediaType.APPLICATION_JSON).content("{}"),
				PLATFORM), 400);
		assertThat(probleem.get("invalidParams").get(0).get("reason").asString())
			.isEqualTo("The tree: the field naam is missing or empty.");
	}

	@Test
	void dezelfdeNaamEnVersieTweeKeerGeeft400() throws Exception {
		String naam = "Dubbel " + uniek();
		upload(boom(naam, "2.0"), MediaType.APPLICATION_JSON_VALUE, 201);
		long voor = aantalBomen();
		JsonNode probleem = upload(boom(naam, "2.0"), MediaType.APPLICATION_JSON_VALUE, 400);
		assertThat(probleem.get("invalidParams").get(0).get("name").asString()).isEqualTo("versie");
		assertThat(probleem.get("invalidParams").get(0).get("reason").asString()).isEqualTo(
				"Er is al een beslisboom met de naam \"" + naam + "\" en versie 2.0. Geef de nieuwe boom een ander versienummer.");
		upload(boom(naam, "2.1"), MediaType.APPLICATION_JSON_VALUE, 201);
		assertThat(aantalBomen()).isEqualTo(voor + 1);

		String standaard = lees(stuur(get(BASIS + "/" + STANDAARD), MEDEWERKER), 200).get("naam").asString();
		upload(boom(standaard, "1.0.0"), MediaType.APPLICATION_JSON_VALUE, 400);
	}

	@Test
	void alleenDePlatformbeheerderMagToevoegen() throws Exception {
		long voor = aantalBomen();
		MockHttpServletResponse medewerker = stuur(post(BASIS).contentType(MediaType.APPLICATION_JSON)
			.content(boom("Geweigerd " + uniek(), "1")), "beheerder@aalstede.demo");
		assertThat(medewerker.getStatus()).isEqualTo(403);
		assertThat(medewerker.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		MockHttpServletResponse anoniem = stuur(post(BASIS).contentType(MediaType.APPLICATION_JSON)
			.content(boom("Anoniem " + uniek(), "1")), null);
		assertThat(anoniem.getStatus()).isEqualTo(401);
		assertThat(stuur(get(BASIS), null).getStatus()).isEqualTo(401);
		assertThat(stuur(post(BASIS + "/" + STANDAARD + "/evaluaties").contentType(MediaType.APPLICATION_JSON)
			.content("{}"), null).getStatus()).isEqualTo(401);
		assertThat(aantalBomen()).isEqualTo(voor);
	}

	// --- reading and evaluating

	@Test
	void deMeegeleverdeBoomStaatInDeLijstAlsStandaard() throws Exception {
		JsonNode lijst = lees(stuur(get(BASIS), MEDEWERKER), 200);
		JsonNode eerste = lijst.get(0);
		assertThat(eerste.get("id").asString()).isEqualTo(STANDAARD);
		assertThat(eerste.get("standaard").asBoolean()).isTrue();
		assertThat(lijst.valueStream().filter(b -> b.get("standaard").asBoolean()).count()).isEqualTo(1);

		JsonNode boom = lees(stuur(get(BASIS + "/" + STANDAARD), MEDEWERKER), 200);
		assertThat(boom.get("eersteVraagId").asString()).isEqualTo("1.1");
		JsonNode vraag = boom.get("vragen").get(0);
		assertThat(vraag.get("uitleg").asString()).isNotBlank();
		assertThat(vraag.get("antwoorden").get(1).get("labels").get(0).asString()).isEqualTo("geen algoritme");
		assertThat(boom.get("conclusies").size()).isEqualTo(50);
		assertThat(stuur(get(BASIS + "/onbekend"), MEDEWERKER).getStatus()).isEqualTo(404);
		assertThat(stuur(get(BASIS + "/" + UUID.randomUUID()), MEDEWERKER).getStatus()).isEqualTo(404);
	}

	@Test
	void evaluatieVanDeMeegeleverdeBoom() throws Exception {
		JsonNode begin = evalueer(STANDAARD, "[]", 200);
		assertThat(begin.get("status").asString()).isEqualTo("vraag");
		assertThat(begin.get("volgendeVraagId").asString()).isEqualTo("1.1");
		assertThat(begin.get("volgendeVraag").get("antwoorden").size()).isEqualTo(2);

		JsonNode halverwege = evalueer(STANDAARD, """
				[{"vraagId": "1.1", "antwoord": "Ja"}, {"vraagId": "1.2", "antwoordIndex": 4}]""", 200);
		assertThat(halverwege.get("status").asString()).isEqualTo("vraag");
		assertThat(halverwege.get("volgendeVraagId").asString()).isEqualTo("1.3");
		assertThat(halverwege.get("labels").valueStream().map(JsonNode::asString)).containsExactly("gebruiksverantwoordelijke");
		assertThat(halverwege.get("conclusieId").isNull()).isTrue();

		JsonNode klaar = evalueer(STANDAARD, """
				[{"vraagId": "1.1", "antwoordIndex": 0}, {"vraagId": "1.2", "antwoordIndex": 4},
				 {"vraagId": "1.3", "antwoordIndex": 0}, {"vraagId": "1.4.1", "antwoordIndex": 0},
				 {"vraagId": "1.5", "antwoordIndex": 1}, {"vraagId": "2.0", "antwoordIndex": 0},
				 {"vraagId": "2.1", "antwoordIndex": 1}, {"vraagId": "2.3", "antwoordIndex": 2},
				 {"vraagId": "2.4", "antwoordIndex": 1}, {"vraagId": "2.11", "antwoordIndex": 1},
				 {"vraagId": "2.9", "antwoordIndex": 1}]""", 200);
		assertThat(klaar.get("status").asString()).isEqualTo("conclusie");
		assertThat(klaar.get("conclusieId").asString()).isEqualTo("13.0.4");
		assertThat(klaar.get("volgendeVraagId").isNull()).isTrue();
		assertThat(klaar.get("conclusie").get("conclusie").asString()).contains("gebruiksverantwoordelijke");
		assertThat(klaar.get("labels").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(
				"gebruiksverantwoordelijke", "in gebruik", "AI-systeem", "geen hoog-risico AI", "geen open-source",
				"geen transparantieverplichting");
		assertThat(klaar.get("pad").valueStream().map(JsonNode::asString)).containsExactly("1.1", "1.2", "1.3",
				"1.4.1", "1.5", "2.0", "2.1", "2.3", "2.4", "2.11", "2.9");
	}

	@Test
	void foutenBijHetEvaluerenNoemenDeStap() throws Exception {
		assertThat(stapfout("[{\"vraagId\": \"1.1\", \"antwoord\": \"Misschien\"}]"))
			.isEqualTo("antwoorden[0]: Stap 1: \"Misschien\" is geen antwoord op vraag 1.1. Kies uit: \"Ja\", \"Nee\".");
		assertThat(stapfout("[{\"vraagId\": \"1.1\", \"antwoordIndex\": 0}, {\"vraagId\": \"1.2\", \"antwoordIndex\": 9}]"))
			.isEqualTo("antwoorden[1]: Stap 2: antwoordIndex 9 bestaat niet bij vraag 1.2. Kies een nummer van 0 tot en met 8.");
		assertThat(stapfout("[{\"vraagId\": \"1.1\", \"antwoordIndex\": 0}, {\"vraagId\": \"1.3\", \"antwoordIndex\": 0}]"))
			.isEqualTo("antwoorden[1]: Stap 2: de beslishulp is bij vraag 1.2, niet bij vraag 1.3. Controleer de volgorde van de antwoorden.");
		assertThat(stapfout("[{\"vraagId\": \"1.1\", \"antwoordIndex\": 1}, {\"vraagId\": \"1.2\", \"antwoordIndex\": 0}]"))
			.isEqualTo("antwoorden[1]: Stap 2: de beslishulp was al klaar met conclusie 11.0. Haal de antwoorden na stap 1 weg.");
		assertThat(stapfout("[{\"vraagId\": \"1.1\", \"antwoord\": \"Ja\", \"antwoordIndex\": 0}]"))
			.startsWith("antwoorden[0]: Stap 1 (vraag 1.1): geef het antwoord als tekst");
		assertThat(stapfout("[{\"vraagId\": \"1.1\", \"antwoordIndex\": \"eerste\"}]"))
			.startsWith("body: ");
		assertThat(stuur(post(BASIS + "/" + UUID.randomUUID() + "/evaluaties").contentType(MediaType.APPLICATION_JSON)
			.content("{\"antwoorden\": []}"), MEDEWERKER).getStatus()).isEqualTo(404);
		assertThat(stuur(post(BASIS + "/helder-0.0.1/evaluaties").contentType(MediaType.APPLICATION_JSON)
			.content("{\"antwoorden\": []}"), MEDEWERKER).getStatus()).isEqualTo(404);
	}

	private String stapfout(String antwoorden) throws Exception {
		MockHttpServletResponse antwoord = stuur(post(BASIS + "/" + STANDAARD + "/evaluaties")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"antwoorden\": " + antwoorden + "}"), MEDEWERKER);
		JsonNode probleem = lees(antwoord, 400);
		assertThat(antwoord.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode veld = probleem.get("invalidParams").get(0);
		return veld.get("name").asString() + ": " + veld.get("reason").asString();
	}

}
