// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cells of a report may be published: threshold k plus complementary suppression. Pure Java, no Spring, so it
 * can be tested over thousands of random organisations.
 * <p>
 * A report is described as cells with a respondent count and families: a parent cell that is exactly the sum of its
 * children plus a rest that is never published on its own (for example people placed directly in a department). An
 * organisation tree gives one family per department; a cross-cut (function group, tool-use group) gives one family
 * under the organisation. Waves are separate populations: their cells never share a family.
 * <p>
 * Rules, applied until nothing changes (ADR 0012):
 * <ol>
 * <li>a cell with fewer than k respondents is hidden (primary suppression);</li>
 * <li>in a family whose parent is published, the hidden part (hidden children plus the rest) totals 0 or at least k:
 * otherwise the smallest published child is hidden as well. So no hidden child, and no group of hidden children, can
 * be found by subtracting from the parent, unless it holds k or more people;</li>
 * <li>in a family whose parent has k or more respondents but is hidden (because it protects a sibling), the hidden
 * part below it totals at least k: otherwise the parent could be rebuilt from its children, and with it the sibling
 * it protects.</li>
 * </ol>
 * A cell hidden for the second or third rule always holds k or more people. Children are hidden smallest first, so
 * large groups stay visible. The organisation itself is only hidden when it has fewer than k respondents.
 */
public final class Onderdrukking {

	private Onderdrukking() {
	}

	/** A parent that is the sum of its children plus a rest of people who belong to no published child. */
	public record Familie(String ouder, List<String> kinderen, int rest) {

		public Familie {
			kinderen = List.copyOf(kinderen);
			if (rest < 0) {
				throw new IllegalArgumentException("rest < 0");
			}
		}

	}

	/**
	 * The cells that may be published. Cells not in {@code aantallen} do not exist; a count of 0 is a cell without
	 * respondents (hidden, and harmless).
	 */
	public static Set<String> gepubliceerd(Map<String, Integer> aantallen, Collection<Familie> families, int k) {
		if (k < InstrumentLezer.LAAGSTE_K) {
			throw new IllegalArgumentException("k moet minstens " + InstrumentLezer.LAAGSTE_K + " zijn");
		}
		Set<String> verborgen = new HashSet<>();
		aantallen.forEach((cel, aantal) -> {
			if (aantal < k) {
				verborgen.add(cel);
			}
		});
		boolean veranderd = true;
		while (veranderd) {
			veranderd = false;
			for (Familie familie : families) {
				int ouder = aantallen.getOrDefault(familie.ouder(), 0);
				if (ouder < k) {
					continue;
				}
				int verborgenDeel = familie.rest();
				for (String kind : familie.kinderen()) {
					if (verborgen.contains(kind)) {
						verborgenDeel += aantallen.getOrDefault(kind, 0);
					}
				}
				boolean ouderZichtbaar = !verborgen.contains(familie.ouder());
				boolean goed = ouderZichtbaar ? verborgenDeel == 0 || verborgenDeel >= k : verborgenDeel >= k;
				while (!goed) {
					String kleinste = familie.kinderen()
						.stream()
						.filter(kind -> !verborgen.contains(kind) && aantallen.getOrDefault(kind, 0) > 0)
						.min(Comparator.<String>comparingInt(kind -> aantallen.getOrDefault(kind, 0))
							.thenComparing(Comparator.naturalOrder()))
						.orElseThrow(() -> new IllegalStateException(
								"familie " + familie.ouder() + " telt niet op tot haar ouder"));
					verborgen.add(kleinste);
					verborgenDeel += aantallen.get(kleinste);
					veranderd = true;
					goed = verborgenDeel >= k;
				}
			}
		}
		Set<String> zichtbaar = new LinkedHashSet<>(aantallen.keySet());
		zichtbaar.removeAll(verborgen);
		return zichtbaar;
	}

}
