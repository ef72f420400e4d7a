// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WachtwoordBeleidTest {

	private static final String NAAM = "jan.jansen@aalstede.nl";

	private final WachtwoordBeleid beleid = new WachtwoordBeleid();

	@Test
	void eenLangeWachtwoordzinIsGoed() {
		assertThat(beleid.controleer("paarse olifant fietst langzaam", NAAM)).isEmpty();
		assertThat(beleid.controleer("Zeven-Zomerse-Zwaluwen!", NAAM)).isEmpty();
	}

	@Test
	void elfTekensIsTeKortTwaalfNiet() {
		assertThat(beleid.controleer("kort-genoeg", NAAM)).containsExactly("wachtwoord.te-kort");
		assertThat(beleid.controleer("kort-genoeg!", NAAM)).isEmpty();
		assertThat(beleid.controleer(null, NAAM)).containsExactly("wachtwoord.te-kort");
	}

	@Test
	void tekensBuitenHetBasisvlakTellenAlsEenTeken() {
		// Eleven characters as a person counts them, but seventeen Java chars: each emoji is a surrogate pair.
		assertThat(beleid.controleer("🦊🦊🦊🦊🦊🦊abcde", NAAM)).containsExactly("wachtwoord.te-kort");
	}

	@Test
	void meerDan128TekensIsTeLang() {
		assertThat(beleid.controleer("paarse olifant ".repeat(9), NAAM)).contains("wachtwoord.te-lang");
	}

	@ParameterizedTest
	@ValueSource(strings = { "welkomwelkom", "Welkom01welkom", "wachtwoord2026!", "WACHTWOORD2026!", "wachtwoord123456",
			"welkomwelkom2026...", "Wachtwoord2026#", "welkomwelkom_2026", "Geheimgeheim-2026*", "Password2026$" })
	void veelgebruikteWachtwoordenOokMetCijfersErachter(String wachtwoord) {
		assertThat(beleid.controleer(wachtwoord, NAAM)).contains("wachtwoord.veelgebruikt");
	}

	@Test
	void deGebruikersnaamOfHaarLokaleDeelMagErNietInZitten() {
		assertThat(beleid.controleer("ik-ben-jan.jansen-van-hier", NAAM)).containsExactly("wachtwoord.bevat-gebruikersnaam");
		assertThat(beleid.controleer("X" + NAAM.toUpperCase() + "X", NAAM)).contains("wachtwoord.bevat-gebruikersnaam");
		assertThat(beleid.controleer("paarse olifant fietst langzaam", "olifant"))
			.containsExactly("wachtwoord.bevat-gebruikersnaam");
	}

	@Test
	void teWeinigVerschillendeTekens() {
		assertThat(beleid.controleer("aaaaaaaaaaaaaaaa", NAAM)).containsExactly("wachtwoord.te-eenvoudig");
		assertThat(beleid.controleer("abcabcabcabcabc", NAAM)).containsExactly("wachtwoord.te-eenvoudig");
		assertThat(beleid.controleer("abcdabcdabcd", NAAM)).doesNotContain("wachtwoord.te-eenvoudig");
	}

}
