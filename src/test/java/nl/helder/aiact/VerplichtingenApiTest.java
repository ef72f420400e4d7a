// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;

/** The tasks and the reviews through the API: the same rules and refusals as the pages, as problem+json. */
class VerplichtingenApiTest extends HelderIntegratieTest {

	private static final String AICO = "ai-coordinator@aalstede.demo";

	private static final String FG = "privacy-officer@aalstede.demo";

	@Autowired
	private JsonMapper json;

	@Test
	void takenLezenEnHetWerkVastleggenMetDezelfdeRegelsAlsDePagina() throws Exception {
		UUID id = geclassificeerd();
		String pad = "/api/v1/organisaties/" + AALSTEDE + "/toepassingen/" + id + "/verplichtingen";
		JsonNode taken = lees(get(pad), AICO, 200);
		JsonNode fria = zoek(taken, "aia-27");
		assertThat(fria.get("deadline").asString()).isEqualTo("2030-08-02");
		assertThat(fria.get("status").asString()).isEqualTo("OPEN");
		assertThat(fria.get("verantwoordelijke").asString()).isEqualTo("aico");

		// Refusals write nothing.
		assertThat(lees(put(pad + "/aia-27").content("{\"status\": \"VERZONNEN\"}"), AICO, 400).get("invalidParams").toString())
			.contains("status", "Kies een status.");
		assertThat(lees(put(pad + "/aia-27").content("{\"status\": \"AFGEROND\", \"bewijs\": [\"javascript:alert(1)\"]}"), AICO, 400)
			.get("invalidParams").toString()).contains("https://");
		lees(put(pad + "/aia-27").content("{\"status\": \"BEZIG\"}"), FG, 403);
		lees(put(pad + "/aia-99").content("{\"status\": \"BEZIG\"}"), AICO, 404);
		assertThat(jdbc.sql("select count(*) from aiact.taak where toepassing_id = ?").param(id).query(Long.class).single()).isZero();

		JsonNode bezig = lees(put(pad + "/aia-27").content(
				"{\"status\": \"BEZIG\", \"toelichting\": \"FRIA gestart.\", \"bewijs\": [\"https://dms.aalstede.example/fria\"]}"),
				AICO, 200);
		assertThat(bezig.get("status").asString()).isEqualTo("BEZIG");
		assertThat(bezig.get("bewijs").get(0).asString()).isEqualTo("https://dms.aalstede.example/fria");
		long versie = bezig.get("versie").asLong();
		lees(put(pad + "/aia-27").content("{\"status\": \"OPEN\", \"versie\": " + (versie - 1) + "}"), AICO, 409);
		assertThat(zoek(lees(get(pad), AICO, 200), "aia-27").get("status").asString()).isEqualTo("BEZIG");

		// The municipality's list has the task too, without the work's details; another municipality sees nothing.
		JsonNode gemeente = lees(get("/api/v1/organisaties/" + AALSTEDE + "/verplichtingen"), "medewerker@aalstede.demo", 200);
		JsonNode inLijst = null;
		for (JsonNode t : gemeente) {
			if (t.get("toepassingId").asString().equals(id.toString()) && t.get("vereiste").asString().equals("aia-27")) {
				inLijst = t;
			}
		}
		assertThat(inLijst).isNotNull();
		assertThat(inLijst.get("status").asString()).isEqualTo("BEZIG");
		assertThat(inLijst.has("toelichting")).isFalse();
		lees(get("/api/v1/organisaties/GM9002/toepassingen/" + id + "/verplichtingen"), "beheerder@beekdal.demo", 404);
	}

	@Test
	void deReviewsVanDeGemeente() throws Exception {
		String antwoord = mvc.perform(post("/api/v1/organisaties/" + AALSTEDE + "/toepassingen")
			.header("Authorization", bearer(AICO))
			.contentType("application/json")
			.content("{\"standaard\": {\"name\": \"Review via API\"}, \"intern\": {\"levensfase\": \"PILOT\"}}"))
			.andReturn().getResponse().getContentAsString();
		String id = json.readTree(antwoord).get("id").asString();
		JsonNode reviews = lees(get("/api/v1/organisaties/" + AALSTEDE + "/reviews"), "medewerker@aalstede.demo", 200);
		JsonNode pilot = null;
		for (JsonNode r : reviews) {
			if (r.get("toepassingId").asString().equals(id)) {
				pilot = r;
			}
		}
		assertThat(pilot).isNotNull();
		assertThat(pilot.get("dagen").asInt()).isEqualTo(14);
		assertThat(pilot.get("status").asString()).isEqualTo("OP_SCHEMA");
	}

	private UUID geclassificeerd() throws Exception {
		UUID id = nieuweToepassing("Taken via API " + UUID.randomUUID().toString().substring(0, 6));
		String pad = "/toepassingen/" + id + "/ai-verordening/classificatie";
		mvc.perform(post(pad + "/start").with(csrf()).with(als(AICO)));
		for (int antwoord : new int[] { 0, 4, 0, 0, 1, 0, 1, 2, 0, 1, 0, 0, 1 }) {
			mvc.perform(post(pad).with(csrf()).with(als(AICO)).param("antwoord", String.valueOf(antwoord)));
		}
		return id;
	}

	private JsonNode lees(MockHttpServletRequestBuilder verzoek, String wie, int status) throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(verzoek.header("Authorization", bearer(wie))
			.contentType("application/json")).andReturn().getResponse();
		String tekst = antwoord.getContentAsString(StandardCharsets.UTF_8);
		assertThat(antwoord.getStatus()).as(tekst).isEqualTo(status);
		return tekst.isBlank() ? null : json.readTree(tekst);
	}

	private static JsonNode zoek(JsonNode taken, String code) {
		for (JsonNode t : taken) {
			if (t.get("vereiste").asString().equals(code)) {
				return t;
			}
		}
		throw new AssertionError("geen taak " + code + " in " + taken);
	}

}
