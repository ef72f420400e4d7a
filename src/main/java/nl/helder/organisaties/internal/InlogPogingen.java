// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per user name. After {@code maximum} failures in a row the name is blocked for
 * {@code blokkade}; a success resets the count. Works the same for names that do not exist.
 */
@Component
class InlogPogingen {

	private final JdbcClient jdbc;

	private final Instellingen instellingen;

	InlogPogingen(JdbcClient jdbc, Instellingen instellingen) {
		this.jdbc = jdbc;
		this.instellingen = instellingen;
	}

	@ConfigurationProperties("helder.inloggen")
	record Instellingen(Integer maximumPogingen, Duration blokkade) {
		Instellingen {
			maximumPogingen = maximumPogingen == null ? 5 : maximumPogingen;
			blokkade = blokkade == null ? Duration.ofMinutes(15) : blokkade;
		}
	}

	Optional<Instant> geblokkeerdTot(String gebruikersnaam, Instant nu) {
		return jdbc.sql("select geblokkeerd_tot from organisaties.inlogpogingen where gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(nu::isBefore);
	}

	/** Runs in its own transaction, so the count is kept even though the login itself fails. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void mislukt(String gebruikersnaam, Instant nu) {
		jdbc.sql("""
				insert into organisaties.inlogpogingen (gebruikersnaam, mislukte_pogingen, laatste_poging)
				values (:naam, 1, :nu)
				on conflict (gebruikersnaam) do update
				   set mislukte_pogingen = organisaties.inlogpogingen.mislukte_pogingen + 1, laatste_poging = :nu
				""").param("naam", gebruikersnaam).param("nu", Timestamp.from(nu)).update();
		jdbc.sql("""
				update organisaties.inlogpogingen
				   set geblokkeerd_tot = :tot, mislukte_pogingen = 0
				 where gebruikersnaam = :naam and mislukte_pogingen >= :maximum
				""")
			.param("naam", gebruikersnaam)
			.param("tot", Timestamp.from(nu.plus(instellingen.blokkade())))
			.param("maximum", instellingen.maximumPogingen())
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void gelukt(String gebruikersnaam) {
		jdbc.sql("delete from organisaties.inlogpogingen where gebruikersnaam = ?").param(gebruikersnaam).update();
	}

}
