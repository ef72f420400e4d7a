// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.helder.assessments.internal.Prescanuitkomst.Advies;

/**
 * The pre-scan's rules as shipped, for a few combinations of answers. The expected outcomes are written from the
 * rule texts in the definition (and the scores in its calculations), not computed by the engine: "one item on the
 * AP list makes a DPIA required", "exactly one EDPB item advises it", "high-risk AI requires a FRIA".
 */
class PrescanRegelsTest {

	private static Vragenlijst prescan;

	@BeforeAll
	static void lees() throws Exception {
		try (InputStream in = PrescanRegelsTest.class.getResourceAsStream("/data/assessments/vragenlijsten/prescan-1.0.json")) {
			prescan = VragenlijstLezer.lees("prescan-1.0.json", in);
		}
	}

	@Test
	void geenAlgoritmeEnGeenPersoonsgegevensVraagtNiets() {
		assertThat(uitkomst(Map.of("persoonsgegevens", "nee", "algoritme", "nee", "nieuwe_regels", "nee",
				"betrokkenen", List.of("inwoners")))).isEmpty();
	}

	@Test
	void eenVerwerkingVanDeApLijstMaaktEenDpiaVerplicht() {
		assertThat(uitkomst(Map.of("persoonsgegevens", "ja", "ap_lijst", List.of("profilering"), "algoritme", "nee")))
			.containsExactly(new Verwacht("dpia", Niveau.VERPLICHT));
	}

	@Test
	void preciesEenEdpbKenmerkRaadtEenDpiaAanTweeMakenHemVerplicht() {
		assertThat(uitkomst(Map.of("persoonsgegevens", "ja", "edpb_lijst", List.of("koppelen"))))
			.containsExactly(new Verwacht("dpia", Niveau.AANGERADEN));
		assertThat(uitkomst(Map.of("persoonsgegevens", "ja", "edpb_lijst", List.of("koppelen", "scoren"))))
			.containsExactly(new Verwacht("dpia", Niveau.VERPLICHT));
	}

	@Test
	void nieuweRegelgevingMetPersoonsgegevensMaaktEenDpiaVerplicht() {
		assertThat(uitkomst(Map.of("persoonsgegevens", "ja", "nieuwe_regels", "ja")))
			.containsExactly(new Verwacht("dpia", Niveau.VERPLICHT));
		assertThat(uitkomst(Map.of("persoonsgegevens", "nee", "nieuwe_regels", "ja"))).isEmpty();
	}

	/**
	 * Children (3) and vulnerable people (3) weigh 6: 2 points; 10,000 people or more: 1; monthly use: 1; kept for
	 * years: 1. That is 5, more than 4. Without the retention point it is 4: not more than 4, so no DPIA.
	 */
	@Test
	void meerDanVierRisicopuntenMaaktEenDpiaVerplicht() {
		Map<String, Object> antwoorden = new LinkedHashMap<>(Map.of("persoonsgegevens", "ja", "betrokkenen",
				List.of("kinderen", "kwetsbare_groepen"), "omvang", "ja", "frequentie", "maandelijks", "bewaartermijn", "jaren"));
		assertThat(uitkomst(antwoorden)).containsExactly(new Verwacht("dpia", Niveau.VERPLICHT));
		antwoorden.put("bewaartermijn", "week");
		assertThat(uitkomst(antwoorden)).isEmpty();
	}

	@Test
	void puntenVanVerborgenVragenTellenNiet() {
		// Without personal data the retention and scale questions are hidden; their answers do not score.
		assertThat(uitkomst(Map.of("persoonsgegevens", "nee", "betrokkenen", List.of("kinderen", "kwetsbare_groepen"),
				"omvang", "ja", "frequentie", "continu", "bewaartermijn", "jaren", "digitale_dienst", "ja"))).isEmpty();
	}

	@Test
	void hoogRisicoAiVraagtFriaEnEthischeCheckEnRaadtIamaAan() {
		List<Advies> adviezen = Prescanuitkomst.bepaal(prescan,
				Map.of("persoonsgegevens", "nee", "algoritme", "ja", "ai_systeem", "ja", "hoog_risico", "ja"));
		assertThat(adviezen.stream().map(a -> new Verwacht(a.instrument(), a.niveau())).toList()).containsExactlyInAnyOrder(
				new Verwacht("fria", Niveau.VERPLICHT), new Verwacht("iama", Niveau.AANGERADEN),
				new Verwacht("ethiek", Niveau.VERPLICHT));
		Advies ethiek = adviezen.stream().filter(a -> a.instrument().equals("ethiek")).findFirst().orElseThrow();
		// Only the reasons of the level that decides; "always advised for an algorithm" is outweighed.
		assertThat(ethiek.redenen()).singleElement().asString().contains("gevolgen voor mensen");
		Advies fria = adviezen.stream().filter(a -> a.instrument().equals("fria")).findFirst().orElseThrow();
		assertThat(fria.redenen()).singleElement().asString().contains("Artikel 27");
	}

	@Test
	void eenGewoonAlgoritmeZonderGevolgenRaadtAlleenDeEthischeCheckAan() {
		assertThat(uitkomst(Map.of("persoonsgegevens", "nee", "algoritme", "ja", "ai_systeem", "nee", "hoog_risico", "nee",
				"impactvol", "nee"))).containsExactly(new Verwacht("ethiek", Niveau.AANGERADEN));
	}

	@Test
	void eenImpactvolAlgoritmeRaadtIamaAanEnVraagtDeEthischeCheck() {
		assertThat(uitkomst(Map.of("persoonsgegevens", "nee", "algoritme", "ja", "hoog_risico", "nee", "impactvol", "ja")))
			.containsExactlyInAnyOrder(new Verwacht("iama", Niveau.AANGERADEN), new Verwacht("ethiek", Niveau.VERPLICHT));
	}

	record Verwacht(String instrument, Niveau niveau) {
	}

	private static List<Verwacht> uitkomst(Map<String, Object> antwoorden) {
		return Prescanuitkomst.bepaal(prescan, antwoorden).stream().map(a -> new Verwacht(a.instrument(), a.niveau())).toList();
	}

}
