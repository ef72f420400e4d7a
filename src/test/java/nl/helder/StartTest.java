// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StartTest extends HelderIntegratieTest {

	@Test
	void zonderInloggenNaarDeInlogpagina() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inloggen"));
	}

	@Test
	void startpaginaLegtPerRolDeVolgendeStapUit() throws Exception {
		mvc.perform(get("/").with(als("beheerder@aalstede.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Welkom, Demo beheerder")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("voeg de medewerkers van uw organisatie toe")));
	}

	@Test
	void registerrollenKrijgenDeWegNaarHetRegister() throws Exception {
		mvc.perform(get("/").with(als("register-beheerder@aalstede.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/toepassingen\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("maak de beschrijvingen compleet")));
	}

	@Test
	void hetMenuMarkeertDeHuidigePagina() throws Exception {
		String pagina = mvc.perform(get("/beheer/teams").with(als("beheerder@aalstede.demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pagina).containsPattern("href=\"/beheer/teams\" aria-current=\"page\"")
			.doesNotContainPattern("href=\"/beheer/gebruikers\" aria-current");
	}

	@Test
	void apiMetTokenGeeftEigenGegevensEnApiVersie() throws Exception {
		mvc.perform(get("/api/v1/mij").header("Authorization", bearer("hr@aalstede.demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.organisatieCode").value(AALSTEDE))
			.andExpect(jsonPath("$.rollen[0]").value("hr"));
	}

}
