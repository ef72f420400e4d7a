// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Personal API tokens through the API itself: made, used, revoked, expired, refused. */
class ApiTokenTest extends HelderIntegratieTest {

	private static final String EIGENAAR = "teamleider@aalstede.demo";

	@Autowired
	private JsonMapper json;

	@Test
	void eenNieuwTokenWordtEenmaalGetoondEnAlleenAlsHashBewaard() throws Exception {
		NieuwToken nieuw = maakToken(EIGENAAR, "koppeling " + UUID.randomUUID(), 30);

		assertThat(nieuw.waarde()).startsWith("hld_").hasSizeGreaterThanOrEqualTo(40);
		String hash = jdbc.sql("select token_hash from organisaties.api_token where id = ?")
			.param(nieuw.id())
			.query(String.class)
			.single();
		assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(sha256(nieuw.waarde()));
		Integer metWaarde = jdbc
			.sql("select count(*) from organisaties.api_token t where position(:waarde in cast(t as text)) > 0")
			.param("waarde", nieuw.waarde())
			.query(Integer.class)
			.single();
		assertThat(metWaarde).as("de waarde staat in geen enkele kolom van api_token").isZero();
		Integer metBegin = jdbc
			.sql("select count(*) from organisaties.api_token t where position(:begin in cast(t as text)) > 0")
			.param("begin", nieuw.waarde().substring(0, 10))
			.query(Integer.class)
			.single();
		assertThat(metBegin).as("controle van de zoekvraag: het zichtbare begin wordt wél gevonden").isEqualTo(1);
		String lijst = mvc.perform(get("/api/v1/mij/tokens").header("Authorization", bearer(EIGENAAR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(lijst).contains(nieuw.id().toString()).doesNotContain(nieuw.waarde());
	}

	@Test
	void hetTokenWerktAlsBearerTotHetIsIngetrokken() throws Exception {
		NieuwToken nieuw = maakToken(EIGENAAR, "intrekken " + UUID.randomUUID(), 7);
		mvc.perform(get("/api/v1/mij").header("Authorization", "Bearer " + nieuw.waarde()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisatieCode").value(AALSTEDE))
			.andExpect(jsonPath("$.ingelogdVia").value("api-token"));

		mvc.perform(delete("/api/v1/mij/tokens/" + nieuw.id()).header("Authorization", bearer(EIGENAAR)))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/mij").header("Authorization", "Bearer " + nieuw.waarde()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void eenVerlopenTokenGeeft401() throws Exception {
		NieuwToken nieuw = maakToken(EIGENAAR, "verloopt " + UUID.randomUUID(), 1);
		mvc.perform(get("/api/v1/mij").header("Authorization", "Bearer " + nieuw.waarde())).andExpect(status().isOk());

		jdbc.sql("update organisaties.api_token set verloopt_op = now() - interval '1 minute' where id = ?")
			.param(nieuw.id())
			.update();

		mvc.perform(get("/api/v1/mij").header("Authorization", "Bearer " + nieuw.waarde()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void eenTokenInDeUrlWordtNietAanvaard() throws Exception {
		String waarde = tokenVan(EIGENAAR);

		mvc.perform(get("/api/v1/mij").param("access_token", waarde)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/mij?access_token=" + waarde)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/mij/tokens").param("access_token", waarde)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"naam\":\"via url\",\"geldigDagen\":1}")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/mij").header("Authorization", "Bearer " + waarde)).andExpect(status().isOk());
	}

	@Test
	void eenTokenVanEenAndereGemeenteZietGeenGebruikersVanBeekdal() throws Exception {
		mvc.perform(get("/api/v1/organisaties/" + BEEKDAL + "/gebruikers")
			.header("Authorization", bearer("beheerder@aalstede.demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/organisaties/" + BEEKDAL + "/gebruikers")
			.header("Authorization", bearer("medewerker@aalstede.demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisaties/" + AALSTEDE + "/gebruikers")
			.header("Authorization", bearer("beheerder@aalstede.demo"))).andExpect(status().isOk());
	}

	@Test
	void ongeldigeInvoerGeeft400PerVeldEnMaaktGeenToken() throws Exception {
		tokenVan(EIGENAAR);
		long voor = aantalTokens(EIGENAAR);

		assertThat(ongeldig(Map.of("naam", "nul dagen", "geldigDagen", 0))).containsExactly("geldigDagen");
		assertThat(ongeldig(Map.of("naam", "te lang", "geldigDagen", 500))).containsExactly("geldigDagen");
		assertThat(ongeldig(Map.of("naam", "   ", "geldigDagen", 30))).containsExactly("naam");
		assertThat(ongeldig(Map.of("naam", "x".repeat(101), "geldigDagen", 30))).containsExactly("naam");
		assertThat(ongeldig(Map.of("naam", "zonder geldigheid"))).containsExactly("geldigDagen");

		assertThat(aantalTokens(EIGENAAR)).isEqualTo(voor);
	}

	@Test
	void hetTokenVanEenAnderKanNietWordenIngetrokken() throws Exception {
		NieuwToken vanEenAnder = maakToken("hr@aalstede.demo", "van hr " + UUID.randomUUID(), 7);

		mvc.perform(delete("/api/v1/mij/tokens/" + vanEenAnder.id()).header("Authorization", bearer(EIGENAAR)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/v1/mij/tokens/" + UUID.randomUUID()).header("Authorization", bearer(EIGENAAR)))
			.andExpect(status().isNotFound());

		mvc.perform(get("/api/v1/mij").header("Authorization", "Bearer " + vanEenAnder.waarde()))
			.andExpect(status().isOk());
	}

	@Test
	void eenOnbekendOfMisvormdTokenGeeft401() throws Exception {
		for (String kop : List.of("Bearer hld_" + "x".repeat(43), "Bearer geen-helder-token", "Bearer ",
				"bearer hld_" + "A".repeat(300))) {
			mvc.perform(get("/api/v1/mij").header("Authorization", kop))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	private record NieuwToken(UUID id, String waarde) {
	}

	private NieuwToken maakToken(String gebruikersnaam, String naam, int dagen) throws Exception {
		MvcResult antwoord = mvc
			.perform(post("/api/v1/mij/tokens").header("Authorization", bearer(gebruikersnaam))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("naam", naam, "geldigDagen", dagen))))
			.andExpect(status().isCreated())
			.andReturn();
		JsonNode token = json.readTree(antwoord.getResponse().getContentAsString());
		assertThat(token.get("naam").asString()).isEqualTo(naam);
		return new NieuwToken(UUID.fromString(token.get("id").asString()), token.get("token").asString());
	}

	private List<String> ongeldig(Map<String, Object> aanvraag) throws Exception {
		MvcResult antwoord = mvc
			.perform(post("/api/v1/mij/tokens").header("Authorization", bearer(EIGENAAR))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(aanvraag)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn();
		JsonNode probleem = json.readTree(antwoord.getResponse().getContentAsString());
		return probleem.get("invalidParams").valueStream().map(v -> v.get("name").asString()).toList();
	}

	private long aantalTokens(String gebruikersnaam) {
		return jdbc.sql("select count(*) from organisaties.api_token where gebruiker_id = ?")
			.param(gebruikers.findByGebruikersnaam(gebruikersnaam).orElseThrow().id())
			.query(Long.class)
			.single();
	}

	private static String sha256(String waarde) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(waarde.getBytes(StandardCharsets.UTF_8)));
	}

}
