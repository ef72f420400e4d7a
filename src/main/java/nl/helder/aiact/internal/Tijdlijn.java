// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One version of the legal timeline: on which date which part of the AI Act starts to apply. Versions differ when the
 * law changes (the Digital Omnibus moved the high-risk dates); the platform administrator chooses the one in force.
 */
@JsonIgnoreProperties("_uitleg")
public record Tijdlijn(String id, String versie, String naam, LocalDate geldigVanaf, String bron,
		List<Mijlpaal> mijlpalen) {

	public Tijdlijn {
		mijlpalen = mijlpalen == null ? List.of() : List.copyOf(mijlpalen);
	}

	public Optional<Mijlpaal> mijlpaal(String sleutel) {
		return mijlpalen.stream().filter(m -> m.sleutel().equals(sleutel)).findFirst();
	}

	/** A date on which a part of the law starts to apply, and the article that says so. */
	public record Mijlpaal(String sleutel, LocalDate datum, String titel, String grondslag) {
	}

}
