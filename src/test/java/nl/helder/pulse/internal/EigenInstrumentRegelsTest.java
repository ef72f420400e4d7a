// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extra checks an uploaded instrument gets (the reader's rules for files nobody at Helder reviewed), the example
 * file in the docs, and advice that stays with the tech-pulse.
 */
class EigenInstrumentRegelsTest {

	static String voorbeeld() throws Exception {
		try (InputStream invoer = new ClassPathResource(DemoEigenInstrument.BESTAND).getInputStream()) {
			return new String(invoer.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void hetVoorbeeldIsGeldigEnGelijkAanDatInDeDocumentatie() throws Exception {
		Instrument werkplezier = InstrumentLezer.lees("voorbeeld", voorbeeld());
		assertThat(werkplezier.schaalvragen()).hasSize(6);
		assertThat(werkplezier.subschalen()).extracting(Instrument.Subschaal::id).containsExactly("energie", "betrokkenheid");
		assertThat(werkplezier.licentie()).startsWith("Voorbeeld");
		assertThat(werkplezier.vraag(Instrument.FUNCTIEGROEP)).isEmpty();
		assertThat(Files.readString(Path.of("docs/voorbeelden/werkplezier-voorbeeld-1.0.json"))).isEqualTo(voorbeeld());
	}

	@Test
	void kapotteJsonNoemtDeRegel() throws Exception {
		String kapot = voorbeeld().replace("\"versie\": \"1.0\",", "\"versie\": \"1.0\"");
		assertThat(fouten(kapot)).singleElement().asString().contains("geen geldige JSON").contains("op regel 4");
		assertThat(fouten("null")).singleElement().asString().contains("leeg");
		assertThat(fouten("{} {}")).singleElement().asString().contains("geen geldige JSON");
	}

	@Test
	void eenSchaalMetTeveelPuntenOfZonderWoordenWordtGeweigerd() throws Exception {
		assertThat(fouten(voorbeeld().replaceFirst("\"max\": 5", "\"max\": 500"))).anyMatch(f -> f.contains("hoogstens 11 punten"));
		assertThat(fouten(voorbeeld().replaceFirst("\"labelMin\": \"Bijna nooit\", ", ""))).anyMatch(f -> f.contains("labelMin"));
		assertThat(fouten(voorbeeld().replace("\"id\": \"energie\",\n\t\t\t\"titel\"", "\"id\": \"betrokkenheid\",\n\t\t\t\"titel\"")))
			.anyMatch(f -> f.contains("sectie 'betrokkenheid' heeft geen geldig of een dubbel id"));
		assertThat(fouten(voorbeeld().replace("\"versie\": \"1.0\"", "\"versie\": \"1.0 <b>\""))).anyMatch(f -> f.contains("'versie'"));
		assertThat(fouten(voorbeeld().replace("\"subschalen\": [", "\"subschalen\": [ null,").replace(
				"\"subschaal\": \"energie\", \"tekst\": \"Ik begin", "\"subschaal\": \"kracht\", \"tekst\": \"Ik begin")))
			.as("een lege plek in een lijst geeft een fout, geen crash")
			.anyMatch(f -> f.contains("'kracht', die niet bestaat"));
	}

	@Test
	void adviesAlleenBijDeTechPulse() throws Exception {
		Adviezen adviezen = new Adviezen();
		Instrument techPulse = new Instrumenten().versie(PulseDienst.INSTRUMENT, "1.0").orElseThrow();
		Instrument ander = InstrumentLezer.lees("voorbeeld", voorbeeld().replace("\"energie\"", "\"taakeisen\""));
		assertThat(ander.subschaal("taakeisen")).isPresent();
		Rapportage.Cel cel = new Rapportage.Cel("org", "Organisatie", 0, null, 20, 25,
				Map.of("taakeisen", new Rapportage.Score(4.8, 0.3, 20)));
		List<Adviezen.Doelgroep> hr = List.of(Adviezen.Doelgroep.HR);
		assertThat(adviezen.voor(techPulse, cel, hr)).as("tech-pulse: hoge druk geeft advies").isNotEmpty();
		assertThat(adviezen.voor(ander, cel, hr)).as("ander instrument met hetzelfde id: geen advies").isEmpty();
	}

	private static List<String> fouten(String json) {
		try {
			InstrumentLezer.lees("x", json);
		}
		catch (OngeldigInstrument fout) {
			return fout.fouten();
		}
		throw new AssertionError("niet geweigerd: " + json);
	}

}
