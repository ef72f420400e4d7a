// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.helder.assessments.internal.Reviewschema.Herinnering;
import nl.helder.assessments.internal.Reviewschema.Stand;
import nl.helder.organisaties.Organisatiegids;
import nl.helder.platform.Post;
import nl.helder.register.Registergids;
import nl.helder.shared.Rol;

/**
 * Mails reminders for reviews that are due soon, due today or overdue, and escalates to the AI coordinators when a
 * review stays overdue. Run by the scheduler; safe to run on several nodes at once and again after a restart: a row
 * in assessments.reviewherinnering per review and stage is claimed in the same transaction as the sending, so only
 * the node that claims it sends, and a failed send gives the claim back for the next run.
 */
@Component
public class ReviewHerinneringen {

	private static final Logger LOG = LoggerFactory.getLogger(ReviewHerinneringen.class);

	private static final Locale NEDERLANDS = Locale.forLanguageTag("nl");

	private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS);

	private final ReviewDienst reviews;

	private final Organisatiegids organisaties;

	private final Registergids register;

	private final Post postbode;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactie;

	private final MessageSource berichten;

	private final Clock klok;

	private final String basisUrl;

	public ReviewHerinneringen(ReviewDienst reviews, Organisatiegids organisaties, Registergids register,
			Post postbode, JdbcClient jdbc,
			TransactionTemplate transactie, MessageSource berichten, Clock klok,
			@Value("${helder.basis-url:http://localhost:8080}") String basisUrl) {
		this.reviews = reviews;
		this.organisaties = organisaties;
		this.register = register;
		this.postbode = postbode;
		this.jdbc = jdbc;
		this.transactie = transactie;
		this.berichten = berichten;
		this.klok = klok;
		this.basisUrl = basisUrl.endsWith("/") ? basisUrl.substring(0, basisUrl.length() - 1) : basisUrl;
	}

	/** One run: returns how many reminders were sent. */
	public int verstuur() {
		if (!postbode.staatAan()) {
			return 0;
		}
		ReviewInstellingen instellingen = reviews.instellingen();
		LocalDate vandaag = reviews.vandaag();
		int verstuurd = 0;
		for (var organisatie : reviews.alleStanden().entrySet()) {
			for (Stand stand : organisatie.getValue()) {
				var herinnering = Reviewschema.herinnering(stand.volgende(), vandaag, instellingen);
				if (herinnering.isPresent()) {
					try {
						if (stuur(organisatie.getKey(), stand, herinnering.get(), instellingen)) {
							verstuurd++;
						}
					}
					catch (RuntimeException fout) {
						// One failing message must not stop the others; the claim was rolled back, so it is retried.
						LOG.warn("Reviewherinnering voor toepassing {} niet verstuurd: {}", stand.toepassingId(),
								fout.getMessage());
					}
				}
			}
		}
		if (verstuurd > 0) {
			LOG.info("{} reviewherinnering(en) verstuurd", verstuurd);
		}
		return verstuurd;
	}

	private boolean stuur(String organisatieCode, Stand stand, Herinnering herinnering, ReviewInstellingen instellingen) {
		List<String> aan = ontvangers(organisatieCode, stand, herinnering, instellingen);
		if (aan.isEmpty()) {
			LOG.warn("Reviewherinnering voor toepassing {} van {}: niemand met de rol om te mailen", stand.toepassingId(),
					organisatieCode);
			return false;
		}
		Boolean verstuurd = transactie.execute(status -> {
			int geclaimd = jdbc.sql("""
					insert into assessments.reviewherinnering
					    (toepassing_id, vervaldatum, fase, organisatie_code, verstuurd, ontvangers)
					values (:toepassing, :vervaldatum, :fase, :organisatie, :nu, :ontvangers)
					on conflict do nothing""")
				.param("toepassing", stand.toepassingId())
				.param("vervaldatum", stand.volgende())
				.param("fase", herinnering.name())
				.param("organisatie", organisatieCode)
				.param("nu", java.sql.Timestamp.from(klok.instant()))
				.param("ontvangers", aan.size())
				.update();
			if (geclaimd == 0) {
				return false;
			}
			postbode.verstuur(aan, onderwerp(stand, herinnering), tekst(stand, herinnering));
			return true;
		});
		return Boolean.TRUE.equals(verstuurd);
	}

	/**
	 * Reminders go to the toepassing's owner when the register names an active user (by e-mail address or exact name)
	 * and to the reminder roles (or, if nobody holds one, the escalation roles); escalation also to those roles.
	 */
	private List<String> ontvangers(String organisatieCode, Stand stand, Herinnering herinnering,
			ReviewInstellingen instellingen) {
		Set<Rol> rollen = EnumSet.noneOf(Rol.class);
		rollen.addAll(instellingen.herinneringsrollen());
		if (herinnering == Herinnering.ESCALATIE) {
			rollen.addAll(instellingen.escalatierollen());
		}
		List<String> perRol = organisaties.emailadressen(organisatieCode, rollen);
		Set<String> aan = new LinkedHashSet<>();
		eigenaar(organisatieCode, stand).ifPresent(aan::add);
		aan.addAll(perRol.isEmpty() ? organisaties.emailadressen(organisatieCode, instellingen.escalatierollen()) : perRol);
		return List.copyOf(aan);
	}

	private Optional<String> eigenaar(String organisatieCode, Stand stand) {
		return register.eigenaar(organisatieCode, stand.toepassingId())
			.flatMap(eigenaar -> organisaties.gebruikers(organisatieCode)
				.stream()
				.filter(g -> g.email() != null && !g.email().isBlank())
				.filter(g -> eigenaar.equalsIgnoreCase(g.email().strip()) || eigenaar.equalsIgnoreCase(g.naam()))
				.map(g -> g.email().strip())
				.findFirst());
	}

	String onderwerp(Stand stand, Herinnering herinnering) {
		return tekst("review.mail.onderwerp." + herinnering.name(), stand.naam(), DATUM.format(stand.volgende()),
				stand.dagenTeLaat());
	}

	String tekst(Stand stand, Herinnering herinnering) {
		String link = basisUrl + "/toepassingen/" + stand.toepassingId() + "/beoordelingen";
		return tekst("review.mail.tekst." + herinnering.name(), stand.naam(), DATUM.format(stand.volgende()),
				stand.dagenTeLaat(), link);
	}

	private String tekst(String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, NEDERLANDS);
	}

}
