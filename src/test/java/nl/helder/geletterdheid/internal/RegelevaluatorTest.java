// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.helder.geletterdheid.internal.Regelevaluator.Feitenset;

import static org.assertj.core.api.Assertions.assertThat;

class RegelevaluatorTest {

	private static Regel regel(Voorwaarde... voorwaarden) {
		return new Regel(UUID.randomUUID(), "r", Niveau.BASIS, List.of(voorwaarden), LocalDate.of(2026, 1, 1), null);
	}

	@Test
	void zonderVoorwaardenGeldtVoorIedereen() {
		assertThat(Regelevaluator.geldt(regel(), List.of(new Feitenset(Map.of())))).isTrue();
	}

	@Test
	void waardenZonderOnderscheidInHoofdletters() {
		var set = new Feitenset(Map.of("functiegroep", Set.of("Leidinggevende")));
		assertThat(Regelevaluator.geldt(regel(new Voorwaarde("functiegroep", " leidinggevende ")), List.of(set))).isTrue();
		assertThat(Regelevaluator.geldt(regel(new Voorwaarde("functiegroep", "beleid")), List.of(set))).isFalse();
		assertThat(Regelevaluator.geldt(regel(new Voorwaarde("onbekend", "x")), List.of(set))).isFalse();
	}

	@Test
	void alleVoorwaardenInEenEnDezelfdeSet() {
		var toezichtLaag = new Feitenset(Map.of("toepassingsrol", Set.of("toezichthouder"), "hoog-risico", Set.of("nee")));
		var gebruikHoog = new Feitenset(Map.of("toepassingsrol", Set.of("gebruiker"), "hoog-risico", Set.of("ja")));
		Regel r = regel(new Voorwaarde("toepassingsrol", "toezichthouder"), new Voorwaarde("hoog-risico", "ja"));
		assertThat(Regelevaluator.geldt(r, List.of(toezichtLaag, gebruikHoog))).isFalse();
	}

	@Test
	void deadlineIsDeLaatsteVanDatumEnStartPlusDagen() {
		Regel beide = new Regel(null, "r", Niveau.BASIS, List.of(), LocalDate.of(2026, 3, 1), 30);
		assertThat(beide.deadline(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(beide.deadline(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 3, 17));
		assertThat(beide.deadline(null)).isEqualTo(LocalDate.of(2026, 3, 1));
		Regel alleenDagen = new Regel(null, "r", Niveau.BASIS, List.of(), null, 30);
		assertThat(alleenDagen.deadline(null)).isNull();
	}

	/** Against a plain restatement of the rule on several hundred seeded random cases. */
	@Test
	void willekeurigeGevallen() {
		Random toeval = new Random(20260411L);
		String[] feiten = { "functiegroep", "team", "toepassingsrol", "hoog-risico" };
		String[] waarden = { "a", "b", "c" };
		for (int geval = 0; geval < 500; geval++) {
			List<Feitenset> sets = new ArrayList<>();
			for (int s = 0, n = toeval.nextInt(3) + 1; s < n; s++) {
				Map<String, Set<String>> f = new java.util.HashMap<>();
				for (String feit : feiten) {
					if (toeval.nextBoolean()) {
						f.put(feit, Set.of(waarden[toeval.nextInt(3)]));
					}
				}
				sets.add(new Feitenset(f));
			}
			List<Voorwaarde> vw = new ArrayList<>();
			for (int v = 0, n = toeval.nextInt(3); v < n; v++) {
				vw.add(new Voorwaarde(feiten[toeval.nextInt(4)], waarden[toeval.nextInt(3)]));
			}
			boolean verwacht = sets.stream()
				.anyMatch(set -> vw.stream()
					.allMatch(v -> set.feiten().getOrDefault(v.feit(), Set.of()).contains(v.waarde())));
			assertThat(Regelevaluator.geldt(regel(vw.toArray(Voorwaarde[]::new)), sets)).as("geval %d", geval)
				.isEqualTo(verwacht);
		}
	}

}
