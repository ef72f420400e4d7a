// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import nl.helder.aiact.internal.BeslisboomLezer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The engine against the official beslishulp. Every path (every answer sequence from the first question to a
 * conclusion) is enumerated independently ({@link ReferentiePaden}: the edges CSV, conditions run by a JavaScript
 * engine); the engine must reach the same conclusion with the same labels, with the official tree loaded (answers by
 * text) and with the tree Helder ships (answers by position). The shipped tree must have the official structure and
 * Helder's own sentences.
 */
class ReferentieboomTest {

	private static final String EIGEN = "/data/aiact/beslishulp-1.0.0.json";

	/** A run this long in common is copying, not two writers saying the same thing. */
	private static final int OVERGENOMEN_RUN = 40;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<ReferentiePaden.Pad> paden;

	private static String referentieTekst;

	private static Beslisboom referentie;

	private static Beslisboom eigen;

	private static String eigenTekst;

	@BeforeAll
	static void laad() throws Exception {
		try (InputStream in = ReferentieboomTest.class.getResourceAsStream(EIGEN)) {
			eigenTekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		eigen = BeslisboomLezer.lees(eigenTekst, Boomformaat.JSON).boom();
		if (ReferentiePaden.beschikbaar()) {
			referentieTekst = Files.readString(ReferentiePaden.BOOM, StandardCharsets.UTF_8);
			referentie = BeslisboomLezer.lees(referentieTekst, Boomformaat.JSON).boom();
			paden = ReferentiePaden.alle();
		}
	}

	@Test
	void deOnafhankelijkeOpsommingDektDeHeleBoom() {
		assumeTrue(ReferentiePaden.beschikbaar(), "../shared/reference ontbreekt");
		assertThat(paden).hasSizeGreaterThan(1000);
		assertThat(paden.stream().map(ReferentiePaden.Pad::conclusieId).distinct())
			.as("elke conclusie is het einde van minstens één pad")
			.containsExactlyInAnyOrderElementsOf(referentie.conclusies().stream().map(Conclusie::conclusieId).toList());
		assertThat(paden.stream().flatMap(p -> p.stappen().stream()).map(ReferentiePaden.Stap::vraagId).distinct())
			.as("elke vraag ligt op een pad")
			.containsExactlyInAnyOrderElementsOf(referentie.vragen().stream().map(Vraag::vraagId).toList());
	}

	@Test
	void elkPadGeeftInDeOfficieleBoomDezelfdeConclusieEnLabels() {
		assumeTrue(ReferentiePaden.beschikbaar(), "../shared/reference ontbreekt");
		assertThat(verschillen(referentie, s -> Keuze.opTekst(s.vraagId(), s.antwoord()))).isEmpty();
	}

	@Test
	void elkPadGeeftInDeMeegeleverdeBoomOpPositieDezelfdeConclusieEnLabels() {
		assumeTrue(ReferentiePaden.beschikbaar(), "../shared/reference ontbreekt");
		assertThat(verschillen(eigen, s -> Keuze.opIndex(s.vraagId(), s.index()))).isEmpty();
	}

	@Test
	void deOfficieleBoomAlsYamlGeeftDezelfdeUitkomsten() throws Exception {
		assumeTrue(ReferentiePaden.beschikbaar(), "../shared/reference ontbreekt");
		String yaml = YAMLMapper.builder().build().writeValueAsString(JSON.readTree(referentieTekst));
		Beslisboom uitYaml = BeslisboomLezer.lees(yaml, Boomformaat.YAML).boom();
		assertThat(uitYaml.vragen()).hasSameSizeAs(referentie.vragen());
		assertThat(verschillen(uitYaml, s -> Keuze.opIndex(s.vraagId(), s.index()))).isEmpty();
	}

	/** Each path, evaluated one step at a time as well, so the wizard's way agrees with the whole-list way. */
	@Test
	void stapVoorStapIsHetzelfdeAlsInEenKeer() {
		assumeTrue(ReferentiePaden.beschikbaar(), "../shared/reference ontbreekt");
		for (ReferentiePaden.Pad pad : paden.subList(0, Math.min(300, paden.size()))) {
			Stand stand = eigen.start();
			List<String> bezocht = new ArrayList<>();
			for (ReferentiePaden.Stap stap : pad.stappen()) {
				assertThat(stand.vraagId()).isEqualTo(stap.vraagId());
				bezocht.add(stand.vraagId());
				stand = eigen.beantwoord(stand, Keuze.opIndex(stap.vraagId(), stap.index()));
			}
			assertThat(stand.conclusieId()).isEqualTo(pad.conclusieId());
			assertThat(stand.pad()).isEqualTo(bezocht);
		}
	}

	private static List<String> verschillen(Beslisboom boom, Function<ReferentiePaden.Stap, Keuze> keuze) {
		List<String> verschillen = new ArrayList<>();
		for (ReferentiePaden.Pad pad : paden) {
			Stand stand = boom.volg(pad.stappen().stream().map(keuze).toList());
			List<String> vragen = pad.stappen().stream().map(ReferentiePaden.Stap::vraagId).toList();
			if (!stand.klaar() || !pad.conclusieId().equals(stand.conclusieId())
					|| !pad.labels().equals(new HashSet<>(stand.labels())) || !vragen.equals(stand.pad())
					|| stand.labels().size() != new HashSet<>(stand.labels()).size()) {
				verschillen.add(pad.stappen() + ": verwacht " + pad.conclusieId() + " " + new TreeSet<>(pad.labels())
						+ ", kreeg " + stand);
			}
			if (verschillen.size() == 20) {
				break;
			}
		}
		return verschillen;
	}

	// --- the shipped tree: the official structure in Helder's own words

	@Test
	void meegeleverdeBoomHeeftDeOfficieleOpbouw() {
		assumeTrue(ReferentiePaden.beschikbaar(), "../shared/reference ontbreekt");
		assertThat(eigen.vragen()).extracting(Vraag::vraagId)
			.containsExactlyElementsOf(referentie.vragen().stream().map(Vraag::vraagId).toList());
		assertThat(eigen.conclusies()).extracting(Conclusie::conclusieId)
			.containsExactlyElementsOf(referentie.conclusies().stream().map(Conclusie::conclusieId).toList());
		for (Vraag officieel : referentie.vragen()) {
			Vraag vraag = eigen.vraag(officieel.vraagId()).orElseThrow();
			assertThat(vraag.categorie()).as(vraag.vraagId()).isEqualTo(officieel.categorie());
			assertThat(vraag.antwoorden()).as(vraag.vraagId()).hasSameSizeAs(officieel.antwoorden());
			for (int i = 0; i < officieel.antwoorden().size(); i++) {
				Antwoord antwoord = vraag.antwoorden().get(i);
				Antwoord origineel = officieel.antwoorden().get(i);
				String waar = vraag.vraagId() + " antwoord " + i;
				assertThat(antwoord.labels()).as(waar + ": labels").isEqualTo(origineel.labels());
				assertThat(antwoord.vervolg()).as(waar + ": vervolg")
					.extracting(Antwoord.Doorverwijzing::voorwaardeTekst, Antwoord.Doorverwijzing::doel)
					.containsExactlyElementsOf(origineel.vervolg().stream()
						.map(d -> org.assertj.core.groups.Tuple.tuple(d.voorwaardeTekst(), d.doel()))
						.toList());
			}
		}
	}

	@Test
	void labelsZijnDeOfficieleWoordenlijst() throws Exception {
		assumeTrue(ReferentiePaden.beschikbaar(), "../shared/reference ontbreekt");
		Set<String> woordenlijst = new TreeSet<>();
		JSON.readTree(referentieTekst).get("labels_vocabulary").forEach(l -> woordenlijst.add(l.asString()));
		Set<String> gebruikt = new TreeSet<>();
		eigen.vragen().forEach(v -> v.antwoorden().forEach(a -> gebruikt.addAll(a.labels())));
		assertThat(gebruikt).isEqualTo(woordenlijst);
	}

	@Test
	void meegeleverdeBoomHeeftMetagegevensEnUitlegBijElkeVraag() throws Exception {
		JsonNode bestand = JSON.readTree(eigenTekst);
		assertThat(bestand.get("versie").asString()).isEqualTo(eigen.versie()).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(EIGEN).contains("beslishulp-" + eigen.versie() + ".json");
		assertThat(eigen.geldigVanaf()).isPresent();
		assertThat(eigen.vragen()).allSatisfy(v -> assertThat(v.uitleg()).as(v.vraagId()).isNotBlank().hasSizeGreaterThan(80));
		assertThat(eigen.conclusies()).allSatisfy(c -> assertThat(c.tekst()).as(c.conclusieId()).startsWith("De AI-verordening geldt"));
		assertThat(eigen.vragen().stream().flatMap(v -> v.bronnen().stream()).filter(b -> b.url() != null)
			.map(Bron::url)).allSatisfy(u -> assertThat(u).startsWith("https://"));
	}

	@Test
	void tekstenZijnInEigenWoorden() {
		assumeTrue(ReferentiePaden.beschikbaar(), "../shared/reference ontbreekt");
		List<String> overgenomen = new ArrayList<>();
		for (Vraag officieel : referentie.vragen()) {
			Vraag vraag = eigen.vraag(officieel.vraagId()).orElseThrow();
			controleer(overgenomen, vraag.vraagId(), vraag.tekst(), officieel.tekst());
			for (int i = 0; i < vraag.antwoorden().size(); i++) {
				controleer(overgenomen, vraag.vraagId() + "/" + i, vraag.antwoorden().get(i).tekst(),
						officieel.antwoorden().get(i).tekst());
				controleer(overgenomen, vraag.vraagId() + "/" + i + " subresultaat",
						vraag.antwoorden().get(i).subresultaat(), officieel.antwoorden().get(i).subresultaat());
			}
		}
		for (Conclusie officieel : referentie.conclusies()) {
			controleer(overgenomen, officieel.conclusieId(), eigen.conclusie(officieel.conclusieId()).orElseThrow().tekst(),
					officieel.tekst());
		}
		assertThat(overgenomen).isEmpty();
	}

	/**
	 * The legal terms (the label vocabulary, such as "AI-systeem voor algemene doeleinden") must stay identical, so
	 * they are blanked out in both texts before the comparison.
	 */
	private static void controleer(List<String> overgenomen, String waar, String eigenTekst, String officieel) {
		if (eigenTekst != null && officieel != null
				&& langsteGemeenschappelijk(zonderVaktermen(eigenTekst), zonderVaktermen(officieel)) >= OVERGENOMEN_RUN) {
			overgenomen.add(waar + ": " + eigenTekst);
		}
	}

	private static String zonderVaktermen(String tekst) {
		String uit = tekst.toLowerCase(java.util.Locale.ROOT);
		List<String> termen = eigen.vragen().stream().flatMap(v -> v.antwoorden().stream())
			.flatMap(a -> a.labels().stream()).distinct()
			.sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
		for (String term : termen) {
			uit = uit.replace(term.toLowerCase(java.util.Locale.ROOT), "\u25a1");
		}
		return uit;
	}

	private static int langsteGemeenschappelijk(String a, String b) {
		int[][] lengte = new int[a.length() + 1][b.length() + 1];
		int beste = 0;
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				if (Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1))) {
					lengte[i][j] = lengte[i - 1][j - 1] + 1;
					beste = Math.max(beste, lengte[i][j]);
				}
			}
		}
		return beste;
	}

}
