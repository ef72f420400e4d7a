// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

/**
 * One step of an evaluation: the question the caller believes is reached, and the answer by its text or by its
 * 0-based position (exactly one of the two).
 */
public record Keuze(String vraagId, String antwoord, Integer antwoordIndex) {

	public static Keuze opIndex(String vraagId, int antwoordIndex) {
		return new Keuze(vraagId, null, antwoordIndex);
	}

	public static Keuze opTekst(String vraagId, String antwoord) {
		return new Keuze(vraagId, antwoord, null);
	}

}
