// SPDX-License-Identifier: EUPL-1.2
package nl.helder.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks a rule. The API answers 400 problem+json with one entry per field in {@code invalidParams};
 * forms show the messages beside the fields. Messages are Dutch sentences or message keys.
 */
public class OngeldigeInvoer extends RuntimeException {

	private final List<Veldfout> fouten;

	public OngeldigeInvoer(List<Veldfout> fouten) {
		super(fouten.isEmpty() ? "Ongeldige invoer" : fouten.get(0).melding());
		this.fouten = List.copyOf(fouten);
	}

	public OngeldigeInvoer(String veld, String melding) {
		this(List.of(new Veldfout(veld, melding)));
	}

	public List<Veldfout> fouten() {
		return fouten;
	}

	/** The messages grouped by field, in order, for a form. */
	public Map<String, List<String>> perVeld() {
		Map<String, List<String>> perVeld = new LinkedHashMap<>();
		fouten.forEach(f -> perVeld.computeIfAbsent(f.veld(), v -> new ArrayList<>()).add(f.melding()));
		return perVeld;
	}

	/** One broken rule: the field (its API name) and a Dutch explanation of what to fix. */
	public record Veldfout(String veld, String melding) {
	}

}
