// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import nl.helder.organisaties.Grootteklasse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The size classes of the AI Monitor Gemeenten: both boundaries belong to middelgroot. */
class GrootteklasseIndelingTest {

	private final GrootteklasseIndeling standaard = new GrootteklasseIndeling(null, null);

	@ParameterizedTest(name = "{0} inwoners → {1}")
	@CsvSource({ "0, KLEIN", "59999, KLEIN", "60000, MIDDELGROOT", "80000, MIDDELGROOT", "100000, MIDDELGROOT",
			"100001, GROOT", "2147483647, GROOT" })
	void standaardgrenzen(int inwoners, Grootteklasse verwacht) {
		assertThat(standaard.voor(inwoners)).isEqualTo(verwacht);
	}

	@Test
	void standaardgrenzenZijnDieVanDeMonitor() {
		assertThat(standaard.middelgrootVanaf()).isEqualTo(60_000);
		assertThat(standaard.grootBoven()).isEqualTo(100_000);
	}

	@Test
	void zonderInwonertalGeenKlasse() {
		assertThat(standaard.voor(null)).isNull();
	}

	@ParameterizedTest(name = "grenzen 50.000 en 150.000: {0} inwoners → {1}")
	@CsvSource({ "49999, KLEIN", "50000, MIDDELGROOT", "59999, MIDDELGROOT", "100001, MIDDELGROOT",
			"150000, MIDDELGROOT", "150001, GROOT" })
	void andereGrenzenVerschuivenDeKlassen(int inwoners, Grootteklasse verwacht) {
		assertThat(new GrootteklasseIndeling(50_000, 150_000).voor(inwoners)).isEqualTo(verwacht);
	}

	/** The boundaries are read from configuration under these names (application.yml, environment variables). */
	@Test
	void grenzenKomenUitDeConfiguratie() {
		var indeling = bind(Map.of("helder.grootteklasse.middelgroot-vanaf", "40000", "helder.grootteklasse.groot-boven",
				"90000"));
		assertThat(indeling.voor(39_999)).isEqualTo(Grootteklasse.KLEIN);
		assertThat(indeling.voor(40_000)).isEqualTo(Grootteklasse.MIDDELGROOT);
		assertThat(indeling.voor(90_001)).isEqualTo(Grootteklasse.GROOT);

		var alleenBoven = bind(Map.of("helder.grootteklasse.groot-boven", "120000"));
		assertThat(alleenBoven.voor(59_999)).isEqualTo(Grootteklasse.KLEIN);
		assertThat(alleenBoven.voor(110_000)).isEqualTo(Grootteklasse.MIDDELGROOT);
		assertThat(alleenBoven.voor(120_001)).isEqualTo(Grootteklasse.GROOT);
	}

	private static GrootteklasseIndeling bind(Map<String, String> instellingen) {
		return new Binder(new MapConfigurationPropertySource(instellingen)).bind("helder.grootteklasse",
				GrootteklasseIndeling.class).get();
	}

	@Test
	void gelijkeGrenzenLatenAlleenDieEneWaardeMiddelgroot() {
		var indeling = new GrootteklasseIndeling(70_000, 70_000);
		assertThat(indeling.voor(69_999)).isEqualTo(Grootteklasse.KLEIN);
		assertThat(indeling.voor(70_000)).isEqualTo(Grootteklasse.MIDDELGROOT);
		assertThat(indeling.voor(70_001)).isEqualTo(Grootteklasse.GROOT);
	}

	@Test
	void omgekeerdeGrenzenWordenGeweigerd() {
		assertThatThrownBy(() -> new GrootteklasseIndeling(100_001, 100_000)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("middelgroot-vanaf");
	}

}
