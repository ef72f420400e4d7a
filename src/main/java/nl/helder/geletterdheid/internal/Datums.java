// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Dates as HR systems write them: 2026-03-15, 15-03-2026 or 15/03/2026; nothing else is guessed. */
final class Datums {

	private static final List<DateTimeFormatter> VORMEN = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private Datums() {
	}

	static Optional<LocalDate> lees(String tekst) {
		if (tekst == null || tekst.isBlank()) {
			return Optional.empty();
		}
		for (DateTimeFormatter vorm : VORMEN) {
			try {
				return Optional.of(LocalDate.parse(tekst.strip(), vorm));
			}
			catch (DateTimeParseException andereVorm) {
				// try the next form
			}
		}
		return Optional.empty();
	}

}
