// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles without Spring Boot, so unit tests can assert the Dutch texts users see. */
final class Berichten {

	static final Locale NEDERLANDS = Locale.forLanguageTag("nl");

	static final MessageSource BUNDEL = bundel();

	private Berichten() {
	}

	private static MessageSource bundel() {
		ResourceBundleMessageSource bundel = new ResourceBundleMessageSource();
		bundel.setBasename("messages");
		bundel.setDefaultEncoding("UTF-8");
		bundel.setFallbackToSystemLocale(false);
		bundel.setUseCodeAsDefaultMessage(false);
		return bundel;
	}

	static String nl(Melding melding) {
		return melding.tekst(BUNDEL, NEDERLANDS);
	}

	static List<String> nl(OngeldigeBeslisboom fout) {
		return fout.meldingen().stream().map(Berichten::nl).toList();
	}

}
