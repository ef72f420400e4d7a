// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pulse instrument as read from its data file, in the questionnaire format of ADR 0007 (soort {@code peiling}),
 * with three pulse additions: a licence note, the direction of each subscale (a demand or a resource) and optional
 * subscales.
 */
public record Instrument(String id, String versie, LocalDate geldigVanaf, String titel, String omschrijving,
		String herkomst, String licentie, int minimumGroep, List<Subschaal> subschalen, List<Sectie> secties) {

	/** The question ids with a fixed meaning: the two coarse attributes and the free text. */
	public static final String FUNCTIEGROEP = "functiegroep";

	public static final String GEBRUIKSGROEP = "gebruiksgroep";

	public static final String TOELICHTING = "toelichting";

	public enum Richting {

		/** Higher is more load, such as overload or always-on. */
		EIS,
		/** Higher is better, such as support or autonomy. */
		HULPBRON

	}

	public record Subschaal(String id, String titel, int minimumAntwoorden, Richting richting, boolean optioneel) {
	}

	public record Optie(String code, String label) {
	}

	public record Schaal(int min, int max, String labelMin, String labelMax) {
	}

	/** type is {@code schaal}, {@code enkeleKeuze} (only the two attributes) or {@code langeTekst} (the free text). */
	public record Vraag(String id, String type, String tekst, String hulp, List<Optie> opties, Schaal schaal,
			String subschaal, boolean omgekeerd, int maxLengte) {

		public boolean isSchaal() {
			return "schaal".equals(type);
		}

		public boolean isKeuze() {
			return "enkeleKeuze".equals(type);
		}

		public boolean isTekst() {
			return "langeTekst".equals(type);
		}

		/** The answer as it counts: reverse-scored items count as {@code min + max - answer}. */
		public int telt(int antwoord) {
			return omgekeerd ? schaal.min() + schaal.max() - antwoord : antwoord;
		}

	}

	public record Sectie(String id, String titel, String uitleg, List<Vraag> vragen) {
	}

	public List<Vraag> vragen() {
		return secties.stream().flatMap(s -> s.vragen().stream()).toList();
	}

	public List<Vraag> schaalvragen() {
		return vragen().stream().filter(Vraag::isSchaal).toList();
	}

	public Optional<Vraag> vraag(String id) {
		return vragen().stream().filter(v -> v.id().equals(id)).findFirst();
	}

	public Optional<Subschaal> subschaal(String id) {
		return subschalen.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	/**
	 * The subscale scores of one respondent: the mean of the counted answers, only for subscales with at least their
	 * minimum number of answers; others are absent (not zero), so a skipped block does not pull a mean down.
	 */
	public Map<String, Double> scores(Map<String, Integer> antwoorden) {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (Subschaal subschaal : subschalen) {
			int aantal = 0;
			int som = 0;
			for (Vraag vraag : schaalvragen()) {
				Integer antwoord = antwoorden.get(vraag.id());
				if (subschaal.id().equals(vraag.subschaal()) && antwoord != null) {
					aantal++;
					som += vraag.telt(antwoord);
				}
			}
			if (aantal > 0 && aantal >= subschaal.minimumAntwoorden()) {
				scores.put(subschaal.id(), (double) som / aantal);
			}
		}
		return scores;
	}

}
