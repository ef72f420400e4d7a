// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property tests of the suppression engine over random organisation trees, response counts, cross-cuts (filters)
 * and waves, with fixed seeds. Respondents are grouped into atoms (a unit of the tree × function group × tool-use
 * group × wave); every cell is the set of atoms it sums. A hidden cell below k is safe only when no rational
 * combination of published cells equals it, which {@link Afleidbaarheid} decides exactly, independent of the
 * engine's rules.
 */
class OnderdrukkingEigenschapTest {

	private static final int GEVALLEN = 400;

	/** One generated report: cells as atom sets with their counts, and the families the engine is told about. */
	record Geval(int k, int atomen, Map<String, int[]> cellen, Map<String, Integer> aantallen,
			List<Onderdrukking.Familie> families, Map<String, int[]> restgroepen, Map<Integer, Integer> atoomAantallen) {
	}

	@Test
	void geenGepubliceerdeCelOnderKEnGeenVerborgenCelOnderKAfleidbaar() {
		Random toeval = new Random(20261122L);
		int verborgenGetoetst = 0;
		int secundair = 0;
		for (int geval = 0; geval < GEVALLEN; geval++) {
			Geval g = maak(toeval);
			Set<String> zichtbaar = Onderdrukking.gepubliceerd(g.aantallen(), g.families(), g.k());
			controleer(g, zichtbaar, "geval " + geval);
			for (String cel : g.cellen().keySet()) {
				if (!zichtbaar.contains(cel) && g.aantallen().get(cel) > 0 && g.aantallen().get(cel) < g.k()) {
					verborgenGetoetst++;
				}
				if (!zichtbaar.contains(cel) && g.aantallen().get(cel) >= g.k()) {
					secundair++;
				}
			}
		}
		// The generator must produce the hard cases, or the property says little.
		assertThat(verborgenGetoetst).as("verborgen cellen onder k getoetst").isGreaterThan(1000);
		assertThat(secundair).as("cellen secundair verborgen").isGreaterThan(200);
	}

	/** The check itself must be able to fail: with only primary suppression it finds cells derivable by subtraction. */
	@Test
	void deControleVindtAftrekkenAlsAlleenDeDrempelGeldt() {
		Random toeval = new Random(7L);
		int gevonden = 0;
		for (int geval = 0; geval < 100; geval++) {
			Geval g = maak(toeval);
			Set<String> alleenDrempel = new java.util.LinkedHashSet<>();
			g.aantallen().forEach((cel, n) -> {
				if (n >= g.k()) {
					alleenDrempel.add(cel);
				}
			});
			if (!lekken(g, alleenDrempel).isEmpty()) {
				gevonden++;
			}
		}
		assertThat(gevonden).isGreaterThan(20);
	}

	@Test
	void eenKleineOrganisatieToontNiets() {
		Map<String, Integer> aantallen = Map.of("org", 4, "a", 2, "b", 2);
		assertThat(Onderdrukking.gepubliceerd(aantallen, List.of(new Onderdrukking.Familie("org", List.of("a", "b"), 0)), 5))
			.isEmpty();
	}

	@Test
	void eenVerborgenTeamNeemtHetKleinsteZusjeMee() {
		Map<String, Integer> aantallen = new LinkedHashMap<>(Map.of("org", 30, "a", 3, "b", 12, "c", 7, "d", 8));
		Set<String> zichtbaar = Onderdrukking.gepubliceerd(aantallen,
				List.of(new Onderdrukking.Familie("org", List.of("a", "b", "c", "d"), 0)), 5);
		assertThat(zichtbaar).containsExactlyInAnyOrder("org", "b", "d");
	}

