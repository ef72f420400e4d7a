// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;

/** Login with user name and password over real HTTP, as a browser does it. */
class LokaalInloggenTest extends HelderIntegratieTest {

	private static final String WACHTWOORD = "paarse olifant fietst langzaam";

	private static final String ALGEMENE_MELDING = "De gebruikersnaam of het wachtwoord klopt niet.";

	@Test
	void juistWachtwoordLogtInInEenNieuweSessie() {
		Gebruiker gebruiker = nieuweGebruiker(Rol.MEDEWERKER, WACHTWOORD);
		var browser = new Browser();
		HttpResponse<String> inlogpagina = browser.get(basisUrl() + "/inloggen");
		String sessieVoor = browser.koekje("JSESSIONID").orElseThrow(() -> new AssertionError("geen sessie voor CSRF"));

		HttpResponse<String> antwoord = browser.post(basisUrl() + "/inloggen", Map.of("gebruikersnaam",
				gebruiker.gebruikersnaam(), "wachtwoord", WACHTWOORD, "_csrf", Browser.csrf(inlogpagina)));

		assertThat(antwoord.statusCode()).isEqualTo(302);
		assertThat(Browser.doel(antwoord)).isEqualTo(basisUrl() + "/");
		String sessieNa = browser.koekje("JSESSIONID").orElseThrow();
		assertThat(sessieNa).as("sessie-id wisselt bij inloggen (session fixation)").isNotEqualTo(sessieVoor);
		assertThat(browser.get(basisUrl() + "/").body()).contains("Welkom, " + gebruiker.naam());
		HttpResponse<String> metOudeSessie = Browser.getMetSessie(basisUrl() + "/", sessieVoor);
		assertThat(metOudeSessie.statusCode()).isEqualTo(302);
		assertThat(Browser.doel(metOudeSessie)).isEqualTo(basisUrl() + "/inloggen");
	}

	@Test
	void inloggenZonderCsrfTokenWordtGeweigerd() {
		Gebruiker gebruiker = nieuweGebruiker(Rol.MEDEWERKER, WACHTWOORD);
		var browser = new Browser();
		browser.get(basisUrl() + "/inloggen");

		HttpResponse<String> antwoord = browser.post(basisUrl() + "/inloggen",
				Map.of("gebruikersnaam", gebruiker.gebruikersnaam(), "wachtwoord", WACHTWOORD));

		assertThat(antwoord.statusCode()).isEqualTo(403);
		HttpResponse<String> start = browser.get(basisUrl() + "/");
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(Browser.doel(start)).isEqualTo(basisUrl() + "/inloggen");
	}

	@Test
	void hetSessiekoekjeIsHttpOnlyEnSameSiteLax() {
		Gebruiker gebruiker = nieuweGebruiker(Rol.MEDEWERKER, WACHTWOORD);
		var browser = new Browser();
		HttpResponse<String> inlogpagina = browser.get(basisUrl() + "/inloggen");
		HttpResponse<String> ingelogd = browser.post(basisUrl() + "/inloggen", Map.of("gebruikersnaam",
				gebruiker.gebruikersnaam(), "wachtwoord", WACHTWOORD, "_csrf", Browser.csrf(inlogpagina)));

		for (HttpResponse<String> antwoord : List.of(inlogpagina, ingelogd)) {
			List<String> sessiekoekjes = Browser.zetKoekjes(antwoord)
				.stream()
				.filter(k -> k.startsWith("JSESSIONID="))
				.toList();
			assertThat(sessiekoekjes).as("Set-Cookie op %s", antwoord.uri()).hasSize(1);
			assertThat(sessiekoekjes.get(0)).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
		}
	}

	@Test
	void naVijfFouteWachtwoordenWerktOokHetJuisteNietEnVerraadtNietsOverHetAccount() {
		Gebruiker gebruiker = nieuweGebruiker(Rol.MEDEWERKER, WACHTWOORD);
		var browser = new Browser();
		Poging eerste = probeer(browser, gebruiker.gebruikersnaam(), "verkeerd wachtwoord nummer 0");
		for (int i = 1; i < 5; i++) {
			probeer(browser, gebruiker.gebruikersnaam(), "verkeerd wachtwoord nummer " + i);
		}

		Poging geblokkeerd = probeer(browser, gebruiker.gebruikersnaam(), WACHTWOORD);
		Poging onbekend = probeer(new Browser(), "onbekend-" + achtervoegsel() + "@aalstede.demo", WACHTWOORD);

		assertThat(geblokkeerd.pagina()).contains(ALGEMENE_MELDING);
		assertThat(geblokkeerd).as("geblokkeerd account met het juiste wachtwoord").isEqualTo(onbekend);
		assertThat(eerste).as("gewoon een fout wachtwoord").isEqualTo(onbekend);
		assertThat(browser.get(basisUrl() + "/").statusCode()).as("niet ingelogd").isEqualTo(302);
		Instant tot = jdbc.sql("select geblokkeerd_tot from organisaties.inlogpogingen where gebruikersnaam = ?")
			.param(gebruiker.gebruikersnaam())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		assertThat(tot).isAfter(Instant.now());
	}

	/** What a person sees after one login attempt: the status, where it leads, and that page's text. */
	private record Poging(int status, String doel, String pagina) {
	}

	private Poging probeer(Browser browser, String naam, String wachtwoord) {
		String csrf = Browser.csrf(browser.get(basisUrl() + "/inloggen"));
		HttpResponse<String> antwoord = browser.post(basisUrl() + "/inloggen",
				Map.of("gebruikersnaam", naam, "wachtwoord", wachtwoord, "_csrf", csrf));
		String doel = Browser.doel(antwoord);
		String pagina = browser.get(doel).body().replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "name=\"_csrf\"");
		return new Poging(antwoord.statusCode(), doel, pagina);
	}

	private static String achtervoegsel() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

}
