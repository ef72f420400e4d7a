// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import nl.helder.HelderIntegratieTest;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The platform administrator sets up a municipality with its first beheerder in one step, or not at all. */
class PlatformInrichtingTest extends HelderIntegratieTest {

	@Test
	void gemeenteEnEersteBeheerderKomenSamen() throws Exception {
		String code = vrijeCode();
		mvc.perform(post("/platform/organisaties").with(als("platform@helder.demo"))
			.with(csrf())
			.param("soort", "GEMEENTE")
			.param("code", code)
			.param("naam", "Gemeente Proefdorp " + code)
			.param("inwoners", "61000")
			.param("beheerderGebruikersnaam", "beheer-" + code.toLowerCase() + "@proefdorp.test")
			.param("beheerderNaam", "Bram Beheer")
			.param("beheerderWachtwoord", "zeven blauwe vogels zingen"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/platform/organisaties"));

		var organisatie = organisatieDienst.vind(code).orElseThrow();
		assertThat(organisatie.grootteklasse()).hasToString("MIDDELGROOT");
		var beheerder = gebruikers.findByGebruikersnaam("beheer-" + code.toLowerCase() + "@proefdorp.test").orElseThrow();
		assertThat(beheerder.organisatieCode()).isEqualTo(code);
		assertThat(beheerder.rollen()).containsExactly(Rol.BEHEERDER);
		assertThat(beheerder.wachtwoordHash()).startsWith("{argon2}");
	}

	@Test
	void eenOngeldigeBeheerderLaatOokDeGemeenteWeg() throws Exception {
		String code = vrijeCode();
		String pagina = mvc.perform(post("/platform/organisaties").with(als("platform@helder.demo"))
			.with(csrf())
			.param("soort", "GEMEENTE")
			.param("code", code)
			.param("naam", "Gemeente Halfweg " + code)
			.param("inwoners", "20000")
			.param("beheerderGebruikersnaam", "beheer-" + code.toLowerCase() + "@halfweg.test")
			.param("beheerderNaam", "Hanna Halfweg")
			.param("beheerderWachtwoord", "kort"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(pagina).contains("href=\"#veld-beheerderWachtwoord\"").contains("minstens 12 tekens");
		assertThat(organisatieDienst.vind(code)).as("alles of niets").isEmpty();
	}

	private String vrijeCode() {
		String code;
		do {
			code = "GM%04d".formatted(ThreadLocalRandom.current().nextInt(3000, 8999));
		}
		while (organisatieDienst.vind(code).isPresent());
		return code;
	}

}
