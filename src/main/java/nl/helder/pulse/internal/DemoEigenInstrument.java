// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo: Aalstede has loaded the made-up "werkplezier" example as its own instrument, so the instruments page and the
 * choice on the new-wave form show an own instrument next to the shipped one. Only once; no wave uses it, so it can be
 * removed in the demo.
 */
@Component
@ConditionalOnBooleanProperty("helder.demo.enabled")
@Order(101)
class DemoEigenInstrument implements ApplicationRunner {

	static final String BESTAND = "data/pulse/demo/werkplezier-voorbeeld-1.0.json";

	private final EigenInstrumenten eigen;

	private final Clock klok;

	DemoEigenInstrument(EigenInstrumenten eigen, Clock klok) {
		this.eigen = eigen;
		this.klok = klok;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		String definitie;
		try (InputStream invoer = new ClassPathResource(BESTAND).getInputStream()) {
			definitie = new String(invoer.readAllBytes(), StandardCharsets.UTF_8);
		}
		Instrument instrument = InstrumentLezer.lees(BESTAND, definitie);
		if (eigen.findByOrganisatieCodeAndInstrumentIdAndVersie(DemoPulse.GEMEENTE, instrument.id(), instrument.versie())
			.isPresent()) {
			return;
		}
		eigen.save(new EigenInstrument(DemoPulse.GEMEENTE, instrument, definitie, LocalDate.now(klok), "Demo hr"));
	}

}
