// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A requirement as the evaluator reads it: everyone for whom all conditions hold needs a training of this level, by
 * {@code uiterlijk}, or within {@code binnenDagen} days of starting; with both, whichever is later, so a newcomer
 * gets time.
 */
public record Regel(UUID id, String naam, Niveau niveau, List<Voorwaarde> voorwaarden, LocalDate uiterlijk,
		Integer binnenDagen) {

	public Regel {
		voorwaarden = List.copyOf(voorwaarden);
	}

	/** The due date for an employee who started on {@code inDienst} (may be unknown); null when none can be set. */
	public LocalDate deadline(LocalDate inDienst) {
		LocalDate naStart = binnenDagen == null || inDienst == null ? null : inDienst.plusDays(binnenDagen);
		if (uiterlijk == null) {
			return naStart;
		}
		return naStart == null || naStart.isBefore(uiterlijk) ? uiterlijk : naStart;
	}

}
