// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.helder.HelderIntegratieTest;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lock-out after failed logins, with the time given explicitly instead of waited for. The counts live in the
 * database, so these run against the shared test database, each on a name of its own.
 */
class InlogBlokkadeTest extends HelderIntegratieTest {

	private static final String WACHTWOORD = "groene kikker springt hoog";

	private static final Instant BEGIN = Instant.parse("2030-03-04T09:00:00Z");

	@Autowired
	private InlogPogingen pogingen;

	@Autowired
	private PasswordEncoder wachtwoorden;

	@Test
	void vijfMisluktePogingenBlokkerenVijftienMinuten() {
		String naam = "blokkade-" + achtervoegsel() + "@test";
		for (int i = 0; i < 4; i++) {
			pogingen.mislukt(naam, BEGIN.plusSeconds(i));
		}
		assertThat(pogingen.geblokkeerdTot(naam, BEGIN.plusSeconds(5))).as("na vier pogingen").isEmpty();

		pogingen.mislukt(naam, BEGIN.plusSeconds(4));

		Instant tot = BEGIN.plusSeconds(4).plus(Duration.ofMinutes(15));
		assertThat(pogingen.geblokkeerdTot(naam, BEGIN.plusSeconds(5))).contains(tot);
		assertThat(pogingen.geblokkeerdTot(naam, tot.minusMillis(1))).contains(tot);
		assertThat(pogingen.geblokkeerdTot(naam, tot)).as("precies op het eind is de blokkade voorbij").isEmpty();
		assertThat(pogingen.geblokkeerdTot(naam, tot.plusSeconds(60))).isEmpty();
	}

	@Test
	void naAfloopBegintHetTellenOpnieuw() {
		String naam = "opnieuw-" + achtervoegsel() + "@test";
		for (int i = 0; i < 5; i++) {
			pogingen.mislukt(naam, BEGIN);
		}
		Instant later = BEGIN.plus(Duration.ofMinutes(16));

		pogingen.mislukt(naam, later);

		assertThat(pogingen.geblokkeerdTot(naam, later.plusSeconds(1)))
			.as("één fout na de blokkade is geen nieuwe blokkade")
			.isEmpty();
	}

	@Test
	void eenGeslaagdeLoginZetDeTellingTerug() {
		String naam = "teller-" + achtervoegsel() + "@test";
		for (int i = 0; i < 4; i++) {
			pogingen.mislukt(naam, BEGIN);
		}
		pogingen.gelukt(naam);

		pogingen.mislukt(naam, BEGIN.plusSeconds(1));

		assertThat(pogingen.geblokkeerdTot(naam, BEGIN.plusSeconds(2))).isEmpty();
	}

	@Test
	void hetJuisteWachtwoordWerktWeerZodraDeBlokkadeVoorbijIs() {
		Gebruiker gebruiker = nieuweGebruiker(Rol.MEDEWERKER, WACHTWOORD);
		var klok = new VerstelbareKlok(BEGIN);
		var authenticatie = new LokaleAuthenticatie(gebruikers, wachtwoorden, pogingen, organisatieDienst, klok);
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> authenticatie.authenticate(poging(gebruiker, "fout wachtwoord nummer x")))
				.isInstanceOf(BadCredentialsException.class);
		}

		klok.zet(BEGIN.plus(Duration.ofMinutes(14)));
		assertThatThrownBy(() -> authenticatie.authenticate(poging(gebruiker, WACHTWOORD)))
			.isInstanceOf(LockedException.class);

		klok.zet(BEGIN.plus(Duration.ofMinutes(15)).plusSeconds(1));
		Authentication ingelogd = authenticatie.authenticate(poging(gebruiker, WACHTWOORD));

		assertThat(ingelogd.isAuthenticated()).isTrue();
		assertThat(((HelderPrincipal) ingelogd.getPrincipal()).gebruikerId()).isEqualTo(gebruiker.id());
		assertThat(ingelogd.getCredentials()).as("het wachtwoord blijft niet in het geheugen hangen").isNull();
	}

	@Test
	void eenOnbekendeNaamWordtNetZoGeteldEnGeblokkeerd() {
		String naam = "bestaat-niet-" + achtervoegsel() + "@test";
		var authenticatie = new LokaleAuthenticatie(gebruikers, wachtwoorden, pogingen, organisatieDienst,
				new VerstelbareKlok(BEGIN));
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> authenticatie
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(naam, WACHTWOORD)))
				.isInstanceOf(BadCredentialsException.class);
		}

		assertThatThrownBy(
				() -> authenticatie.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(naam, WACHTWOORD)))
			.isInstanceOf(LockedException.class);
	}

	private static Authentication poging(Gebruiker gebruiker, String wachtwoord) {
		// Upper case and spaces: the name is normalised, so this counts for the same account.
		return UsernamePasswordAuthenticationToken.unauthenticated(" " + gebruiker.gebruikersnaam().toUpperCase() + " ",
				wachtwoord);
	}

	private static String achtervoegsel() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

	/** A clock the test moves by hand. */
	private static final class VerstelbareKlok extends Clock {

		private volatile Instant nu;

		VerstelbareKlok(Instant nu) {
			this.nu = nu;
		}

		void zet(Instant moment) {
			this.nu = moment;
		}

		@Override
		public Instant instant() {
			return nu;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
