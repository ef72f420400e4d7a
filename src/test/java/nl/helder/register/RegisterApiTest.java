// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.List;
import java.util.Map;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The register through its API, as a municipality's register team and the public use it. */
class RegisterApiTest extends HelderIntegratieTest {

	private static final String SCHRIJVER = "register-beheerder@aalstede.demo";

	private static final String COLLEGA = "ai-coordinator@aalstede.demo";

	private static final String BASIS = "/api/v1/organisaties/" + AALSTEDE + "/toepassingen";

	@Autowired
	private JsonMapper json;

	@Test
	void eenConceptKrijgtVersie1DeVasteVeldenEnEenVolledigheidsscore() throws Exception {
		JsonNode t = verstuur(post(BASIS), SCHRIJVER, Map.of("standaard", Map.of("name", "Chatbot " + uniek())), 201);

		assertThat(t.get("versie").asInt()).isEqualTo(1);
		assertThat(t.get("werkstatus").asString()).isEqualTo("CONCEPT");
		assertThat(t.get("standaard").get("lang").asString()).isEqualTo("nld");
		assertThat(t.get("standaard").get("standard_version").asString()).isEqualTo("1.0");
		assertThat(t.get("standaard").get("organization").asString()).isEqualTo("Gemeente Aalstede (demo)");
		assertThat(t.get("volledigheid").get("score").asInt()).isBetween(1, 99);
		assertThat(t.get("volledigheid").get("ontbrekend").toString()).contains("Korte omschrijving");
	}

	@Test
	void ongeldigeVeldenGeven400PerVeldEnSchrijvenNiets() throws Exception {
		long voor = aantal();
		JsonNode probleem = verstuur(post(BASIS), SCHRIJVER, Map.of("standaard", Map.of(
				"description_short", "x".repeat(401),
				"status", "Misschien",
				"goal", "<p>Doel</p><script>alert(1)</script>",
				"begin_date", "maart 2026",
				"bestaat_niet", "x")), 400);

		List<String> velden = probleem.get("invalidParams").valueStream().map(v -> v.get("name").asString()).toList();
		assertThat(velden).contains("name", "description_short", "status", "goal", "begin_date", "bestaat_niet");
		assertThat(probleem.get("invalidParams").toString()).contains("script").contains("400");
		assertThat(aantal()).isEqualTo(voor);
	}

	@Test
	void wieEenVerouderdeVersieOpslaatKrijgt409EnDeEersteWijzigingBlijft() throws Exception {
		String id = nieuw("Scanauto " + uniek());
		verstuur(put(BASIS + "/" + id), SCHRIJVER, invoer("Scanauto eerste wijziging", 1), 200);

		JsonNode probleem = verstuur(put(BASIS + "/" + id), COLLEGA, invoer("Scanauto tweede wijziging", 1), 409);

		assertThat(probleem.get("huidigeVersie").asInt()).isEqualTo(2);
		assertThat(probleem.get("huidig").get("standaard").get("name").asString()).isEqualTo("Scanauto eerste wijziging");
		assertThat(lees(BASIS + "/" + id, SCHRIJVER).get("naam").asString()).isEqualTo("Scanauto eerste wijziging");
	}

	@Test
	void publicerenVraagtVerplichteVeldenEnVierOgen() throws Exception {
		String id = nieuw("Woo-verzoeken sorteren " + uniek());
		verstuur(post(BASIS + "/" + id + "/review"), SCHRIJVER, null, 200);

		JsonNode ontbreekt = verstuur(post(BASIS + "/" + id + "/publicatie"), COLLEGA, null, 400);
		assertThat(ontbreekt.get("invalidParams").valueStream().map(v -> v.get("name").asString()).toList())
			.contains("description_short", "status", "contact_email", "publication_category");

		verstuur(post(BASIS + "/" + id + "/afwijzing"), COLLEGA, null, 200);
		verstuur(put(BASIS + "/" + id), SCHRIJVER, volledig("Woo-verzoeken sorteren", 1), 200);
		verstuur(post(BASIS + "/" + id + "/review"), SCHRIJVER, null, 200);
		JsonNode zelf = verstuur(post(BASIS + "/" + id + "/publicatie"), SCHRIJVER, null, 400);
		assertThat(zelf.get("invalidParams").toString()).contains("vier ogen");

		JsonNode gepubliceerd = verstuur(post(BASIS + "/" + id + "/publicatie"), COLLEGA, null, 200);
		assertThat(gepubliceerd.get("werkstatus").asString()).isEqualTo("GEPUBLICEERD");
		assertThat(gepubliceerd.get("gepubliceerdeVersie").asInt()).isEqualTo(2);
	}

