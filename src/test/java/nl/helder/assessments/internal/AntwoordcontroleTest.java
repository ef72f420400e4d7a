// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Answers against a definition without a database: normalising, hidden questions and their dependants dropped,
 * required only when offering for advice; and the subscale scores a pulse survey will use.
 */
class AntwoordcontroleTest {

	private static final Vragenlijst LIJST = lees("""
			{ "id": "proef", "versie": "1", "geldigVanaf": "2026-01-01", "titel": "Proef",
			  "secties": [ { "id": "s", "titel": "S", "vragen": [
			    { "id": "ai", "type": "jaNee", "tekst": "AI?", "verplicht": true },
			    { "id": "soorten", "type": "meerKeuze", "tekst": "Welke?", "toonAls": "ai == 'ja'", "verplicht": true,
			      "opties": [ { "code": "taal", "label": "Taal" }, { "code": "beeld", "label": "Beeld" } ] },
			    { "id": "beeld_uitleg", "type": "kortTekst", "tekst": "Uitleg beeld", "toonAls": "'beeld' =~ soorten", "verplicht": true },
			    { "id": "datum", "type": "datum", "tekst": "Wanneer?" }
			  ] } ] }
			""");

	@Test
	void eenVerborgenVraagVerbergtOokWatErVanAfhangt() {
		var uitkomst = Antwoordcontrole.controleer(LIJST, Map.of("ai", "nee", "soorten", List.of("beeld"), "beeld_uitleg", "x"), false);
		assertThat(uitkomst.isGoed()).isTrue();
		assertThat(uitkomst.antwoorden()).containsOnlyKeys("ai");
		assertThat(uitkomst.weggelaten()).containsExactly("soorten", "beeld_uitleg");
	}

	@Test
	void verplichtGeldtPasBijAanbiedenEnAlleenVoorZichtbareVragen() {
		Map<String, Object> antwoorden = Map.of("ai", "ja", "soorten", List.of("taal"));
		assertThat(Antwoordcontrole.controleer(LIJST, antwoorden, false).fouten()).isEmpty();
		assertThat(Antwoordcontrole.controleer(LIJST, antwoorden, true).fouten()).isEmpty();
		assertThat(Antwoordcontrole.controleer(LIJST, Map.of("ai", "ja", "soorten", List.of("beeld")), true).fouten())
			.extracting(Antwoordcontrole.Melding::veld)
			.containsExactly("beeld_uitleg");
		assertThat(Antwoordcontrole.controleer(LIJST, Map.of(), true).fouten()).extracting(Antwoordcontrole.Melding::veld)
			.containsExactly("ai");
	}

	@Test
	void antwoordenKrijgenEenVasteVorm() {
		Map<String, Object> invoer = new LinkedHashMap<>();
		invoer.put("ai", true);
		invoer.put("soorten", List.of("beeld", "taal", "beeld"));
		invoer.put("beeld_uitleg", "  met spaties  ");
		invoer.put("datum", "2026-03-31");
		var uitkomst = Antwoordcontrole.controleer(LIJST, invoer, false);
		assertThat(uitkomst.antwoorden()).containsEntry("ai", "ja")
			.containsEntry("soorten", List.of("taal", "beeld"))
			.containsEntry("beeld_uitleg", "met spaties")
			.containsEntry("datum", "2026-03-31");
	}

	@Test
	void eenDatumDieNietBestaatWordtGeweigerd() {
		assertThat(Antwoordcontrole.controleer(LIJST, Map.of("datum", "2026-02-30"), false).fouten())
			.extracting(Antwoordcontrole.Melding::sleutel)
			.containsExactly("beoordeling.antwoord.datum");
	}

	@Test
	void subschaalscoresTellenOmgekeerdeItemsOmEnZwijgenBijTeWeinigAntwoorden() {
		Vragenlijst peiling = lees("""
				{ "id": "peiling", "versie": "1", "geldigVanaf": "2026-01-01", "titel": "Peiling", "soort": "peiling",
				  "anoniem": true, "minimumGroep": 5,
				  "subschalen": [ { "id": "energie", "titel": "Energie", "minimumAntwoorden": 2 },
				                  { "id": "druk", "titel": "Druk", "minimumAntwoorden": 2 } ],
				  "secties": [ { "id": "s", "titel": "S", "vragen": [
				    { "id": "e1", "type": "schaal", "tekst": "Ik heb energie", "schaal": { "min": 1, "max": 5 }, "subschaal": "energie" },
				    { "id": "e2", "type": "schaal", "tekst": "Ik ben moe", "schaal": { "min": 1, "max": 5 }, "subschaal": "energie", "omgekeerd": true },
				    { "id": "d1", "type": "schaal", "tekst": "Veel werk", "schaal": { "min": 1, "max": 5 }, "subschaal": "druk" },
				    { "id": "d2", "type": "schaal", "tekst": "Haast", "schaal": { "min": 1, "max": 5 }, "subschaal": "druk" }
				  ] } ] }
				""");
		// e1 = 4, e2 = 2 reversed is 1 + 5 - 2 = 4: mean 4. Only d1 answered: fewer than 2, so no score for druk.
		Map<String, Double> scores = Subschaalscores.bereken(peiling, Map.of("e1", 4, "e2", 2, "d1", 5));
		assertThat(scores).containsEntry("energie", 4.0).containsEntry("druk", null);
	}

	private static Vragenlijst lees(String json) {
		return VragenlijstLezer.lees("proef.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
