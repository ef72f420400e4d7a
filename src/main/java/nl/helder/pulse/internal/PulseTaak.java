// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.helder.platform.GeplandeTaak;

/**
 * The pulse job on the platform's scheduler. It looks every hour (not once a day: a daily delay drifts and could skip
 * a date); each reminder date is still sent only once, and newcomers are invited as they appear.
 */
@Configuration(proxyBeanMethods = false)
class PulseTaak {

	static final String NAAM = "pulse-herinneringen";

	@Bean
	GeplandeTaak pulseHerinneringenTaak(PulseHerinneringen herinneringen,
			@Value("${helder.pulse.taak-interval:PT1H}") Duration interval) {
		return new GeplandeTaak(NAAM, interval, herinneringen::draai);
	}

}
