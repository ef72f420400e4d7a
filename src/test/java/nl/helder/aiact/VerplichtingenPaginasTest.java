// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The requirements as work: status and evidence per requirement, the overview, and switching the legal timeline. */
class VerplichtingenPaginasTest extends HelderIntegratieTest {

	private static final String AICO = "ai-coordinator@aalstede.demo";

	private static final String FG = "privacy-officer@aalstede.demo";

	private static final String PLATFORM = "platform@helder.demo";

	/** A deployer of a high-risk system in an Annex III area; in use (index 0 at question 1.3) or not (1). */
	private static int[] hoogRisico(boolean inGebruik) {
		return new int[] { 0, 4, inGebruik ? 0 : 1, 0, 1, 0, 1, 2, 0, 1, 0, 0, 1 };
	}

	@Test
	void eenVereisteBijhoudenMetStatusToelichtingEnBewijs() throws Exception {
		UUID id = geclassificeerd(true);
		String taak = html(get(taak(id, "aia-27")), AICO);
		assertThat(taak).contains("Beoordeel de gevolgen voor grondrechten", "2 augustus 2030", "Artikel 111, lid 2",
				"Nog niet begonnen");

		// "Does not apply" needs a reason; a link must be a web address. Nothing is stored on a refusal.
		assertThat(fout(id, "aia-27", "NIET_VAN_TOEPASSING", "", "")).contains("Schrijf op waarom");
		assertThat(fout(id, "aia-27", "AFGEROND", "", "javascript:alert(1)")).contains("begint met https://");
		assertThat(fout(id, "aia-27", "AFGEROND", "", "")).contains("Zet een link naar het bewijs");
		assertThat(fout(id, "aia-27", "VERZONNEN", "", "")).contains("Kies een status.");
		assertThat(fout(id, "aia-27", "BEZIG", "x".repeat(2001), "")).contains("hoogstens 2000 tekens");
		assertThat(aantalTaken(id)).isZero();

		mvc.perform(post(taak(id, "aia-27")).with(csrf()).with(als(AICO)).param("status", "BEZIG")
			.param("toelichting", "FRIA gestart met de leverancier.")
			.param("bewijs", "https://dms.aalstede.example/fria-42", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "aiact.taak.opgeslagen"));
		assertThat(html(get("/toepassingen/" + id + "/ai-verordening"), AICO)).contains("Bezig");
		assertThat(html(get(taak(id, "aia-27")), AICO)).contains("FRIA gestart met de leverancier.",
				"value=\"https://dms.aalstede.example/fria-42\"");
		assertThat(jdbc.sql("select count(*) from audit.gebeurtenis where entiteit_type like '%Taak' and na::text like ?")
			.param("%fria-42%")
			.query(Long.class)
			.single()).isEqualTo(1);

		// A window that was opened before that save: its version is old, so nothing is overwritten.
		String conflict = mvc.perform(post(taak(id, "aia-27")).with(csrf()).with(als(AICO)).param("status", "OPEN")
			.param("versie", "-1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(conflict).contains("Een collega heeft deze vereiste intussen bijgewerkt");
		assertThat(jdbc.sql("select status from aiact.taak where toepassing_id = ? and vereiste_code = 'aia-27'")
			.param(id).query(String.class).single()).isEqualTo("BEZIG");
	}

	@Test
	void deVereisteVoorEenDpiaToontDeDpiaVanDeToepassing() throws Exception {
		UUID id = geclassificeerd(true);
		assertThat(html(get(taak(id, "avg-13")), AICO)).contains("Er is nog geen beoordeling voor deze vereiste")
			.doesNotContain("/beoordelingen/");
		// A requirement without a questionnaire of its own shows no such section.
		assertThat(html(get(taak(id, "grw-02")), AICO)).doesNotContain("Beoordelingen voor deze vereiste");

		mvc.perform(post("/toepassingen/" + id + "/beoordelingen").with(csrf()).with(als(AICO)).param("vragenlijst", "dpia"))
			.andExpect(status().is3xxRedirection());
		UUID dpia = jdbc.sql("select id from assessments.beoordeling where toepassing_id = ? and vragenlijst_id = 'dpia'")
			.param(id).query(UUID.class).single();
		String taak = html(get(taak(id, "avg-13")), AICO);
		assertThat(taak).contains("/toepassingen/" + id + "/beoordelingen/" + dpia, "(versie 1: Te doen)")
			.doesNotContain("Er is nog geen beoordeling voor deze vereiste");
		// The FRIA requirement does not list the DPIA.
		assertThat(html(get(taak(id, "aia-27")), AICO)).doesNotContain("/beoordelingen/" + dpia);
	}

	@Test
	void wieEenVereisteMagBijwerkenHangtAfVanDeVerantwoordelijkeRol() throws Exception {
		UUID id = geclassificeerd(true);
		// The privacy officer owns the GDPR requirements, not the FRIA.
		mvc.perform(post(taak(id, "avg-13")).with(csrf()).with(als(FG)).param("status", "BEZIG"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(taak(id, "aia-27")).with(csrf()).with(als(FG)).param("status", "BEZIG"))
			.andExpect(status().isForbidden());
		assertThat(html(get(taak(id, "aia-27")), FG)).doesNotContain("name=\"status\"").contains("kan worden bijgewerkt door");
		mvc.perform(post(taak(id, "aia-27")).with(csrf()).with(als("medewerker@aalstede.demo")).param("status", "BEZIG"))
			.andExpect(status().isForbidden());
		mvc.perform(get(taak(id, "aia-16")).with(als(AICO))).andExpect(status().isNotFound());
		mvc.perform(get(taak(id, "aia-27")).with(als("beheerder@beekdal.demo"))).andExpect(status().isNotFound());
	}

	@Test
	void hetOverzichtZetAlleVereistenOpVolgordeVanUrgentie() throws Exception {
		UUID id = geclassificeerd(true);
		String naam = jdbc.sql("select naam from register.toepassing where id = ?").param(id).query(String.class).single();
		String alles = html(get("/ai-verordening"), AICO);
		assertThat(alles).contains(naam, "Te laat", "Geldt nu al", "aria-current=\"page\"");
		// AI literacy applied from 2 February 2025: overdue now.
		assertThat(alles.indexOf("Te laat")).isLessThan(alles.indexOf("Geldt nu al"));
		String fg = html(get("/ai-verordening").param("rol", "privacy-officer"), AICO);
		assertThat(fg).contains("Doe een DPIA").doesNotContain("Beoordeel de gevolgen voor grondrechten");
		assertThat(html(get("/ai-verordening"), "beheerder@beekdal.demo")).doesNotContain(naam);
	}

	@Test
	void dePlatformbeheerderZietWatVerschuiftVoordatDeTijdlijnWisselt() throws Exception {
		UUID id = geclassificeerd(false);
		assertThat(html(get(taak(id, "aia-27")), AICO)).contains("2 augustus 2026");
		String voorbeeld = html(get("/platform/ai-verordening").param("versie", "2026.1"), PLATFORM);
		assertThat(voorbeeld).contains("AI-verordening na de Digitale Omnibus", "aia-27", "2 augustus 2026",
				"2 december 2027", "Laat AI-verordening na de Digitale Omnibus (2026) gelden");
		assertThat(html(get(taak(id, "aia-27")), AICO)).as("a preview changes nothing").contains("2 augustus 2026");
		try {
			mvc.perform(post("/platform/ai-verordening/tijdlijn").with(csrf()).with(als(PLATFORM)).param("versie", "2026.1"))
				.andExpect(flash().attribute("melding", "aiact.tijdlijn.gekozen"));
			assertThat(html(get(taak(id, "aia-27")), AICO)).contains("2 december 2027");
			assertThat(jdbc.sql("select count(*) from audit.gebeurtenis where entiteit_type like '%Instelling'")
				.query(Long.class)
				.single()).isPositive();
		}
		finally {
			mvc.perform(post("/platform/ai-verordening/tijdlijn").with(csrf()).with(als(PLATFORM)).param("versie", "2024.1"));
		}
		assertThat(html(get(taak(id, "aia-27")), AICO)).contains("2 augustus 2026");
		mvc.perform(post("/platform/ai-verordening/tijdlijn").with(csrf()).with(als(AICO)).param("versie", "2026.1"))
			.andExpect(status().isForbidden());
	}

	private String fout(UUID id, String code, String status, String toelichting, String link) throws Exception {
		return mvc.perform(post(taak(id, code)).with(csrf()).with(als(AICO)).param("status", status)
			.param("toelichting", toelichting)
			.param("bewijs", link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long aantalTaken(UUID id) {
		return jdbc.sql("select count(*) from aiact.taak where toepassing_id = ?").param(id).query(Long.class).single();
	}

	private UUID geclassificeerd(boolean inGebruik) throws Exception {
		UUID id = nieuweToepassing("Vereisten " + UUID.randomUUID().toString().substring(0, 6));
		String pad = "/toepassingen/" + id + "/ai-verordening/classificatie";
		mvc.perform(post(pad + "/start").with(csrf()).with(als(AICO))).andExpect(status().is3xxRedirection());
		for (int antwoord : hoogRisico(inGebruik)) {
			mvc.perform(post(pad).with(csrf()).with(als(AICO)).param("antwoord", String.valueOf(antwoord)))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select conclusie_id from aiact.classificatie where toepassing_id = ?").param(id)
			.query(String.class).single()).isNotNull();
		return id;
	}

	private String html(MockHttpServletRequestBuilder verzoek, String gebruiker) throws Exception {
		return mvc.perform(verzoek.with(als(gebruiker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String taak(UUID id, String code) {
		return "/toepassingen/" + id + "/ai-verordening/taken/" + code;
	}

}
