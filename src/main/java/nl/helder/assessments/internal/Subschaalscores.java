// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.helder.assessments.internal.Vragenlijst.Subschaal;
import nl.helder.assessments.internal.Vragenlijst.Vraag;

/**
 * The scores of one respondent on the subscales of a scored survey (the pulse will use this): the mean of the
 * answered items, a reverse-scored item counted as {@code min + max - answer}, and no score at all when fewer items
 * than the subscale's minimum were answered, so a half-empty form never passes for a low score.
 */
public final class Subschaalscores {

	private Subschaalscores() {
	}

	public static Map<String, Double> bereken(Vragenlijst lijst, Map<String, Object> antwoorden) {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (Subschaal subschaal : lijst.subschalen()) {
			double som = 0;
			int aantal = 0;
			for (Vraag vraag : lijst.vragen()) {
				if (subschaal.id().equals(vraag.subschaal()) && antwoorden.get(vraag.id()) instanceof Number getal) {
					int waarde = getal.intValue();
					som += vraag.omgekeerd() ? vraag.schaal().min() + vraag.schaal().max() - waarde : waarde;
					aantal++;
				}
			}
			scores.put(subschaal.id(), aantal >= subschaal.minimumAntwoorden() ? som / aantal : null);
		}
		return scores;
	}

}
