// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Dutch first; {@code ?taal=en} switches to English and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class TaalConfiguratie implements WebMvcConfigurer {

	static final Locale NEDERLANDS = Locale.forLanguageTag("nl");

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("helder-taal");
		resolver.setDefaultLocale(NEDERLANDS);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var wisselaar = new LocaleChangeInterceptor();
		wisselaar.setParamName("taal");
		wisselaar.setIgnoreInvalidLocale(true);
		registry.addInterceptor(wisselaar);
	}

}
