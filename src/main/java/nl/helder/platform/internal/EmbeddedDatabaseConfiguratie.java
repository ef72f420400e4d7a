// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 15 inside the application when no database URL is given, so that Helder runs with one
 * command. Its data lives in {@code .data/} by default, outside {@code target/}, so that it survives {@code mvn clean}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConditie.class)
class EmbeddedDatabaseConfiguratie {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguratie.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${helder.database.data-directory:}") String dataDirectory,
			@Value("${helder.database.port:0}") int poort) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(java.time.Duration.ofSeconds(60))
			.setServerConfig("max_connections", "50");
		if (poort > 0) {
			// A fixed port lets psql, pg_dump and scripts/backup.sh reach the demo database.
			builder.setPort(poort);
		}
		if (!dataDirectory.isBlank()) {
			Path map = Path.of(dataDirectory).toAbsolutePath();
			Files.createDirectories(map);
			stopVerwaarloosdeServer(map);
			builder.setDataDirectory(map).setCleanDataDirectory(false);
			LOG.info("Ingebouwde PostgreSQL met gegevens in {}", map);
		}
		return builder.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setMaximumPoolSize(10);
		config.setPoolName("helder-embedded");
		return new HikariDataSource(config);
	}

	/**
	 * After a hard kill of the JVM the PostgreSQL child keeps running and holds the data directory; the next start
	 * would then fail. A leftover postmaster.pid whose process is gone is removed; a live one is stopped.
	 */
	private static void stopVerwaarloosdeServer(Path map) throws IOException {
		Path pid = map.resolve("postmaster.pid");
		if (!Files.exists(pid)) {
			return;
		}
		String eersteRegel = Files.readAllLines(pid).stream().findFirst().orElse("").trim();
		try {
			long processId = Long.parseLong(eersteRegel);
			ProcessHandle.of(processId).ifPresent(proces -> {
				LOG.warn("Achtergebleven PostgreSQL-proces {} wordt gestopt", processId);
				proces.destroy();
				proces.onExit().join();
			});
		}
		catch (NumberFormatException onleesbaar) {
			LOG.warn("Onleesbaar postmaster.pid in {}", map);
		}
		Files.deleteIfExists(pid);
	}

}
