// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A message for a person: a key in messages.properties with its arguments, so the same finding reads in Dutch or
 * English. An argument may itself be a Melding (a condition's parse error inside "question X, answer Y: ...").
 */
public record Melding(String sleutel, List<Object> argumenten) {

	public Melding {
		argumenten = List.copyOf(argumenten);
	}

	public static Melding van(String sleutel, Object... argumenten) {
		return new Melding(sleutel, Arrays.asList(argumenten));
	}

	public String tekst(MessageSource berichten, Locale taal) {
		Object[] waarden = argumenten.stream()
			.map(a -> a instanceof Melding m ? m.tekst(berichten, taal) : a)
			.toArray();
		return berichten.getMessage(sleutel, waarden, sleutel, taal);
	}

}
