// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A definition that breaks the format is refused when it is loaded, with a Dutch sentence that names the file, the
 * question and what is wrong. One test per kind of mistake; each starts from a small valid definition and breaks
 * one thing, so the test fails if the check disappears.
 */
class VragenlijstLezerTest {

	/** A valid definition; each test fills the two %s slots with an extra question and extra top-level fields. */
	private static final String SJABLOON = """
			{
			  "id": "proef", "versie": "1.0", "geldigVanaf": "2026-01-01", "titel": "Proef",
			  "secties": [
			    { "id": "een", "titel": "Eén", "vragen": [
			      { "id": "gebruikt_ai", "type": "jaNee", "tekst": "Gebruikt u AI?" },
			      { "id": "welke", "type": "enkeleKeuze", "tekst": "Welke?", "toonAls": "gebruikt_ai == 'ja'",
			        "opties": [ { "code": "taal", "label": "Taalmodel" }, { "code": "beeld", "label": "Beeldherkenning" } ] }
			      %s
			    ] }
			  ]
			  %s
			}
			""";

	@Test
	void eenGeldigeDefinitieWordtGelezen() {
		Vragenlijst lijst = lees(SJABLOON.formatted("", ""));
		assertThat(lijst.vragen()).extracting(Vragenlijst.Vraag::id).containsExactly("gebruikt_ai", "welke");
		assertThat(lijst.vraag("welke").orElseThrow().toonAls().namen()).containsExactly("gebruikt_ai");
	}

	@Test
	void eenDubbelVraagIdWordtGeweigerd() {
		assertThat(fout(SJABLOON.formatted(", { \"id\": \"welke\", \"type\": \"kortTekst\", \"tekst\": \"Nog eens\" }", "")))
			.contains("Vragenlijst proef.json: het vraag-id 'welke' komt twee keer voor (in sectie 'een' en in sectie 'een')");
	}

	@Test
	void eenOnbekendTypeWordtGeweigerdMetDeMogelijkeTypen() {
		assertThat(fout(SJABLOON.formatted(", { \"id\": \"x\", \"type\": \"slider\", \"tekst\": \"X?\" }", "")))
			.contains("vraag 'x' heeft het onbekende type 'slider'. Kies uit: kortTekst, langeTekst, enkeleKeuze, "
					+ "meerKeuze, jaNee, schaal, datum, tabel.");
	}

	@Test
	void eenKeuzevraagZonderOptiesWordtGeweigerd() {
		assertThat(fout(SJABLOON.formatted(", { \"id\": \"soorten\", \"type\": \"meerKeuze\", \"tekst\": \"Welke soorten?\" }", "")))
			.contains("vraag 'soorten' is een keuzevraag (meerKeuze) maar heeft geen 'opties'.");
	}

	@Test
	void eenVoorwaardeDieNietTeLezenIsWordtGeweigerd() {
		assertThat(fout(SJABLOON.formatted(
				", { \"id\": \"toelichting\", \"type\": \"kortTekst\", \"tekst\": \"Toelichting\", \"toonAls\": \"gebruikt_ai == \" }", "")))
			.contains("de voorwaarde (toonAls) van vraag 'toelichting' ('gebruikt_ai == ') is geen geldige uitdrukking");
	}

	@Test
	void eenVoorwaardeOpEenLatereVraagWordtGeweigerd() {
		String fout = fout(SJABLOON.formatted(", { \"id\": \"toelichting\", \"type\": \"kortTekst\", \"tekst\": \"T\", "
				+ "\"toonAls\": \"later == 'ja'\" }, { \"id\": \"later\", \"type\": \"jaNee\", \"tekst\": \"Later?\" }", ""));
		assertThat(fout).contains("de voorwaarde (toonAls) van vraag 'toelichting' gebruikt vraag 'later', maar die vraag "
				+ "komt pas later (of is de vraag zelf)");
	}

	@Test
	void eenVoorwaardeOpZichzelfWordtGeweigerd() {
		assertThat(fout(SJABLOON.formatted(
				", { \"id\": \"lus\", \"type\": \"jaNee\", \"tekst\": \"Lus?\", \"toonAls\": \"lus == 'ja'\" }", "")))
			.contains("gebruikt vraag 'lus', maar die vraag komt pas later (of is de vraag zelf)");
	}

	@Test
	void eenVoorwaardeOpEenOnbekendeVraagWordtGeweigerd() {
		assertThat(fout(SJABLOON.formatted(
				", { \"id\": \"t\", \"type\": \"kortTekst\", \"tekst\": \"T\", \"toonAls\": \"bestaat_niet == 'ja'\" }", "")))
			.contains("de voorwaarde (toonAls) van vraag 't' gebruikt 'bestaat_niet', maar er is geen eerdere vraag met dat id.");
	}

