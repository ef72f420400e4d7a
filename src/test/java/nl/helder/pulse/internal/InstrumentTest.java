// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped tech-pulse and the rules a pulse instrument file must follow. */
class InstrumentTest {

	private static Instrument techPulse() throws Exception {
		return new Instrumenten().versie("tech-pulse", "1.0").orElseThrow();
	}

	@Test
	void deTechPulseIsKortEnCompleet() throws Exception {
		Instrument pulse = techPulse();
		assertThat(pulse.schaalvragen()).hasSizeBetween(12, 15);
		assertThat(pulse.minimumGroep()).isGreaterThanOrEqualTo(5);
		assertThat(pulse.subschalen()).extracting(Instrument.Subschaal::id)
			.containsExactly("taakeisen", "hulpbronnen", "basisbehoeften", "mentale_kracht", "ai_ervaring");
		assertThat(pulse.schaalvragen()).filteredOn(Instrument.Vraag::omgekeerd).hasSizeGreaterThanOrEqualTo(2);
		assertThat(pulse.schaalvragen()).allSatisfy(v -> assertThat(v.schaal().min()).isEqualTo(1))
			.allSatisfy(v -> assertThat(v.schaal().max()).isEqualTo(5));
		assertThat(pulse.licentie()).isNotBlank();
		assertThat(pulse.herkomst()).contains("geen gevalideerde klinische schaal").contains("geen diagnose");
		// No health or burnout construct is asked.
		assertThat(pulse.vragen()).allSatisfy(v -> assertThat(v.tekst().toLowerCase()).doesNotContain("burn-out")
			.doesNotContain("uitgeput").doesNotContain("ziek"));
	}

	@Test
	void versie11VoegtAlleenOptioneleClustersToeVanafDeIngangsdatum() throws Exception {
		Instrumenten instrumenten = new Instrumenten();
		Instrument oud = instrumenten.versie("tech-pulse", "1.0").orElseThrow();
		Instrument nieuw = instrumenten.versie("tech-pulse", "1.1").orElseThrow();
		// Every item of 1.0 is in 1.1 word for word and in the same subscale, so trends across the versions compare.
		for (Instrument.Vraag vraag : oud.vragen()) {
			Instrument.Vraag zelfde = nieuw.vraag(vraag.id()).orElseThrow();
			assertThat(zelfde.tekst()).isEqualTo(vraag.tekst());
			assertThat(zelfde.subschaal()).isEqualTo(vraag.subschaal());
			assertThat(zelfde.omgekeerd()).isEqualTo(vraag.omgekeerd());
		}
		assertThat(nieuw.subschalen()).extracting(Instrument.Subschaal::id)
			.containsExactly("taakeisen", "hulpbronnen", "basisbehoeften", "mentale_kracht", "ai_ervaring", "robot_ervaring",
					"xr_ervaring");
		assertThat(nieuw.subschalen().subList(5, 7)).allSatisfy(s -> assertThat(s.optioneel()).isTrue());
		assertThat(nieuw.schaalvragen().stream().filter(v -> !nieuw.subschaal(v.subschaal()).orElseThrow().optioneel()).count())
			.as("de kern blijft 12 tot 15 stellingen").isBetween(12L, 15L);
		assertThat(instrumenten.actueel("tech-pulse", java.time.LocalDate.of(2026, 12, 31)).orElseThrow().versie()).isEqualTo("1.0");
		assertThat(instrumenten.actueel("tech-pulse", java.time.LocalDate.of(2027, 1, 1)).orElseThrow().versie()).isEqualTo("1.1");
	}

