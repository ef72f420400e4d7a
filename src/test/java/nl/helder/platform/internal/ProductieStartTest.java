// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import nl.helder.HelderApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Helder started as in production, without the shared test context: each start must fail fast with one readable
 * report instead of a chain of stack traces. The report is checked both as the analyzer makes it and as the
 * operator sees it on the console (which shows that the analyzer is registered).
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductieStartTest {

	@Test
	void zonderDatabaseUrlStartHelderNietEnZegtWatOntbreekt(CapturedOutput uitvoer) {
		Throwable fout = start("--spring.datasource.url=");

		FailureAnalysis analyse = new StartFoutAnalyse().analyze(fout);

		assertThat(analyse).as("analyse van %s", fout).isNotNull();
		assertThat(analyse.getDescription()).contains("Helder start niet: de instelling SPRING_DATASOURCE_URL ontbreekt")
			.contains("Helder does not start: the setting SPRING_DATASOURCE_URL is missing");
		assertThat(analyse.getAction()).contains("Zet SPRING_DATASOURCE_URL").contains("Set SPRING_DATASOURCE_URL");
		assertThat(uitvoer.getAll()).contains("APPLICATION FAILED TO START")
			.contains("de instelling SPRING_DATASOURCE_URL ontbreekt");
	}

	@Test
	void eenAndereDatabaseDanPostgresqlWordtGeweigerd() {
		Throwable fout = start("--spring.datasource.url=jdbc:h2:mem:helder");

		FailureAnalysis analyse = new StartFoutAnalyse().analyze(fout);

		assertThat(analyse).as("analyse van %s", fout).isNotNull();
		assertThat(analyse.getDescription()).contains("SPRING_DATASOURCE_URL moet naar PostgreSQL wijzen");
	}

	@Test
	void eenOnbereikbareDatabaseGeeftEenLeesbareMelding(CapturedOutput uitvoer) {
		Throwable fout = start("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/helder",
				"--spring.datasource.username=helder", "--spring.datasource.password=niet-nodig",
				"--spring.datasource.hikari.connection-timeout=2000");

		FailureAnalysis analyse = new StartFoutAnalyse().analyze(fout);

		assertThat(analyse).as("analyse van %s", fout).isNotNull();
		assertThat(analyse.getDescription()).contains("Helder start niet: de database is niet bereikbaar")
			.contains("the database cannot be reached");
		assertThat(analyse.getAction()).contains("Controleer SPRING_DATASOURCE_URL");
		assertThat(uitvoer.getAll()).contains("APPLICATION FAILED TO START").contains("de database is niet bereikbaar");
		assertThat(analyse.getDescription()).as("het wachtwoord komt niet in de melding").doesNotContain("niet-nodig");
	}

	@Test
	void eenOngeldigBeheertokenStoptDeStartMetEenLeesbareMeldingZonderDeWaardeTeTonen(CapturedOutput uitvoer) {
		Throwable fout = start("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/helder",
				"--helder.beheer-token=geheim-maar-zonder-voorvoegsel-0123456789");

		FailureAnalysis analyse = new StartFoutAnalyse().analyze(fout);

		assertThat(analyse).as("analyse van %s", fout).isNotNull();
		assertThat(analyse.getDescription()).contains("HELDER_BEHEER_TOKEN moet beginnen met 'hld_'");
		assertThat(uitvoer.getAll()).contains("APPLICATION FAILED TO START")
			.doesNotContain("geheim-maar-zonder-voorvoegsel");
	}

	/** Starts Helder with the prod profile and the given settings; returns why it did not start. */
	private static Throwable start(String... instellingen) {
		String[] argumenten = new String[instellingen.length + 3];
		argumenten[0] = "--spring.profiles.active=prod";
		argumenten[1] = "--server.port=0";
		argumenten[2] = "--spring.main.banner-mode=off";
		System.arraycopy(instellingen, 0, argumenten, 3, instellingen.length);
		try (ConfigurableApplicationContext gestart = new SpringApplication(HelderApplication.class).run(argumenten)) {
			return fail("Helder startte, maar dat had niet gemogen: " + gestart);
		}
		catch (RuntimeException fout) {
			return fout;
		}
	}

}
