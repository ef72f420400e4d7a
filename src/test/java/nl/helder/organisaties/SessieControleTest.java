// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;

/** A running session follows what the beheerder changes: blocked means out, fewer roles means fewer rights. */
class SessieControleTest extends HelderIntegratieTest {

	private static final String WACHTWOORD = "groene kikker springt hoog";

	@Test
	void eenGeblokkeerdeGebruikerIsDirectUitgelogd() {
		Gebruiker gebruiker = nieuweGebruiker(Rol.BEHEERDER, WACHTWOORD);
		Browser browser = ingelogd(gebruiker);
		assertThat(browser.get(basisUrl() + "/beheer/gebruikers").statusCode()).isEqualTo(200);

		gebruikerDienst.wijzig(AALSTEDE, gebruiker.id(), new GebruikerDienst.Gegevens(gebruiker.naam(), null,
				Set.of(Rol.BEHEERDER), null, false), null, null);

		HttpResponse<String> daarna = browser.get(basisUrl() + "/beheer/gebruikers");
		assertThat(daarna.statusCode()).isEqualTo(302);
		assertThat(Browser.doel(daarna)).isEqualTo(basisUrl() + "/inloggen");
	}

	@Test
	void eenAfgenomenRolGeldtDirectInDeLopendeSessie() {
		Gebruiker gebruiker = nieuweGebruiker(Rol.BEHEERDER, WACHTWOORD);
		Browser browser = ingelogd(gebruiker);
		assertThat(browser.get(basisUrl() + "/beheer/gebruikers").statusCode()).isEqualTo(200);

		gebruikerDienst.wijzig(AALSTEDE, gebruiker.id(), new GebruikerDienst.Gegevens(gebruiker.naam(), null,
				Set.of(Rol.MEDEWERKER), null, true), null, null);

		assertThat(browser.get(basisUrl() + "/beheer/gebruikers").statusCode()).isEqualTo(403);
		assertThat(browser.get(basisUrl() + "/").body()).contains("Welkom, " + gebruiker.naam())
			.doesNotContain("voeg de medewerkers van uw organisatie toe");
	}

	private Browser ingelogd(Gebruiker gebruiker) {
		var browser = new Browser();
		String csrf = Browser.csrf(browser.get(basisUrl() + "/inloggen"));
		HttpResponse<String> antwoord = browser.post(basisUrl() + "/inloggen",
				Map.of("gebruikersnaam", gebruiker.gebruikersnaam(), "wachtwoord", WACHTWOORD, "_csrf", csrf));
		assertThat(Browser.doel(antwoord)).isEqualTo(basisUrl() + "/");
		return browser;
	}

}
