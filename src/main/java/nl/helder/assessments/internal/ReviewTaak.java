// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.helder.platform.GeplandeTaak;

/** The review reminders as a job of the platform's scheduler (ADR 0009). */
@Configuration(proxyBeanMethods = false)
class ReviewTaak {

	static final String REVIEWHERINNERINGEN = "review-herinneringen";

	@Bean
	GeplandeTaak reviewHerinneringenTaak(ReviewHerinneringen herinneringen, ReviewInstellingen instellingen) {
		return new GeplandeTaak(REVIEWHERINNERINGEN, instellingen.controleInterval(), herinneringen::verstuur);
	}

}
