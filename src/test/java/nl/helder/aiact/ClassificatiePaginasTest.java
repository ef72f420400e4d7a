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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Classifying a toepassing in the wizard: one question per screen, back, "I don't know", remarks, and the result
 * with the requirements and their due dates. Each test classifies a toepassing of its own.
 */
class ClassificatiePaginasTest extends HelderIntegratieTest {

	private static final String AICO = "ai-coordinator@aalstede.demo";

	/**
	 * A municipality that uses a supplier's AI system, already in use, in an Annex III area, with profiling:
	 * high-risk, deployer, with transparency duties. By answer position in the shipped tree.
	 */
	private static final int[] HOOG_RISICO_IN_GEBRUIK = { 0, 4, 0, 0, 1, 0, 1, 2, 0, 1, 0, 0, 1 };

	@Test
	void eenHoogRisicoSysteemInGebruikKrijgtZijnVereistenMetDeDataUitDeWet() throws Exception {
		UUID id = toepassing();
		String overzicht = html(get(pad(id)));
		assertThat(overzicht).contains("Nog niet geclassificeerd", "Classificatie starten",
				"href=\"" + pad(id) + "\" aria-current=\"page\"");

		start(id);
		String eerste = html(get(pad(id) + "/classificatie"));
		assertThat(eerste).contains("Vraag 1", "Gebruikt de toepassing een algoritme", "Aandacht voor algoritmes")
			.doesNotContain("Vorige vraag");

		for (int i = 0; i < HOOG_RISICO_IN_GEBRUIK.length; i++) {
			var stap = antwoord(id, HOOG_RISICO_IN_GEBRUIK[i], i == 1 ? "Leverancier bevestigde dit per mail." : null);
			mvc.perform(stap).andExpect(status().is3xxRedirection());
		}

		String uitkomst = html(get(pad(id)));
		assertThat(uitkomst).contains("Uitkomst", "hoog-risico AI", "gebruiksverantwoordelijke",
				"Leverancier bevestigde dit per mail.", "Opnieuw classificeren")
			// Art. 27 FRIA for a deployer; the system was in use already, so art. 111(2) gives 2 August 2030.
			.contains("aia-27", "2 augustus 2030", "avg-13", "Geldt nu al", "2 februari 2025")
			.doesNotContain("aia-16");
		assertThat(jdbc.sql("select count(*) from audit.gebeurtenis where entiteit_type like '%Classificatie' "
				+ "and entiteit_id = (select id::text from aiact.classificatie where toepassing_id = ?)")
			.param(id)
			.query(Long.class)
			.single()).isGreaterThan(HOOG_RISICO_IN_GEBRUIK.length);
	}

	@Test
	void terugEnIkWeetHetNietBewarenWatErAlIs() throws Exception {
		UUID id = toepassing();
		start(id);
		mvc.perform(antwoord(id, 0, null)).andExpect(status().is3xxRedirection());
		assertThat(html(get(pad(id) + "/classificatie"))).contains("Vraag 2", "Vorige vraag");

		mvc.perform(post(pad(id) + "/classificatie").with(csrf()).with(als(AICO)).param("actie", "terug")
			.param("versie", versie(id)))
			.andExpect(redirectedUrl(pad(id) + "/classificatie"));
		assertThat(html(get(pad(id) + "/classificatie"))).contains("Vraag 1");

		mvc.perform(post(pad(id) + "/classificatie").with(csrf()).with(als(AICO)).param("actie", "weet-niet")
			.param("opmerking", "Navragen bij informatievoorziening")
			.param("versie", versie(id)))
			.andExpect(redirectedUrl(pad(id)))
			.andExpect(flash().attribute("melding", "aiact.classificatie.later-verder"));
		assertThat(html(get(pad(id)))).contains("Er loopt een classificatie", "Navragen bij informatievoorziening",
				"Verder gaan");
		// Resuming shows the note again in the remark field.
		assertThat(html(get(pad(id) + "/classificatie"))).contains(">Navragen bij informatievoorziening</textarea>");
	}

