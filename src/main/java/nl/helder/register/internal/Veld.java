// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.List;

/**
 * One field of the publication standard, as described in the catalogue data file: its key in the standard, how to
 * show and check it, and how much it counts for completeness.
 */
public record Veld(String sleutel, String sectie, String label, String type, Integer maxLengte,
		boolean verplichtBijPublicatie, String weergave, List<String> waarden, List<String> aanbevolen,
		List<String> htmlTags, int gewicht, String uitleg, String voorbeeld, List<Veld> onderdelen) {

	public Veld {
		waarden = waarden == null ? List.of() : List.copyOf(waarden);
		aanbevolen = aanbevolen == null ? List.of() : List.copyOf(aanbevolen);
		htmlTags = htmlTags == null ? List.of() : List.copyOf(htmlTags);
		onderdelen = onderdelen == null ? List.of() : List.copyOf(onderdelen);
	}

	public boolean isGroep() {
		return "groep".equals(type);
	}

	public boolean isVast() {
		return "vast".equals(type);
	}

	/** Shown in the public register: never for NOOIT; for ALS_INGEVULD only with a value. */
	public boolean openbaar() {
		return !"NOOIT".equals(weergave);
	}

}
