// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A newer version of the decision tree: Helder lists the toepassingen classified on the older one, re-runs their
 * answers and shows whether the conclusion stays, changes or needs answering again; the new result can be taken over.
 */
class HerberekeningTest extends HelderIntegratieTest {

	private static final String AICO = "ai-coordinator@aalstede.demo";

	@Test
	void eenNieuweVersieVanDeBoomLaatZienWatErVerandert() throws Exception {
		UUID id = geclassificeerd();
		String conclusie = jdbc.sql("select conclusie_id from aiact.classificatie where toepassing_id = ?").param(id)
			.query(String.class).single();
		// The same tree under a newer version: the same conclusion, which can be taken over.
		String gelijk = volgendeVersie();
		upload(standaardboom().replace("\"versie\": \"1.0.0\"", "\"versie\": \"" + gelijk + "\""));
		String overzicht = html(get("/ai-verordening"));
		assertThat(overzicht).contains("Er is een nieuwe versie van de beslishulp", "1.0.0 → " + gelijk,
				"Blijft " + conclusie, "/ai-verordening/herberekening/" + id);

		// A version in which the answer to question 1.3 is worded differently: the answers no longer fit.
		String anders = volgendeVersie();
		upload(standaardboom().replace("\"versie\": \"1.0.0\"", "\"versie\": \"" + anders + "\"")
			.replace("Ja, de toepassing is in gebruik", "Ja, ze wordt al gebruikt"));
		assertThat(html(get("/ai-verordening"))).contains("1.0.0 → " + anders, "Opnieuw invullen nodig vanaf vraag 1.3");
		mvc.perform(post("/ai-verordening/herberekening/" + id).with(csrf()).with(als(AICO)))
			.andExpect(flash().attribute("melding", "aiact.herberekening.opnieuw-nodig"));
		assertThat(aantal(id)).isEqualTo(1);

		// Only the AICO and the AI coordinator decide; a colleague sees the list without the buttons.
		mvc.perform(post("/ai-verordening/herberekening/" + id).with(csrf()).with(als("medewerker@aalstede.demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void deNieuweUitkomstOvernemenMaaktEenNieuweClassificatie() throws Exception {
		UUID id = geclassificeerd();
		String nieuwste = volgendeVersie();
		upload(standaardboom().replace("\"versie\": \"1.0.0\"", "\"versie\": \"" + nieuwste + "\""));
		mvc.perform(post("/ai-verordening/herberekening/" + id).with(csrf()).with(als(AICO)))
			.andExpect(status().is3xxRedirection());
		assertThat(aantal(id)).isEqualTo(2);
		assertThat(jdbc.sql("select boom_versie from aiact.classificatie where toepassing_id = ? order by gestart_op desc limit 1")
			.param(id).query(String.class).single()).isEqualTo(nieuwste);
		assertThat(jdbc.sql("""
				select (select antwoorden->1->>'opmerking' from aiact.classificatie where toepassing_id = ? order by gestart_op desc limit 1)
				""").param(id).query(String.class).single()).isEqualTo("Navraag bij de leverancier");
		assertThat(html(get("/ai-verordening"))).doesNotContain("/ai-verordening/herberekening/" + id);
	}

	private void upload(String boom) throws Exception {
		mvc.perform(post("/api/v1/beslishulp/bomen").header("Authorization", bearer("platform@helder.demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(boom)).andExpect(status().isCreated());
	}

	private static String standaardboom() throws Exception {
		return new ClassPathResource("data/aiact/beslishulp-1.0.0.json").getContentAsString(StandardCharsets.UTF_8);
	}

	private long aantal(UUID id) {
		return jdbc.sql("select count(*) from aiact.classificatie where toepassing_id = ?").param(id).query(Long.class).single();
	}

	private UUID geclassificeerd() throws Exception {
		UUID id = nieuweToepassing("Herberekenen " + UUID.randomUUID().toString().substring(0, 6));
		String pad = "/toepassingen/" + id + "/ai-verordening/classificatie";
		mvc.perform(post(pad + "/start").with(csrf()).with(als(AICO))).andExpect(status().is3xxRedirection());
		int[] antwoorden = { 0, 4, 0, 0, 1, 0, 1, 2, 0, 1, 0, 0, 1 };
		for (int i = 0; i < antwoorden.length; i++) {
			var stap = post(pad).with(csrf()).with(als(AICO)).param("antwoord", String.valueOf(antwoorden[i]));
			mvc.perform(i == 1 ? stap.param("opmerking", "Navraag bij de leverancier") : stap)
				.andExpect(status().is3xxRedirection());
		}
		return id;
	}

	private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder verzoek)
			throws Exception {
		return mvc.perform(verzoek.with(als(AICO))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/**
	 * A version above every tree uploaded so far (tests share one database): the newest version is the one Helder
	 * offers, so each test makes its own the newest.
	 */
	private String volgendeVersie() {
		int hoogste = jdbc.sql("select versie from aiact.beslisboom").query(String.class).list().stream()
			.mapToInt(v -> Integer.parseInt(v.split("\\.")[0].replaceAll("\\D", "0")))
			.max()
			.orElse(1);
		return (Math.max(hoogste, 1) + 1) + ".0." + ThreadLocalRandom.current().nextInt(1000);
	}

}
