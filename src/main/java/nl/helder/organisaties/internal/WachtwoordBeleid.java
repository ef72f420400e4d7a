// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after the NCSC's advice: length over complexity (at least 12 characters, long passphrases
 * allowed), no well-known or leaked passwords, nothing derived from the user name, and no forced periodic change.
 * Composition rules ("one capital, one digit") are deliberately absent: they lead to predictable passwords.
 */
@Component
public class WachtwoordBeleid {

	public static final int MINIMALE_LENGTE = 12;

	public static final int MAXIMALE_LENGTE = 128;

	private final Set<String> veelGebruikt;

	WachtwoordBeleid() {
		this.veelGebruikt = lees("data/wachtwoorden/veelgebruikt.txt");
	}

	/** Message keys for every rule the password breaks; empty when it is acceptable. */
	public List<String> controleer(String wachtwoord, String gebruikersnaam) {
		List<String> fouten = new ArrayList<>();
		if (wachtwoord == null || wachtwoord.codePointCount(0, wachtwoord.length()) < MINIMALE_LENGTE) {
			fouten.add("wachtwoord.te-kort");
			return fouten;
		}
		if (wachtwoord.length() > MAXIMALE_LENGTE) {
			fouten.add("wachtwoord.te-lang");
		}
		String klein = wachtwoord.toLowerCase(Locale.ROOT);
		// Any run of digits and ASCII punctuation at the end ("2026#", "_2026", "-2026*"), not only "!?.": those
		// suffixes are what people add to satisfy a rule, and they make a listed password no harder to guess.
		if (veelGebruikt.contains(klein) || veelGebruikt.contains(klein.replaceAll("[0-9\\p{Punct}]+$", ""))) {
			fouten.add("wachtwoord.veelgebruikt");
		}
		if (klein.chars().distinct().count() < 4) {
			fouten.add("wachtwoord.te-eenvoudig");
		}
		if (gebruikersnaam != null && !gebruikersnaam.isBlank()) {
			String naam = gebruikersnaam.toLowerCase(Locale.ROOT);
			String lokaal = naam.contains("@") ? naam.substring(0, naam.indexOf('@')) : naam;
			if (klein.contains(naam) || lokaal.length() >= 4 && klein.contains(lokaal)) {
				fouten.add("wachtwoord.bevat-gebruikersnaam");
			}
		}
		return fouten;
	}

	private static Set<String> lees(String pad) {
		Set<String> regels = new HashSet<>();
		try (var lezer = new BufferedReader(
				new InputStreamReader(new ClassPathResource(pad).getInputStream(), StandardCharsets.UTF_8))) {
			lezer.lines()
				.map(String::strip)
				.filter(r -> !r.isEmpty() && !r.startsWith("#"))
				.map(r -> r.toLowerCase(Locale.ROOT))
				.forEach(regels::add);
		}
		catch (IOException fout) {
			throw new UncheckedIOException(fout);
		}
		return Set.copyOf(regels);
	}

}