	@Test
	void hetOpenbareRegisterToontAlleenDeGepubliceerdeVersie() throws Exception {
		String naam = "Parkeerbeheer " + uniek();
		String id = gepubliceerd(naam);
		verstuur(put(BASIS + "/" + id), SCHRIJVER, volledig(naam + " (nieuw concept)", 2), 200);

		String openbaar = "/api/v1/openbaar/organisaties/" + AALSTEDE + "/toepassingen";
		MockHttpServletResponse lijst = mvc.perform(get(openbaar).header("Origin", "https://example.org"))
			.andReturn()
			.getResponse();
		assertThat(lijst.getStatus()).isEqualTo(200);
		assertThat(lijst.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		JsonNode items = json.readTree(lijst.getContentAsString());
		JsonNode item = items.valueStream().filter(i -> i.get("lars").asString().equals(id)).findFirst().orElseThrow();
		assertThat(item.get("name").asString()).isEqualTo(naam);
		assertThat(item.has("publication_dt")).isTrue();
		assertThat(lijst.getContentAsString()).doesNotContain("(nieuw concept)").doesNotContain("\"intern\"");

		String etag = lijst.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(mvc.perform(get(openbaar).header("If-None-Match", etag)).andReturn().getResponse().getStatus())
			.isEqualTo(304);

		verstuur(post(BASIS + "/" + id + "/intrekking"), COLLEGA, null, 200);
		assertThat(mvc.perform(get(openbaar + "/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/api/v1/openbaar/organisaties/GM0000/toepassingen")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void openDataAlsCsvMetOnschadelijkeFormules() throws Exception {
		String id = gepubliceerd("=HYPERLINK(\"https://kwaad.example\";\"klik\") " + uniek());

		MockHttpServletResponse csv = mvc.perform(get("/api/v1/openbaar/organisaties/" + AALSTEDE + "/toepassingen.csv"))
			.andReturn()
			.getResponse();

		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getHeader("ETag")).isNotBlank();
		String inhoud = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String[] regels = inhoud.split("\r\n");
		assertThat(regels[0]).startsWith("\uFEFF\"lars\";\"name\";\"description_short\"");
		String rij = java.util.Arrays.stream(regels).filter(r -> r.contains(id)).findFirst().orElseThrow();
		assertThat(rij).contains("\"'=HYPERLINK(\"\"https://kwaad.example\"\";\"\"klik\"\")")
			.contains("Sneller antwoord voor inwoners.")
			.doesNotContain("<p>");
	}

	@Test
	void versiesVerschillenEnHerstellen() throws Exception {
		String id = nieuw("Ondermijningsradar " + uniek());
		verstuur(put(BASIS + "/" + id), SCHRIJVER, Map.of("versie", 1, "standaard",
				Map.of("name", "Ondermijningsradar", "description_short", "Signalen van ondermijning bundelen."),
				"intern", Map.of("levensfase", "PILOT", "toolbeleid", "IN_BEOORDELING")), 200);

		JsonNode verschillen = lees(BASIS + "/" + id + "/verschillen?van=1&tot=2", SCHRIJVER);
		assertThat(verschillen.valueStream().map(v -> v.get("veld").asString()).toList())
			.contains("name", "description_short", "intern.levensfase", "intern.toolbeleid");
		assertThat(verschillen.toString()).contains("Korte omschrijving");

		JsonNode hersteld = verstuur(post(BASIS + "/" + id + "/herstel"), SCHRIJVER, Map.of("versie", 1), 200);
		assertThat(hersteld.get("versie").asInt()).isEqualTo(3);
		assertThat(hersteld.get("standaard").has("description_short")).isFalse();
		assertThat(lees(BASIS + "/" + id + "/versies", SCHRIJVER).get(0).get("toelichting").asString())
			.contains("versie 1");
		assertThat(lees(BASIS + "/" + id + "/versies/2", SCHRIJVER).get("intern").get("levensfase").asString())
			.isEqualTo("PILOT");
	}

	@Test
	void eenPilotKrijgtEenWaarschuwingOverDeStatus() throws Exception {
		JsonNode t = verstuur(post(BASIS), SCHRIJVER, Map.of("standaard",
				Map.of("name", "Spraakherkenning " + uniek(), "status", "In gebruik"), "intern",
				Map.of("levensfase", "PILOT")), 201);
		assertThat(t.get("waarschuwingen").toString()).contains("pilot").contains("In ontwikkeling");
	}

	@Test
	void andermansToepassingBestaatNietEnEenMedewerkerMagNietSchrijven() throws Exception {
		String id = nieuw("Afvalroutes " + uniek());
		assertThat(mvc.perform(get("/api/v1/organisaties/" + BEEKDAL + "/toepassingen/" + id)
			.header("Authorization", bearer("ai-coordinator@beekdal.demo"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(lees(BASIS + "/" + id, "medewerker@aalstede.demo").get("naam").asString()).startsWith("Afvalroutes");
		verstuur(post(BASIS), "medewerker@aalstede.demo", Map.of("standaard", Map.of("name", "x")), 403);
	}

	@Test
	void elkeVersieEnStatuswijzigingStaatInHetAuditlog() throws Exception {
		String id = nieuw("Fraudesignalering " + uniek());
		verstuur(post(BASIS + "/" + id + "/review"), SCHRIJVER, null, 200);
		List<String> acties = jdbc.sql("select entiteit_type || ':' || actie from audit.gebeurtenis "
				+ "where organisatie_code = ? and (entiteit_id = ? or na ->> 'toepassingId' = ?) order by id")
			.params(AALSTEDE, id, id)
			.query(String.class)
			.list();
		assertThat(acties).containsExactly("Toepassing:AANGEMAAKT", "ToepassingVersie:AANGEMAAKT", "Toepassing:GEWIJZIGD");
	}

	private String gepubliceerd(String naam) throws Exception {
		String id = nieuw(naam);
		verstuur(put(BASIS + "/" + id), SCHRIJVER, volledig(naam, 1), 200);
		verstuur(post(BASIS + "/" + id + "/review"), SCHRIJVER, null, 200);
		verstuur(post(BASIS + "/" + id + "/publicatie"), COLLEGA, null, 200);
		return id;
	}

	private String nieuw(String naam) throws Exception {
		return verstuur(post(BASIS), SCHRIJVER, Map.of("standaard", Map.of("name", naam)), 201).get("id").asString();
	}

	private static Map<String, Object> invoer(String naam, int versie) {
		return Map.of("versie", versie, "standaard", Map.of("name", naam));
	}

	private static Map<String, Object> volledig(String naam, int versie) {
		return Map.of("versie", versie, "standaard", Map.of("name", naam,
				"description_short", "Helpt medewerkers om verzoeken sneller bij de juiste afdeling te krijgen.",
				"status", "In gebruik", "publication_category", "Overige algoritmes",
				"contact_email", "algoritmes@aalstede.example", "category", List.of("Organisatie en bedrijfsvoering"),
				"goal", "<p>Sneller antwoord voor inwoners.</p><ul><li>minder doorsturen</li></ul>"));
	}

	private JsonNode verstuur(MockHttpServletRequestBuilder verzoek, String gebruiker, Object inhoud, int status)
			throws Exception {
		verzoek.header("Authorization", bearer(gebruiker));
		if (inhoud != null) {
			verzoek.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(inhoud));
		}
		MockHttpServletResponse antwoord = mvc.perform(verzoek).andReturn().getResponse();
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(status);
		return antwoord.getContentAsString().isEmpty() ? null : json.readTree(antwoord.getContentAsString());
	}

	private JsonNode lees(String pad, String gebruiker) throws Exception {
		return verstuur(get(pad), gebruiker, null, 200);
	}

	private long aantal() {
		return jdbc.sql("select count(*) from register.toepassing").query(Long.class).single();
	}

	private static String uniek() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