	@Test
	void kOnderVijfWordtGeweigerd() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> Onderdrukking.gepubliceerd(Map.of("org", 10), List.of(), 4))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static void controleer(Geval g, Set<String> zichtbaar, String naam) {
		for (String cel : zichtbaar) {
			assertThat(g.aantallen().get(cel)).as(naam + ": gepubliceerde cel " + cel).isGreaterThanOrEqualTo(g.k());
		}
		assertThat(lekken(g, zichtbaar)).as(naam + ": afleidbare verborgen cellen onder k").isEmpty();
	}

	/** Hidden cells and rest groups with 1..k-1 respondents that published cells reveal. */
	private static List<String> lekken(Geval g, Set<String> zichtbaar) {
		List<int[]> rijen = zichtbaar.stream().map(c -> g.cellen().get(c)).toList();
		Afleidbaarheid algebra = new Afleidbaarheid(g.atomen(), rijen);
		List<String> lekken = new ArrayList<>();
		BiFunction<String, int[], Void> toets = (naam, vector) -> {
			int n = aantal(g, vector);
			if (n > 0 && n < g.k() && algebra.afleidbaar(vector)) {
				lekken.add(naam + " (" + n + ")");
			}
			return null;
		};
		g.cellen().forEach((cel, vector) -> {
			if (!zichtbaar.contains(cel)) {
				toets.apply(cel, vector);
			}
		});
		g.restgroepen().forEach(toets::apply);
		return lekken;
	}

	private static int aantal(Geval g, int[] vector) {
		return atoomAantallen(g).entrySet().stream().filter(e -> vector[e.getKey()] == 1).mapToInt(Map.Entry::getValue).sum();
	}

	private static Map<Integer, Integer> atoomAantallen(Geval g) {
		return g.atoomAantallen();
	}

	// --- the generator

	private static Geval maak(Random toeval) {
		int k = new int[] { 5, 5, 5, 6, 7, 10 }[toeval.nextInt(6)];
		int golven = 1 + toeval.nextInt(3);
		int functiegroepen = 1 + toeval.nextInt(3);
		int gebruiksgroepen = 1 + toeval.nextInt(3);
		List<int[]> atoomlijst = new ArrayList<>();
		Map<Integer, Integer> atoomAantal = new LinkedHashMap<>();
		Map<String, List<Integer>> cellen = new LinkedHashMap<>();
		Map<String, List<Integer>> restgroepen = new LinkedHashMap<>();
		List<Onderdrukking.Familie> families = new ArrayList<>();
		Knoop boom = boom(toeval, "org", 0);
		for (int golf = 0; golf < golven; golf++) {
			String w = "g" + golf + ":";
			// Small groups dominate, as in real teams, with now and then a large one.
			int[] schaal = { 1, 2, 3, 6 };
			int groot = schaal[toeval.nextInt(schaal.length)];
			List<Integer> alle = new ArrayList<>();
			Map<String, List<Integer>> perEenheid = new LinkedHashMap<>();
			for (Knoop eenheid : boom.eenheden()) {
				List<Integer> atomen = new ArrayList<>();
				for (int f = 0; f < functiegroepen; f++) {
					for (int t = 0; t < gebruiksgroepen; t++) {
						int index = atoomAantal.size();
						int n = toeval.nextInt(10) < 3 ? 0 : toeval.nextInt(1 + groot * 2);
						atoomAantal.put(index, n);
						atoomlijst.add(new int[] { f, t });
						atomen.add(index);
					}
				}
				perEenheid.put(eenheid.naam() + (eenheid.kinderen().isEmpty() ? "" : "#rest"), atomen);
				alle.addAll(atomen);
			}
			boom.vul(w, perEenheid, cellen, restgroepen, families, atoomAantal);
			for (int f = 0; f < functiegroepen; f++) {
				int ff = f;
				cellen.put(w + "fg" + f, alle.stream().filter(a -> atoomlijst.get(a)[0] == ff).toList());
			}
			for (int t = 0; t < gebruiksgroepen; t++) {
				int tt = t;
				cellen.put(w + "tg" + t, alle.stream().filter(a -> atoomlijst.get(a)[1] == tt).toList());
			}
			families.add(new Onderdrukking.Familie(w + "org",
					java.util.stream.IntStream.range(0, functiegroepen).mapToObj(f -> w + "fg" + f).toList(), 0));
			families.add(new Onderdrukking.Familie(w + "org",
					java.util.stream.IntStream.range(0, gebruiksgroepen).mapToObj(t -> w + "tg" + t).toList(), 0));
		}
		int n = atoomAantal.size();
		Map<String, int[]> vectoren = new LinkedHashMap<>();
		Map<String, Integer> aantallen = new LinkedHashMap<>();
		cellen.forEach((cel, atomen) -> {
			vectoren.put(cel, vector(n, atomen));
			aantallen.put(cel, atomen.stream().mapToInt(atoomAantal::get).sum());
		});
		Map<String, int[]> rest = new LinkedHashMap<>();
		restgroepen.forEach((naam, atomen) -> rest.put(naam, vector(n, atomen)));
		return new Geval(k, n, vectoren, aantallen, families, rest, atoomAantal);
	}

	private static int[] vector(int n, Collection<Integer> atomen) {
		int[] v = new int[n];
		atomen.forEach(a -> v[a] = 1);
		return v;
	}

	/** A node of a random organisation tree; inner nodes may have people of their own (a rest). */
	record Knoop(String naam, List<Knoop> kinderen, boolean eigenMensen) {

		List<Knoop> eenheden() {
			List<Knoop> uit = new ArrayList<>();
			if (kinderen.isEmpty() || eigenMensen) {
				uit.add(this);
			}
			kinderen.forEach(k -> uit.addAll(k.eenheden()));
			return uit;
		}

		/** Adds this node's cell (all atoms below it) and its family; returns its atoms. */
		List<Integer> vul(String w, Map<String, List<Integer>> perEenheid, Map<String, List<Integer>> cellen,
				Map<String, List<Integer>> restgroepen, List<Onderdrukking.Familie> families,
				Map<Integer, Integer> atoomAantal) {
			List<Integer> atomen = new ArrayList<>();
			if (kinderen.isEmpty()) {
				atomen.addAll(perEenheid.get(naam));
			}
			else {
				List<Integer> eigen = eigenMensen ? perEenheid.get(naam + "#rest") : List.of();
				atomen.addAll(eigen);
				for (Knoop kind : kinderen) {
					atomen.addAll(kind.vul(w, perEenheid, cellen, restgroepen, families, atoomAantal));
				}
				int rest = eigen.stream().mapToInt(atoomAantal::get).sum();
				if (eigenMensen) {
					restgroepen.put(w + naam + "#rest", eigen);
				}
				families.add(new Onderdrukking.Familie(w + naam, kinderen.stream().map(kk -> w + kk.naam()).toList(), rest));
			}
			cellen.put(w + naam, atomen);
			return atomen;
		}

	}

	private static Knoop boom(Random toeval, String naam, int diepte) {
		int kinderen = diepte == 0 ? 1 + toeval.nextInt(4) : diepte < 3 && toeval.nextInt(3) > 0 ? toeval.nextInt(5) : 0;
		List<Knoop> lijst = new ArrayList<>();
		for (int i = 0; i < kinderen; i++) {
			lijst.add(boom(toeval, naam + "." + i, diepte + 1));
		}
		return new Knoop(naam, lijst, !lijst.isEmpty() && toeval.nextInt(4) == 0);
	}

}