	@Test
	void omgekeerdeVragenTellenOmEnTeWeinigAntwoordenGevenGeenScore() throws Exception {
		Instrument pulse = techPulse();
		Map<String, Integer> antwoorden = new LinkedHashMap<>();
		antwoorden.put("overbelasting", 5);
		antwoorden.put("overzicht", 1);
		antwoorden.put("onderbreking", 5);
		antwoorden.put("altijd_aan", 5);
		antwoorden.put("eigen_regie", 4);
		Map<String, Double> scores = pulse.scores(antwoorden);
		assertThat(scores.get("taakeisen")).as("overzicht = 1 telt als 5").isEqualTo(5.0);
		assertThat(scores).as("basisbehoeften heeft 2 antwoorden nodig").doesNotContainKey("basisbehoeften");
		antwoorden.put("alleen", 2);
		assertThat(pulse.scores(antwoorden).get("basisbehoeften")).isEqualTo((4 + 4) / 2.0);
		antwoorden.remove("altijd_aan");
		assertThat(pulse.scores(antwoorden)).as("taakeisen heeft 4 antwoorden nodig").doesNotContainKey("taakeisen");
	}

	@Test
	void eenOngeldigBestandWordtGeweigerdMetEenNederlandseReden() {
		assertThat(fouten(bestand(3, "\"subschaal\": \"taakeisen\"", ""))).anyMatch(f -> f.contains("'minimumGroep' moet 5"));
		assertThat(fouten(bestand(5, "\"subschaal\": \"bestaat_niet\"", ""))).anyMatch(f -> f.contains("'bestaat_niet', die niet bestaat"));
		assertThat(fouten(bestand(5, "\"subschaal\": \"taakeisen\", \"verplicht\": true", ""))).anyMatch(f -> f.contains("vrijwillig"));
		assertThat(fouten(bestand(5, "\"subschaal\": \"taakeisen\"", ", \"spelfout\": 1"))).anyMatch(f -> f.contains("onbekend veld"));
		assertThat(fouten(bestand(5, "\"subschaal\": \"taakeisen\"", "").replace("\"licentie\": \"EUPL\",", "")))
			.anyMatch(f -> f.contains("'licentie' ontbreekt"));
	}

	@Test
	void eenGeldigBestandWordtGelezen() {
		Instrument instrument = InstrumentLezer.lees("x.json", invoer(bestand(5, "\"subschaal\": \"taakeisen\"", "")));
		assertThat(instrument.schaalvragen()).hasSize(1);
	}

	private static String bestand(int k, String vraagExtra, String extra) {
		return """
				{ "id": "test", "versie": "1", "geldigVanaf": "2026-01-01", "soort": "peiling", "anoniem": true,
				  "minimumGroep": %d, "titel": "Test", "licentie": "EUPL",
				  "subschalen": [ { "id": "taakeisen", "titel": "T", "minimumAntwoorden": 1, "richting": "eis" } ],
				  "secties": [ { "id": "s", "titel": "S", "vragen": [
				    { "id": "v1", "type": "schaal", "tekst": "Stelling", %s,
				      "schaal": { "min": 1, "max": 5, "labelMin": "a", "labelMax": "b" } } ] } ]%s }"""
			.formatted(k, vraagExtra, extra);
	}

	private static java.util.List<String> fouten(String json) {
		try {
			InstrumentLezer.lees("test-1.json", invoer(json));
		}
		catch (OngeldigInstrument fout) {
			assertThat(fout.fouten()).allSatisfy(f -> assertThat(f).startsWith("Instrument test-1.json"));
			return fout.fouten();
		}
		throw new AssertionError("niet geweigerd: " + json);
	}

	private static ByteArrayInputStream invoer(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void naamFilterVerbergtNamenEnContactgegevens() {
		NaamFilter filter = new NaamFilter(java.util.List.of("José van der Berg", "Ali Yılmaz"));
		assertThat(filter.wijstNaarIemand("Jose doet het goed")).isTrue();
		assertThat(filter.wijstNaarIemand("berg")).isTrue();
		assertThat(filter.wijstNaarIemand("Gesprek met meneer Jansen")).isTrue();
		assertThat(filter.wijstNaarIemand("Mail mij: iemand@example.org")).isTrue();
		assertThat(filter.wijstNaarIemand("Bel 06-12345678")).isTrue();
		assertThat(filter.wijstNaarIemand("Te veel meldingen van de systemen")).isFalse();
		assertThat(filter.wijstNaarIemand("Ik werk in de afdeling van het sociaal domein")).isFalse();
	}

}