	@Test
	void eenVoorwaardeMagNietsDoenBehalveLezen() {
		// An assignment or a method call would let a data file change state or call into Java.
		assertThat(fout(SJABLOON.formatted(
				", { \"id\": \"t\", \"type\": \"kortTekst\", \"tekst\": \"T\", \"toonAls\": \"gebruikt_ai = 'ja'\" }", "")))
			.contains("is geen geldige uitdrukking");
		assertThat(fout(SJABLOON.formatted(
				", { \"id\": \"t\", \"type\": \"kortTekst\", \"tekst\": \"T\", \"toonAls\": \"gebruikt_ai.getClass() == null\" }", "")))
			.contains("is geen geldige uitdrukking");
	}

	@Test
	void eenRegelMetEenOnbekendeVraagOfBerekeningWordtGeweigerd() {
		assertThat(fout(SJABLOON.formatted("", ", \"regels\": [ { \"id\": \"r1\", \"instrument\": \"dpia\", "
				+ "\"niveau\": \"verplicht\", \"als\": \"punten > 4\", \"reden\": \"Veel punten.\" } ]")))
			.contains("de voorwaarde van regel 'r1' gebruikt 'punten', maar er is geen vraag of berekening met dat id.");
	}

	@Test
	void eenRegelMetEenOnbekendNiveauWordtGeweigerd() {
		assertThat(fout(SJABLOON.formatted("", ", \"regels\": [ { \"id\": \"r1\", \"instrument\": \"dpia\", "
				+ "\"niveau\": \"misschien\", \"als\": \"gebruikt_ai == 'ja'\", \"reden\": \"AI.\" } ]")))
			.contains("regel 'r1': 'niveau' is 'misschien'; kies verplicht of aangeraden.");
	}

	@Test
	void eenOnbekendVeldWordtGeweigerdInPlaatsVanStilGenegeerd() {
		// A typo such as "toonals" would otherwise show a question that should be hidden.
		assertThat(fout(SJABLOON.formatted(
				", { \"id\": \"t\", \"type\": \"kortTekst\", \"tekst\": \"T\", \"toonals\": \"gebruikt_ai == 'ja'\" }", "")))
			.contains("het veld 'toonals'").contains("bestaat niet in het formaat");
	}

	@Test
	void eenVraagIdDatEenWoordVanDeUitdrukkingenIsWordtGeweigerd() {
		assertThat(fout(SJABLOON.formatted(", { \"id\": \"size\", \"type\": \"kortTekst\", \"tekst\": \"Hoe groot?\" }", "")))
			.contains("vraag 'size': een vraag-id bestaat uit kleine letters");
	}

	@Test
	void eenSchaalZonderGeldigBereikWordtGeweigerd() {
		assertThat(fout(SJABLOON.formatted(", { \"id\": \"s\", \"type\": \"schaal\", \"tekst\": \"Hoe?\", "
				+ "\"schaal\": { \"min\": 5, \"max\": 1 } }", "")))
			.contains("vraag 's' is een schaalvraag en heeft 'schaal' nodig met 'min' kleiner dan 'max'.");
	}

	@Test
	void eenOnbekendeSubschaalEnOmgekeerdBuitenEenSchaalWordenGeweigerd() {
		String fout = fout(SJABLOON.formatted(", { \"id\": \"s\", \"type\": \"schaal\", \"tekst\": \"Hoe?\", "
				+ "\"schaal\": { \"min\": 1, \"max\": 5 }, \"subschaal\": \"vitaliteit\" }, "
				+ "{ \"id\": \"k\", \"type\": \"kortTekst\", \"tekst\": \"K\", \"omgekeerd\": true }", ""));
		assertThat(fout).contains("vraag 's' hoort bij de subschaal 'vitaliteit', maar die staat niet onder 'subschalen'.")
			.contains("vraag 'k': 'omgekeerd' (omgekeerd scoren) kan alleen bij een schaalvraag.");
	}

	@Test
	void eenTabelZonderKolommenWordtGeweigerd() {
		assertThat(fout(SJABLOON.formatted(", { \"id\": \"risicos\", \"type\": \"tabel\", \"tekst\": \"Risico's\" }", "")))
			.contains("vraag 'risicos' is een tabel en heeft 'kolommen' nodig.");
	}

	@Test
	void eenAnoniemeVragenlijstDeeltGeenAntwoordenEnNoemtEenMinimumGroep() {
		String fout = fout(SJABLOON.formatted(
				", { \"id\": \"doel\", \"type\": \"langeTekst\", \"tekst\": \"Doel\", \"gedeeldeSleutel\": \"doel\" }",
				", \"soort\": \"peiling\", \"anoniem\": true"));
		assertThat(fout).contains("een anonieme vragenlijst heeft 'minimumGroep' nodig")
			.contains("vraag 'doel': een anonieme vragenlijst deelt geen antwoorden");
	}

