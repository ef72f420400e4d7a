// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides whether a rule applies to an employee. A rule is data (a list of conditions); the
 * employee is a set of facts, once about the employee alone and once per toepassing they work with. A rule applies
 * when one such set satisfies all its conditions, so "toezichthouder" and "hoog-risico" must hold for the same
 * toepassing. New kinds of facts need a new fact name, not a new branch here.
 */
public final class Regelevaluator {

	private Regelevaluator() {
	}

	/** Facts by name; each may have several values (a team and the departments above it). Not copied: built per call. */
	public record Feitenset(Map<String, Set<String>> feiten) {

		boolean voldoet(Voorwaarde voorwaarde) {
			Set<String> waarden = feiten.get(voorwaarde.feit());
			if (waarden == null) {
				return false;
			}
			// A plain loop without copies: this runs for every employee, rule and toepassing.
			for (String waarde : waarden) {
				if (waarde != null && waarde.equalsIgnoreCase(voorwaarde.waarde())) {
					return true;
				}
			}
			return false;
		}

	}

	public static boolean geldt(Regel regel, List<Feitenset> sets) {
		return sets.stream().anyMatch(set -> regel.voorwaarden().stream().allMatch(set::voldoet));
	}

}
