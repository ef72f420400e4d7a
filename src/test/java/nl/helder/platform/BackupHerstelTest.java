// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup procedure of the README, run for real: scripts/backup.sh dumps the test database with pg_dump,
 * scripts/restore.sh restores it into a new empty database, and the copy holds the same rows, including an audit
 * log that still refuses changes.
 */
class BackupHerstelTest extends HelderIntegratieTest {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Environment omgeving;

	@TempDir
	private Path map;

	@Test
	void backupTerugzettenGeeftDezelfdeGegevensEnEenOnwijzigbaarAuditlog() throws Exception {
		assumeTrue(pgDumpAanwezig(), "pg_dump/pg_restore ontbreken: installeer postgresql-client (CI doet dat)");
		String jdbcUrl;
		try (Connection verbinding = dataSource.getConnection()) {
			jdbcUrl = verbinding.getMetaData().getURL();
		}
		URI bron = URI.create(jdbcUrl.substring("jdbc:".length()));
		String gebruiker = omgeving.getProperty("spring.datasource.username", "postgres");
		String wachtwoord = omgeving.getProperty("spring.datasource.password", "postgres");
		String herstelDb = "herstel_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		jdbc.sql("create database " + herstelDb).update();
		try {
			Path dump = map.resolve("helder.dump");
			voerUit(wachtwoord, "scripts/backup.sh", libpq(bron, gebruiker, bron.getPath().substring(1)), dump.toString());
			assertThat(Files.size(dump)).isPositive();
			voerUit(wachtwoord, "scripts/restore.sh", dump.toString(), libpq(bron, gebruiker, herstelDb));

			String herstelJdbc = "jdbc:postgresql://" + bron.getHost() + ":" + bron.getPort() + "/" + herstelDb;
			try (Connection origineel = dataSource.getConnection();
					Connection kopie = DriverManager.getConnection(herstelJdbc, gebruiker, wachtwoord)) {
				Map<String, Long> verwacht = tellingen(origineel);
				assertThat(verwacht).containsKeys("organisaties.gebruiker", "audit.gebeurtenis");
				assertThat(verwacht.get("organisaties.gebruiker")).isPositive();
				assertThat(tellingen(kopie)).isEqualTo(verwacht);
				assertThatThrownBy(() -> kopie.createStatement().executeUpdate("delete from audit.gebeurtenis"))
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("auditlog");
			}
		}
		finally {
			jdbc.sql("drop database if exists " + herstelDb + " with (force)").update();
		}
	}

	/** Row counts of every table in Helder's schemas, taken in one snapshot so concurrent tests don't interfere. */
	private static Map<String, Long> tellingen(Connection verbinding) throws SQLException {
		verbinding.setAutoCommit(false);
		verbinding.createStatement().execute("set transaction isolation level repeatable read");
		List<String> tabellen = new ArrayList<>();
		try (var rs = verbinding.createStatement()
			.executeQuery("select table_schema || '.' || table_name from information_schema.tables "
					+ "where table_schema in ('organisaties', 'audit') and table_type = 'BASE TABLE' order by 1")) {
			while (rs.next()) {
				tabellen.add(rs.getString(1));
			}
		}
		Map<String, Long> tellingen = new LinkedHashMap<>();
		for (String tabel : tabellen) {
			try (var rs = verbinding.createStatement().executeQuery("select count(*) from " + tabel)) {
				rs.next();
				tellingen.put(tabel, rs.getLong(1));
			}
		}
		verbinding.commit();
		verbinding.setAutoCommit(true);
		return tellingen;
	}

	private static String libpq(URI bron, String gebruiker, String database) {
		return "postgresql://" + gebruiker + "@" + bron.getHost() + ":" + bron.getPort() + "/" + database;
	}

	private static void voerUit(String wachtwoord, String... opdracht) throws IOException, InterruptedException {
		var bouwer = new ProcessBuilder(opdracht).redirectErrorStream(true);
		bouwer.environment().put("PGPASSWORD", wachtwoord);
		Process proces = bouwer.start();
		String uitvoer = new String(proces.getInputStream().readAllBytes());
		assertThat(proces.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(proces.exitValue()).as(String.join(" ", opdracht) + ":\n" + uitvoer).isZero();
	}

	private static boolean pgDumpAanwezig() throws IOException, InterruptedException {
		Process proces = new ProcessBuilder("bash", "-c",
				"command -v pg_dump || ls /usr/lib/postgresql/*/bin/pg_dump").redirectErrorStream(true).start();
		proces.getInputStream().readAllBytes();
		return proces.waitFor() == 0;
	}

}
