// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.assessments.internal.Vragenlijst.Optie;
import nl.helder.assessments.internal.Vragenlijst.Vraag;

/** Every definition Helder ships loads, and its conditions parse and make sense. */
class MeegeleverdeVragenlijstenTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Vragenlijstcatalogus catalogus;

	@BeforeAll
	static void laad() {
		catalogus = new Vragenlijstcatalogus(JSON, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
	}

	@Test
	void alleVijfInstrumentenLadenEnZijnActueel() {
		assertThat(catalogus.actueel()).extracting(Vragenlijst::id)
			.containsExactlyInAnyOrder("prescan", "dpia", "iama", "fria", "ethiek", "review");
		assertThat(catalogus.alle()).allSatisfy(v -> assertThat(v.herkomst()).as(v.id() + ": herkomst").isNotBlank());
		assertThat(catalogus.alle()).filteredOn(v -> !Vragenlijst.REVIEW.equals(v.soort()))
			.allSatisfy(v -> assertThat(v.vragen()).as(v.id() + ": vragen").hasSizeGreaterThan(8));
		// The review is done every two weeks in a pilot: it must stay short.
		Vragenlijst review = catalogus.actueel("review").orElseThrow();
		assertThat(review.soort()).isEqualTo(Vragenlijst.REVIEW);
		assertThat(review.vragen().stream().filter(v -> v.toonAls() == null)).hasSizeBetween(5, 8);
	}

	@Test
	void elkeVoorwaardeIsTeBerekenenZonderAntwoorden() {
		for (Vragenlijst lijst : catalogus.alle()) {
			Map<String, Object> waarden = Antwoordcontrole.waarden(lijst, Map.of());
			for (Vraag vraag : lijst.vragen()) {
				if (vraag.toonAls() != null) {
					assertThat(vraag.toonAls().waarde(waarden)).as(lijst.id() + "." + vraag.id() + ": " + vraag.toonAls())
						.isInstanceOf(Boolean.class);
				}
			}
			lijst.regels().forEach(r -> assertThat(r.als().waarde(waarden)).as(lijst.id() + " regel " + r.id()).isInstanceOf(Boolean.class));
			lijst.berekeningen().forEach(b -> assertThat(b.formule().waarde(waarden)).as(lijst.id() + " " + b.id()).isNotNull());
		}
	}

	/** Without answers only unconditional questions show: a condition that is true on nothing is a mistake. */
	@Test
	void zonderAntwoordenZijnAlleenDeOnvoorwaardelijkeVragenZichtbaar() {
		for (Vragenlijst lijst : catalogus.alle()) {
			assertThat(Antwoordcontrole.zichtbaar(lijst, Map.of())).as(lijst.id())
				.containsExactlyElementsOf(lijst.vragen().stream().filter(v -> v.toonAls() == null).map(Vraag::id).toList());
		}
	}

	/** A condition such as {@code cloud == 'Ja'} parses but is never true; every compared text must be an option. */
	@Test
	void vergelekenTekstenInVoorwaardenZijnBestaandeOpties() {
		Pattern gelijk = Pattern.compile("(\\w+)\\s*[!=]=\\s*'([^']*)'");
		Pattern bevat = Pattern.compile("'([^']*)'\\s*=~\\s*(\\w+)");
		List<String> fout = new ArrayList<>();
		for (Vragenlijst lijst : catalogus.alle()) {
			List<String> uitdrukkingen = new ArrayList<>();
			lijst.vragen().stream().filter(v -> v.toonAls() != null).forEach(v -> uitdrukkingen.add(v.toonAls().tekst()));
			lijst.regels().forEach(r -> uitdrukkingen.add(r.als().tekst()));
			lijst.berekeningen().forEach(b -> uitdrukkingen.add(b.formule().tekst()));
			for (String tekst : uitdrukkingen) {
				Matcher m = gelijk.matcher(tekst);
				while (m.find()) {
					controleer(lijst, m.group(1), m.group(2), tekst, fout);
				}
				m = bevat.matcher(tekst);
				while (m.find()) {
					controleer(lijst, m.group(2), m.group(1), tekst, fout);
				}
			}
		}
		assertThat(fout).isEmpty();
	}

	private static void controleer(Vragenlijst lijst, String vraagId, String code, String tekst, List<String> fout) {
		Vraag vraag = lijst.vraag(vraagId).orElse(null);
		if (vraag == null) {
			fout.add(lijst.id() + ": " + tekst + " vergelijkt '" + vraagId + "', geen vraag");
			return;
		}
		List<String> codes = vraag.type() == VraagType.JA_NEE ? List.of("ja", "nee")
				: vraag.opties().stream().map(Optie::code).toList();
		if (!codes.contains(code)) {
			fout.add(lijst.id() + ": " + tekst + ": '" + code + "' is geen optie van " + vraagId + " " + codes);
		}
	}

	/**
	 * Facts carry over from the Rijk's pre-scan (the wording does not): the AP list has 17 kinds of processing, the
	 * EDPB list 9 criteria, and the pre-scan knows 10 base registries. Read from the reference beside the checkout.
	 */
	@Test
	void deLijstenInDePrescanHebbenDeOmvangVanDeReferentie() throws Exception {
		Path referentie = Path.of("..", "shared", "reference", "par_prescan_dpia_iama_skeleton.json");
		assumeTrue(Files.exists(referentie), "referentie ontbreekt: " + referentie);
		JsonNode prescanRef = JSON.readTree(referentie.toFile()).get("forms").get(0);
		Vragenlijst prescan = catalogus.actueel("prescan").orElseThrow();
		assertThat(prescan.vraag("ap_lijst").orElseThrow().opties()).hasSize(opties(prescanRef, "3.1"));
		assertThat(prescan.vraag("edpb_lijst").orElseThrow().opties()).hasSize(opties(prescanRef, "4.1"));
		assertThat(prescan.vraag("basisregistraties").orElseThrow().opties()).hasSize(opties(prescanRef, "5.1.2"));
		assertThat(prescan.vraag("bijzondere_gegevens").orElseThrow().opties()).hasSize(opties(prescanRef, "1.2.2"));
	}

	private static int opties(JsonNode knoop, String id) {
		if (knoop.has("id") && knoop.get("id").asString().equals(id)) {
			return knoop.get("options").size();
		}
		for (JsonNode kind : knoop.path("tasks")) {
			int gevonden = opties(kind, id);
			if (gevonden >= 0) {
				return gevonden;
			}
		}
		return -1;
	}

}