	@Test
	void foutenBlijvenOpDeVraagEnVeranderenNiets() throws Exception {
		UUID id = toepassing();
		start(id);
		String versie = versie(id);
		assertThat(fout(id, null, null, versie)).contains("Kies een antwoord.", "aria-describedby=\"uitleg-vraag fout-antwoord\"");
		assertThat(fout(id, "7", null, versie)).contains("Kies een antwoord.");
		assertThat(fout(id, "nul", null, versie)).contains("Kies een antwoord.");
		assertThat(fout(id, "0", "x".repeat(2001), versie)).contains("hoogstens 2000 tekens", "aria-invalid=\"true\"");
		assertThat(versie(id)).isEqualTo(versie);
		assertThat(jdbc.sql("select jsonb_array_length(antwoorden) from aiact.classificatie where toepassing_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();

		// An answer from a window that was open before a colleague answered: refused, nothing lost.
		mvc.perform(antwoord(id, 0, null)).andExpect(status().is3xxRedirection());
		mvc.perform(post(pad(id) + "/classificatie").with(csrf()).with(als(AICO)).param("antwoord", "1")
			.param("versie", versie))
			.andExpect(flash().attribute("melding", "aiact.classificatie.conflict"));
		assertThat(jdbc.sql("select antwoorden->0->>'antwoord' from aiact.classificatie where toepassing_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Ja");
	}

	@Test
	void iedereenZietDeUitkomstAlleenDeAicoClassificeert() throws Exception {
		UUID id = toepassing();
		mvc.perform(get(pad(id)).with(als("medewerker@aalstede.demo"))).andExpect(status().isOk());
		mvc.perform(post(pad(id) + "/classificatie/start").with(csrf()).with(als("medewerker@aalstede.demo")))
			.andExpect(status().isForbidden());
		assertThat(mvc.perform(get(pad(id)).with(als("medewerker@aalstede.demo")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Classificatie starten");
		mvc.perform(get(pad(id)).with(als("beheerder@beekdal.demo"))).andExpect(status().isNotFound());
		mvc.perform(get(pad(UUID.randomUUID())).with(als(AICO))).andExpect(status().isNotFound());
		mvc.perform(post(pad(UUID.randomUUID()) + "/classificatie/start").with(csrf()).with(als(AICO)))
			.andExpect(status().isNotFound());
		assertThat(html(get("/toepassingen/" + id))).contains("href=\"" + pad(id) + "\"", ">AI-verordening<");
	}

	private String fout(UUID id, String antwoord, String opmerking, String versie) throws Exception {
		MockHttpServletRequestBuilder verzoek = post(pad(id) + "/classificatie").with(csrf()).with(als(AICO))
			.param("versie", versie);
		if (antwoord != null) {
			verzoek.param("antwoord", antwoord);
		}
		if (opmerking != null) {
			verzoek.param("opmerking", opmerking);
		}
		return mvc.perform(verzoek).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder antwoord(UUID id, int index, String opmerking) throws Exception {
		MockHttpServletRequestBuilder verzoek = post(pad(id) + "/classificatie").with(csrf()).with(als(AICO))
			.param("antwoord", String.valueOf(index))
			.param("versie", versie(id));
		return opmerking == null ? verzoek : verzoek.param("opmerking", opmerking);
	}

	private void start(UUID id) throws Exception {
		mvc.perform(post(pad(id) + "/classificatie/start").with(csrf()).with(als(AICO)))
			.andExpect(redirectedUrl(pad(id) + "/classificatie"));
	}

	private String versie(UUID id) {
		return String.valueOf(jdbc.sql("select versie from aiact.classificatie where toepassing_id = ? "
				+ "order by gestart_op desc limit 1").param(id).query(Long.class).single());
	}

	private UUID toepassing() throws Exception {
		String adres = mvc
			.perform(post("/toepassingen/nieuw").with(csrf())
				.with(als(AICO))
				.param("name", "Te classificeren " + UUID.randomUUID().toString().substring(0, 6)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(adres.substring(adres.lastIndexOf('/') + 1));
	}

	private String html(MockHttpServletRequestBuilder verzoek) throws Exception {
		return mvc.perform(verzoek.with(als(AICO)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String pad(UUID id) {
		return "/toepassingen/" + id + "/ai-verordening";
	}

}
