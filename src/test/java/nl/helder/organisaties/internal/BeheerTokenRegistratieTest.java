// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HELDER_BEHEER_TOKEN as it is read at start-up: the runner is built with the context's own beans and a value, then
 * initialised by the context so that it gets the same transactional proxy as the real one.
 */
class BeheerTokenRegistratieTest extends HelderIntegratieTest {

	@Autowired
	private Organisaties organisaties;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private AutowireCapableBeanFactory fabriek;

	@Autowired
	private JsonMapper json;

	@Test
	void hetTokenIsVanHetPlatformbeheerEnMaaktGemeentenAan() throws Exception {
		String waarde = nieuweWaarde();
		registreer(waarde);
		mvc.perform(get("/api/v1/mij").header("Authorization", "Bearer " + waarde))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.platformbeheerder").value(true))
			.andExpect(jsonPath("$.organisatieCode").value(PlatformOrganisatie.CODE));
		String code = ongebruikteGemeentecode();

		mvc.perform(post("/api/v1/organisaties").header("Authorization", "Bearer " + waarde)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(
					Map.of("code", code, "naam", "Gemeente Beheertoken " + code, "soort", "gemeente", "inwoners", 23_456))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.grootteklasse").value("klein"));

		assertThat(organisaties.existsByCode(code)).isTrue();
	}

	@Test
	void eenOngeldigeGemeentecodeGeeft400InHetNederlandsEnSchrijftNiets() throws Exception {
		String waarde = nieuweWaarde();
		registreer(waarde);
		long voor = aantalOrganisaties();

		for (String code : new String[] { "GM12", "GM12345", "XX1234", "GM12A4" }) {
			MvcResult antwoord = mvc
				.perform(post("/api/v1/organisaties").header("Authorization", "Bearer " + waarde)
					.contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(
							Map.of("code", code, "naam", "Gemeente Fout", "soort", "gemeente", "inwoners", 1000))))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andReturn();
			JsonNode veld = json.readTree(antwoord.getResponse().getContentAsString()).get("invalidParams").get(0);
			assertThat(veld.get("name").asString()).isEqualTo("code");
			assertThat(veld.get("reason").asString())
				.isEqualTo("Een gemeentecode bestaat uit GM en vier cijfers, bijvoorbeeld GM0363.");
		}

		assertThat(aantalOrganisaties()).isEqualTo(voor);
	}

	@Test
	void eenNieuweWaardeTrektDeVorigeIn() throws Exception {
		String oud = nieuweWaarde();
		String nieuw = nieuweWaarde();
		registreer(oud);

		registreer(nieuw);

		mvc.perform(get("/api/v1/mij").header("Authorization", "Bearer " + oud)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/mij").header("Authorization", "Bearer " + nieuw)).andExpect(status().isOk());
	}

	@Test
	void dezelfdeWaardeBijEenHerstartBlijftWerken() throws Exception {
		String waarde = nieuweWaarde();
		registreer(waarde);

		registreer(waarde);

		mvc.perform(get("/api/v1/mij").header("Authorization", "Bearer " + waarde)).andExpect(status().isOk());
		assertThat(tokens.findByTokenHash(TokenDienst.hash(waarde))).isPresent();
	}

	@Test
	void eenIngetrokkenWaardeWordtNietOpnieuwAanvaard() {
		String oud = nieuweWaarde();
		registreer(oud);
		registreer(nieuweWaarde());

		assertThatThrownBy(() -> registreer(oud)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("HELDER_BEHEER_TOKEN is eerder gebruikt en ingetrokken");
	}

	@Test
	void eenWaardeZonderVoorvoegselOfTeKortHoudtDeStartTegen() {
		for (String waarde : new String[] { "geheim-" + "x".repeat(40), "hld_" + "x".repeat(31), "HLD_" + "x".repeat(40) }) {
			assertThatThrownBy(() -> registreer(waarde)).as(waarde)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("HELDER_BEHEER_TOKEN moet beginnen met 'hld_' en minstens 36 tekens lang zijn")
				.hasMessageContaining("HELDER_BEHEER_TOKEN must start with 'hld_'")
				.hasMessageNotContaining(waarde);
			assertThat(tokens.findByTokenHash(TokenDienst.hash(waarde))).isEmpty();
		}
	}

	private void registreer(String waarde) {
		var registratie = (ApplicationRunner) fabriek.initializeBean(
				new BeheerTokenRegistratie(waarde, organisaties, gebruikers, tokens, tokenDienst),
				"beheerTokenRegistratieVoorTest");
		assertThat(AopUtils.isAopProxy(registratie)).as("met de transactie van de echte bean").isTrue();
		try {
			registratie.run(new DefaultApplicationArguments());
		}
		catch (Exception fout) {
			throw fout instanceof RuntimeException r ? r : new IllegalStateException(fout);
		}
	}

	private long aantalOrganisaties() {
		return jdbc.sql("select count(*) from organisaties.organisatie").query(Long.class).single();
	}

	private String ongebruikteGemeentecode() {
		while (true) {
			String code = "GM%04d".formatted(ThreadLocalRandom.current().nextInt(1000, 9000));
			if (!organisaties.existsByCode(code)) {
				return code;
			}
		}
	}

	/** A value as an operator would make one: the prefix and 40 random characters. */
	private static String nieuweWaarde() {
		var random = ThreadLocalRandom.current();
		var tekens = new StringBuilder("hld_");
		String alfabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
		for (int i = 0; i < 40; i++) {
			tekens.append(alfabet.charAt(random.nextInt(alfabet.length())));
		}
		return tekens.toString();
	}

}
