// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apostrophes in message texts: Spring runs a text through MessageFormat only when it has arguments. Then a single
 * quote disappears and must be written twice; without arguments a doubled quote would show up on the page.
 */
class BerichtenOpmaakTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[^}]*}");

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_en.properties" })
	void apostroffenPassenBijDeOpmaak(String bundel) throws IOException {
		Properties berichten = new Properties();
		try (var lezer = new InputStreamReader(getClass().getResourceAsStream("/" + bundel), StandardCharsets.UTF_8)) {
			berichten.load(lezer);
		}
		List<String> fout = new ArrayList<>();
		berichten.forEach((sleutel, waarde) -> {
			String tekst = (String) waarde;
			boolean metArgumenten = ARGUMENT.matcher(tekst).find();
			if (!metArgumenten && tekst.contains("''")) {
				fout.add(sleutel + ": dubbele apostrof zonder argumenten");
			}
			if (metArgumenten && tekst.replace("''", "").contains("'")) {
				fout.add(sleutel + ": enkele apostrof met argumenten (MessageFormat haalt hem weg)");
			}
		});
		assertThat(fout).isEmpty();
	}

}
