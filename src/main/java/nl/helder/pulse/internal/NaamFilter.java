// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Screens a free-text answer for things that can point at a person: a name of one of the organisation's users, an
 * e-mail address, a phone number, or a title followed by a capitalised word ("meneer Jansen"). A text that matches
 * is kept out of every report; erring on the side of hiding is the point.
 */
public final class NaamFilter {

	/** Parts of Dutch names that are also ordinary words; on their own they point at nobody. */
	private static final Set<String> GEEN_NAAM = Set.of("van", "de", "der", "den", "het", "ter", "ten", "te", "in",
			"op", "la", "le", "du", "da", "di", "el", "al", "en", "of");

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+");

	private static final Pattern TELEFOON = Pattern.compile("(\\+?\\d[\\s-]?){9,}");

	private static final Pattern AANSPREKING = Pattern.compile(
			"\\b(meneer|mevrouw|dhr|mw|mevr|collega|teamleider|manager|leidinggevende|directeur)\\.?\\s+\\p{Lu}\\p{L}+",
			Pattern.UNICODE_CASE);

	private final Set<String> woorden = new HashSet<>();

	public NaamFilter(Collection<String> namen) {
		for (String naam : namen) {
			if (naam == null) {
				continue;
			}
			for (String deel : gewoon(naam).split("[^\\p{L}'-]+")) {
				if (deel.length() >= 3 && !GEEN_NAAM.contains(deel)) {
					woorden.add(deel);
				}
			}
		}
	}

	public boolean wijstNaarIemand(String tekst) {
		if (tekst == null || tekst.isBlank()) {
			return false;
		}
		if (EMAIL.matcher(tekst).find() || TELEFOON.matcher(tekst).find() || AANSPREKING.matcher(tekst).find()) {
			return true;
		}
		for (String woord : gewoon(tekst).split("[^\\p{L}'-]+")) {
			if (woorden.contains(woord)) {
				return true;
			}
		}
		return false;
	}

	/** Lower case without accents, so "José" and "jose" match. */
	private static String gewoon(String tekst) {
		return Normalizer.normalize(tekst, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
