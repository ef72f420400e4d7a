// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/** Turns the two ways a start usually fails (a missing setting, an unreachable database) into one readable message. */
class StartFoutAnalyse implements FailureAnalyzer, Ordered {

	@Override
	public FailureAnalysis analyze(Throwable fout) {
		for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
			if (oorzaak instanceof ConfiguratieFout configuratie) {
				return new FailureAnalysis(configuratie.getMessage(), configuratie.watTeDoen(), configuratie);
			}
			if (oorzaak instanceof SQLException sql && sql.getSQLState() != null) {
				FailureAnalysis analyse = database(sql);
				if (analyse != null) {
					return analyse;
				}
			}
		}
		return null;
	}

	private static FailureAnalysis database(SQLException fout) {
		String staat = fout.getSQLState();
		if (staat.startsWith("08")) {
			return new FailureAnalysis(
					"Helder start niet: de database is niet bereikbaar (" + fout.getMessage() + "). "
							+ "/ Helder does not start: the database cannot be reached.",
					"Controleer SPRING_DATASOURCE_URL en of de PostgreSQL-server draait en verbindingen aanneemt. "
							+ "/ Check SPRING_DATASOURCE_URL and that the PostgreSQL server is running and accepts connections.",
					fout);
		}
		if (staat.startsWith("28")) {
			return new FailureAnalysis(
					"Helder start niet: de database weigert de gebruikersnaam of het wachtwoord. "
							+ "/ Helder does not start: the database refuses the user name or password.",
					"Controleer SPRING_DATASOURCE_USERNAME en SPRING_DATASOURCE_PASSWORD. / Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
					fout);
		}
		if (staat.equals("3D000")) {
			return new FailureAnalysis(
					"Helder start niet: de database in SPRING_DATASOURCE_URL bestaat niet. / Helder does not start: the database does not exist.",
					"Maak de database aan (createdb helder) of pas de URL aan. / Create the database or correct the URL.", fout);
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
