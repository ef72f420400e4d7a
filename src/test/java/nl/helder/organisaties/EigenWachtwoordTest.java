// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Changing one's own password on the profile page. */
class EigenWachtwoordTest extends HelderIntegratieTest {

	private static final String HUIDIG = "blauwe reiger vist geduldig";

	private static final String NIEUW = "rode vos sluipt door de wei";

	@Autowired
	private PasswordEncoder wachtwoorden;

	@Test
	void eenFoutHuidigWachtwoordGeeftEenVeldfoutEnWijzigtNiets() throws Exception {
		Gebruiker gebruiker = nieuweGebruiker(Rol.MEDEWERKER, HUIDIG);
		String hashVoor = hash(gebruiker);

		mvc.perform(post("/profiel/wachtwoord").with(als(gebruiker.gebruikersnaam()))
			.with(csrf())
			.param("huidigWachtwoord", "niet mijn wachtwoord")
			.param("nieuwWachtwoord", NIEUW))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fout-huidigWachtwoord\"")))
			.andExpect(content().string(containsString("Uw huidige wachtwoord klopt niet.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"fout-nieuwWachtwoord\""))));

		assertThat(hash(gebruiker)).isEqualTo(hashVoor);
		assertThat(wachtwoorden.matches(HUIDIG, hash(gebruiker))).isTrue();
	}

	@Test
	void eenNieuwWachtwoordDatHetBeleidBreektWordtGeweigerd() throws Exception {
		Gebruiker gebruiker = nieuweGebruiker(Rol.MEDEWERKER, HUIDIG);
		String hashVoor = hash(gebruiker);

		mvc.perform(post("/profiel/wachtwoord").with(als(gebruiker.gebruikersnaam()))
			.with(csrf())
			.param("huidigWachtwoord", HUIDIG)
			.param("nieuwWachtwoord", "Wachtwoord2026!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fout-nieuwWachtwoord\"")))
			.andExpect(content().string(containsString("Dit wachtwoord wordt veel gebruikt")));

		assertThat(hash(gebruiker)).isEqualTo(hashVoor);
	}

	@Test
	void metHetJuisteHuidigeWachtwoordWordtHetNieuweGebruikt() throws Exception {
		Gebruiker gebruiker = nieuweGebruiker(Rol.MEDEWERKER, HUIDIG);

		mvc.perform(post("/profiel/wachtwoord").with(als(gebruiker.gebruikersnaam()))
			.with(csrf())
			.param("huidigWachtwoord", HUIDIG)
			.param("nieuwWachtwoord", NIEUW)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/profiel"));

		assertThat(wachtwoorden.matches(NIEUW, hash(gebruiker))).isTrue();
		assertThat(wachtwoorden.matches(HUIDIG, hash(gebruiker))).isFalse();
	}

	private String hash(Gebruiker gebruiker) {
		return jdbc.sql("select wachtwoord_hash from organisaties.gebruiker where id = ?")
			.param(gebruiker.id())
			.query(String.class)
			.single();
	}

}
