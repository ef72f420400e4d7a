// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.io.DefaultResourceLoader;

import nl.helder.aiact.Boomformaat;
import nl.helder.aiact.OngeldigeBeslisboom;

/**
 * The decision tree Helder ships, read from the classpath and checked like an upload. A broken shipped tree is a
 * build mistake that must never reach a user, so it stops the application with every finding in the message.
 */
public final class StandaardBoom {

	public static final String BESTAND = "classpath:data/aiact/beslishulp-1.0.0.json";

	private static final Locale NEDERLANDS = Locale.forLanguageTag("nl");

	private StandaardBoom() {
	}

	/** @param bestand a Spring resource location, {@code classpath:} by default */
	public static BeslisboomLezer.Gelezen laad(String bestand, MessageSource berichten) {
		String tekst;
		try (InputStream in = new DefaultResourceLoader().getResource(bestand).getInputStream()) {
			tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException fout) {
			throw new UncheckedIOException("De meegeleverde beslisboom " + bestand + " is niet te lezen", fout);
		}
		try {
			return BeslisboomLezer.lees(tekst, bestand.endsWith(".yaml") || bestand.endsWith(".yml") ? Boomformaat.YAML : Boomformaat.JSON);
		}
		catch (OngeldigeBeslisboom fout) {
			throw new IllegalStateException("De meegeleverde beslisboom " + bestand + " klopt niet; Helder start niet.\n"
					+ fout.meldingen().stream().map(m -> "- " + m.tekst(berichten, NEDERLANDS))
						.collect(Collectors.joining("\n")), fout);
		}
	}

}
