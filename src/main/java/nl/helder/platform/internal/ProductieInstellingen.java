// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Settings Helder cannot start without are checked before anything else starts, so a mistake ends in one clear
 * message instead of a chain of stack traces: in production an external database, and always a well-formed
 * HELDER_BEHEER_TOKEN when one is given.
 */
class ProductieInstellingen implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String beheerToken = environment.getProperty("helder.beheer-token", "").strip();
		if (!beheerToken.isEmpty() && (!beheerToken.startsWith("hld_") || beheerToken.length() < 36)) {
			throw new ConfiguratieFout(
					"Helder start niet: HELDER_BEHEER_TOKEN moet beginnen met 'hld_' en minstens 36 tekens lang zijn. "
							+ "/ Helder does not start: HELDER_BEHEER_TOKEN must start with 'hld_' and be at least 36 characters long.",
					"Maak een token met bijvoorbeeld: echo hld_$(openssl rand -hex 24) / Create one with, for example: echo hld_$(openssl rand -hex 24)");
		}
		if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			return;
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.isBlank()) {
			throw new ConfiguratieFout(
					"Helder start niet: de instelling SPRING_DATASOURCE_URL ontbreekt. In productie gebruikt Helder een eigen PostgreSQL-server. "
							+ "/ Helder does not start: the setting SPRING_DATASOURCE_URL is missing. In production Helder needs a PostgreSQL server.",
					"Zet SPRING_DATASOURCE_URL (bijvoorbeeld jdbc:postgresql://db.example.nl:5432/helder), SPRING_DATASOURCE_USERNAME en SPRING_DATASOURCE_PASSWORD. "
							+ "/ Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
		}
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new ConfiguratieFout(
					"Helder start niet: SPRING_DATASOURCE_URL moet naar PostgreSQL wijzen (jdbc:postgresql:...). "
							+ "/ Helder does not start: SPRING_DATASOURCE_URL must point to PostgreSQL.",
					"Gebruik een URL als jdbc:postgresql://host:5432/helder. / Use a URL like jdbc:postgresql://host:5432/helder.");
		}
	}

}