	@Test
	void eenOntbrekendeTitelEnEenVerkeerdeDatumWordenGeweigerd() {
		String fout = fout(SJABLOON.formatted("", "").replace("\"titel\": \"Proef\",", "").replace("2026-01-01", "1-1-2026"));
		assertThat(fout).contains("het veld 'titel' ontbreekt.")
			.contains("'geldigVanaf' is '1-1-2026'; schrijf de datum als jjjj-mm-dd.");
	}

	@Test
	void alleFoutenKomenInEenKeer() {
		assertThatThrownBy(() -> lees(SJABLOON.formatted(", { \"id\": \"x\", \"type\": \"slider\", \"tekst\": \"X\" }, "
				+ "{ \"id\": \"y\", \"type\": \"enkeleKeuze\", \"tekst\": \"Y\" }", "")))
			.isInstanceOfSatisfying(OngeldigeVragenlijst.class, f -> assertThat(f.fouten()).hasSize(2));
	}

	// --- what only the whole catalogue can see

	@Test
	void eenRegelNaarEenOnbekendInstrumentIsEenLosseVerwijzing() {
		Vragenlijst met = lees(SJABLOON.formatted("", ", \"regels\": [ { \"id\": \"r1\", \"instrument\": \"dpiaa\", "
				+ "\"niveau\": \"verplicht\", \"als\": \"gebruikt_ai == 'ja'\", \"reden\": \"AI.\" } ]"));
		assertThatThrownBy(() -> new Vragenlijstcatalogus(List.of(met), Map.of(), klok()))
			.isInstanceOf(OngeldigeVragenlijst.class)
			.hasMessageContaining("regel 'r1' verwijst naar de vragenlijst 'dpiaa', maar die bestaat niet.");
	}

	@Test
	void eenOnbekendeGedeeldeSleutelIsEenLosseVerwijzing() {
		Vragenlijst met = lees(SJABLOON.formatted(
				", { \"id\": \"doel\", \"type\": \"langeTekst\", \"tekst\": \"Doel\", \"gedeeldeSleutel\": \"doell\" }", ""));
		assertThatThrownBy(() -> new Vragenlijstcatalogus(List.of(met), Map.of(), klok()))
			.isInstanceOf(OngeldigeVragenlijst.class)
			.hasMessageContaining("vraag 'doel' deelt het antwoord onder de sleutel 'doell', maar die sleutel staat niet in "
					+ "data/assessments/gedeelde-gegevens.json.");
	}

	@Test
	void eenGedeeldAntwoordMetEenAnderTypeWordtGeweigerd() {
		Vragenlijst met = lees(SJABLOON.formatted(
				", { \"id\": \"doel\", \"type\": \"kortTekst\", \"tekst\": \"Doel\", \"gedeeldeSleutel\": \"doel\" }", ""));
		assertThatThrownBy(() -> new Vragenlijstcatalogus(List.of(met),
				Map.of("doel", new GedeeldGegeven("doel", "Doel", VraagType.LANGE_TEKST, null)), klok()))
			.isInstanceOf(OngeldigeVragenlijst.class)
			.hasMessageContaining("vraag 'doel' is van het type kortTekst, maar het gedeelde gegeven 'doel' is van het type langeTekst.");
	}

	@Test
	void eenVersieDieTweeKeerVoorkomtWordtGeweigerd() {
		Vragenlijst een = lees(SJABLOON.formatted("", ""));
		assertThatThrownBy(() -> new Vragenlijstcatalogus(List.of(een, een), Map.of(), klok()))
			.isInstanceOf(OngeldigeVragenlijst.class)
			.hasMessageContaining("Vragenlijst proef 1.0: deze versie bestaat twee keer.");
	}

	@Test
	void deActueleVersieIsDeLaatsteDieAlIngegaanIs() {
		Vragenlijst oud = lees(SJABLOON.formatted("", ""));
		Vragenlijst nieuw = lees(SJABLOON.formatted("", "").replace("\"1.0\"", "\"2.0\"").replace("2026-01-01", "2026-06-01"));
		Vragenlijst toekomst = lees(SJABLOON.formatted("", "").replace("\"1.0\"", "\"3.0\"").replace("2026-01-01", "2027-01-01"));
		var catalogus = new Vragenlijstcatalogus(List.of(toekomst, oud, nieuw), Map.of(), klok());
		assertThat(catalogus.actueel("proef")).get().extracting(Vragenlijst::versie).isEqualTo("2.0");
		assertThat(catalogus.versie("proef", "1.0")).isPresent();
		assertThat(catalogus.alle()).hasSize(3);
	}

	private static Clock klok() {
		return Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
	}

	private static Vragenlijst lees(String json) {
		return VragenlijstLezer.lees("proef.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static String fout(String json) {
		try {
			lees(json);
		}
		catch (OngeldigeVragenlijst fout) {
			return fout.getMessage();
		}
		throw new AssertionError("De definitie werd niet geweigerd");
	}

}
