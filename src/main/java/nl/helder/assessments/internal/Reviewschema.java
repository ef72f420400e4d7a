// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import nl.helder.register.InterneGegevens.Levensfase;

/**
 * When a toepassing's next review is due and what that means today. Pure rules, so they are tested without a
 * database; the days per phase come from {@link ReviewInstellingen}, not from code.
 */
public final class Reviewschema {

	private Reviewschema() {
	}

	/** How a review stands today, for pages. */
	public enum Status {
		OP_SCHEMA, BINNENKORT, VANDAAG, TE_LAAT
	}

	/** The stages of reminders; each is mailed at most once per review. */
	public enum Herinnering {
		VOORAF, VANDAAG, TE_LAAT, ESCALATIE
	}

	/** How a toepassing's periodic review stands. {@code dagen} is null when no periodic review applies. */
	public record Stand(UUID toepassingId, String naam, Levensfase levensfase, Integer dagen, boolean eigenRitme,
			LocalDate laatste, LocalDate volgende, Status status, long dagenTeLaat) {

		public boolean heeftReview() {
			return dagen != null;
		}

		public boolean isTeLaat() {
			return status == Status.TE_LAAT;
		}

		public boolean isAandacht() {
			return status != null && status != Status.OP_SCHEMA;
		}

	}

	/** The municipality's own cadence wins; otherwise the default of the phase, if the phase has one. */
	public static Integer dagen(Levensfase fase, Integer eigen, ReviewInstellingen instellingen) {
		if (eigen != null) {
			return eigen;
		}
		return fase == null ? null : instellingen.standaardDagen().get(fase);
	}

	/**
	 * The next due date: the last completed review plus the cadence; before the first review, counted from the day
	 * the toepassing was registered.
	 */
	public static LocalDate volgende(LocalDate laatste, LocalDate geregistreerd, Integer dagen) {
		if (dagen == null) {
			return null;
		}
		return (laatste != null ? laatste : geregistreerd).plusDays(dagen);
	}

	public static Status status(LocalDate volgende, LocalDate vandaag, int vooraf) {
		long over = ChronoUnit.DAYS.between(vandaag, volgende);
		if (over < 0) {
			return Status.TE_LAAT;
		}
		if (over == 0) {
			return Status.VANDAAG;
		}
		return over <= vooraf ? Status.BINNENKORT : Status.OP_SCHEMA;
	}

	/** The reminder that belongs to today, if any: the furthest stage reached, so a late start never sends a row. */
	public static Optional<Herinnering> herinnering(LocalDate volgende, LocalDate vandaag, ReviewInstellingen instellingen) {
		if (volgende == null) {
			return Optional.empty();
		}
		long teLaat = ChronoUnit.DAYS.between(volgende, vandaag);
		if (teLaat >= instellingen.escalatieNaDagen()) {
			return Optional.of(Herinnering.ESCALATIE);
		}
		if (teLaat > 0) {
			return Optional.of(Herinnering.TE_LAAT);
		}
		if (teLaat == 0) {
			return Optional.of(Herinnering.VANDAAG);
		}
		return -teLaat <= instellingen.herinnerDagenVooraf() ? Optional.of(Herinnering.VOORAF) : Optional.empty();
	}

	public static Stand stand(UUID toepassingId, String naam, Levensfase fase, Integer eigen, LocalDate laatste,
			LocalDate geregistreerd, LocalDate vandaag, ReviewInstellingen instellingen) {
		Integer dagen = dagen(fase, eigen, instellingen);
		LocalDate volgende = volgende(laatste, geregistreerd, dagen);
		if (volgende == null) {
			return new Stand(toepassingId, naam, fase, null, false, laatste, null, null, 0);
		}
		return new Stand(toepassingId, naam, fase, dagen, eigen != null, laatste, volgende,
				status(volgende, vandaag, instellingen.herinnerDagenVooraf()),
				Math.max(0, ChronoUnit.DAYS.between(volgende, vandaag)));
	}

}
