// SPDX-License-Identifier: EUPL-1.2
// Test data for bench/geletterdheid.sh; not part of the application. Runs as a single-file Java program against the
// libraries of Helder's own jar (PostgreSQL driver):
//
//   java -cp 'target/bench/ext/lib/*' bench/GeletterdheidGegevens.java JDBC_URL GEMEENTECODE MEDEWERKERS TEAMS TRAININGEN AFRONDINGEN
//
// Replaces the AI literacy data of GEMEENTECODE by MEDEWERKERS employees spread over TEAMS new teams (a tenth of them
// departments, the rest teams below them), TRAININGEN trainings (half basic, half additional, with several validity
// periods), AFRONDINGEN distinct completions over the last four years (one in twenty self-reported and unconfirmed),
// one or two toepassingen per employee (every tenth employee also overseer) and six rules of the kinds the pages
// offer. Fixed seed, so every run measures the same data.
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

public class GeletterdheidGegevens {

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String org = args[1];
		int medewerkers = Integer.parseInt(args[2]);
		int teams = Integer.parseInt(args[3]);
		int trainingen = Integer.parseInt(args[4]);
		int afrondingen = Integer.parseInt(args[5]);
		Random toeval = new Random(5_000L);
		LocalDate vandaag = LocalDate.now();
		try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
			db.setAutoCommit(false);
			for (String tabel : List.of("afronding", "toepassingsrol", "toepassingskenmerk", "eis", "medewerker", "training")) {
				try (PreparedStatement weg = db.prepareStatement("delete from geletterdheid." + tabel + " where organisatie_code = ?")) {
					weg.setString(1, org);
					weg.executeUpdate();
				}
			}
			List<UUID> afdelingen = new ArrayList<>();
			List<UUID> teamIds = new ArrayList<>();
			try (PreparedStatement team = db.prepareStatement(
					"insert into organisaties.team (id, organisatie_code, naam, ouder_id, versie) values (?, ?, ?, ?, 0)")) {
				int aantalAfdelingen = Math.max(1, teams / 10);
				for (int i = 0; i < teams; i++) {
					UUID id = UUID.randomUUID();
					boolean afdeling = i < aantalAfdelingen;
					team.setObject(1, id);
					team.setString(2, org);
					team.setString(3, (afdeling ? "Benchafdeling " : "Benchteam ") + i + " " + id.toString().substring(0, 4));
					team.setObject(4, afdeling ? null : afdelingen.get(i % aantalAfdelingen));
					team.executeUpdate();
					(afdeling ? afdelingen : teamIds).add(id);
				}
			}
			List<UUID> trainingIds = new ArrayList<>();
			try (PreparedStatement training = db.prepareStatement("insert into geletterdheid.training (id, organisatie_code, "
					+ "code, titel, niveau, onderwerpen, geldig_maanden, vorm, revisie) values (?, ?, ?, ?, ?, 'wat-is-ai', ?, 'E_LEARNING', 0)")) {
				Integer[] geldig = { 12, 24, 36, null };
				for (int i = 0; i < trainingen; i++) {
					UUID id = UUID.randomUUID();
					training.setObject(1, id);
					training.setString(2, org);
					training.setString(3, "BENCH-" + i);
					training.setString(4, "Benchtraining " + i);
					training.setString(5, i % 2 == 0 ? "BASIS" : "VERDIEPEND");
					training.setObject(6, geldig[i % geldig.length]);
					training.addBatch();
					trainingIds.add(id);
				}
				training.executeBatch();
			}
			List<UUID> toepassingen = new ArrayList<>();
			try (PreparedStatement lees = db.prepareStatement("select id from register.toepassing where organisatie_code = ?")) {
				lees.setString(1, org);
				try (ResultSet rs = lees.executeQuery()) {
					while (rs.next()) {
						toepassingen.add(rs.getObject(1, UUID.class));
					}
				}
			}
			String[] groepen = { "Klantcontact", "Beleidsadviseur", "Uitvoering", "Leidinggevende", "Informatievoorziening",
					"Juridisch", "Financien", "Toezicht" };
			List<UUID> mensen = new ArrayList<>();
			try (PreparedStatement mens = db.prepareStatement("insert into geletterdheid.medewerker (id, organisatie_code, "
					+ "personeelsnummer, naam, team_id, functiegroep, in_dienst, revisie) values (?, ?, ?, ?, ?, ?, ?, 0)");
					PreparedStatement rol = db.prepareStatement("insert into geletterdheid.toepassingsrol (id, organisatie_code, "
							+ "medewerker_id, toepassing_id, rol) values (?, ?, ?, ?, ?)")) {
				for (int i = 0; i < medewerkers; i++) {
					UUID id = UUID.randomUUID();
					mens.setObject(1, id);
					mens.setString(2, org);
					mens.setString(3, "B" + (100000 + i));
					mens.setString(4, "Benchmedewerker " + i);
					mens.setObject(5, teamIds.get(i % teamIds.size()));
					mens.setString(6, groepen[i % groepen.length]);
					mens.setDate(7, Date.valueOf(vandaag.minusDays(toeval.nextInt(5000))));
					mens.addBatch();
					mensen.add(id);
					for (int k = 0; k < toepassingen.size() && k < 1 + i % 2; k++) {
						rol.setObject(1, UUID.randomUUID());
						rol.setString(2, org);
						rol.setObject(3, id);
						rol.setObject(4, toepassingen.get((i + k) % toepassingen.size()));
						rol.setString(5, k == 0 && i % 10 == 0 ? "TOEZICHTHOUDER" : "GEBRUIKER");
						rol.addBatch();
					}
				}
				mens.executeBatch();
				rol.executeBatch();
			}
			Set<String> gezien = new HashSet<>();
			try (PreparedStatement afronding = db.prepareStatement("insert into geletterdheid.afronding (id, organisatie_code, "
					+ "medewerker_id, training_id, datum, bron, bevestigd, geregistreerd, geregistreerd_door, revisie) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, 'bench', 0)")) {
				Timestamp nu = Timestamp.from(Instant.now());
				int geschreven = 0;
				while (geschreven < afrondingen) {
					int m = toeval.nextInt(mensen.size());
					int t = toeval.nextInt(trainingIds.size());
					LocalDate datum = vandaag.minusDays(1 + toeval.nextInt(4 * 365));
					if (!gezien.add(m + "/" + t + "/" + datum)) {
						continue;
					}
					boolean zelf = geschreven % 20 == 0;
					afronding.setObject(1, UUID.randomUUID());
					afronding.setString(2, org);
					afronding.setObject(3, mensen.get(m));
					afronding.setObject(4, trainingIds.get(t));
					afronding.setDate(5, Date.valueOf(datum));
					afronding.setString(6, zelf ? "ZELF_GEMELD" : "IMPORT");
					afronding.setBoolean(7, !zelf);
					afronding.setTimestamp(8, nu);
					afronding.addBatch();
					if (++geschreven % 5000 == 0) {
						afronding.executeBatch();
					}
				}
				afronding.executeBatch();
			}
			try (PreparedStatement eis = db.prepareStatement("insert into geletterdheid.eis (id, organisatie_code, naam, niveau, "
					+ "voorwaarden, uiterlijk, binnen_dagen, revisie) values (?, ?, ?, ?, ?, ?, ?, 0)")) {
				String toepassing = toepassingen.isEmpty() ? UUID.randomUUID().toString() : toepassingen.get(0).toString();
				String[][] regels = {
						{ "Basis voor iedereen", "BASIS", "[]" },
						{ "Generatieve AI", "BASIS", "[{\"feit\":\"generatief\",\"waarde\":\"ja\"}]" },
						{ "Toezicht hoog risico", "VERDIEPEND", "[{\"feit\":\"toepassingsrol\",\"waarde\":\"toezichthouder\"},{\"feit\":\"hoog-risico\",\"waarde\":\"ja\"}]" },
						{ "Leidinggevenden", "VERDIEPEND", "[{\"feit\":\"functiegroep\",\"waarde\":\"Leidinggevende\"}]" },
						{ "Eerste afdeling", "VERDIEPEND", "[{\"feit\":\"team\",\"waarde\":\"" + afdelingen.get(0) + "\"}]" },
						{ "Toezichthouders eerste toepassing", "VERDIEPEND", "[{\"feit\":\"toepassing\",\"waarde\":\"" + toepassing
								+ "\"},{\"feit\":\"toepassingsrol\",\"waarde\":\"toezichthouder\"}]" } };
				for (String[] r : regels) {
					eis.setObject(1, UUID.randomUUID());
					eis.setString(2, org);
					eis.setString(3, r[0]);
					eis.setString(4, r[1]);
					eis.setString(5, r[2]);
					eis.setDate(6, Date.valueOf(vandaag.plusMonths(3)));
					eis.setInt(7, 90);
					eis.addBatch();
				}
				eis.executeBatch();
			}
			db.commit();
			System.out.printf("%d medewerkers, %d teams, %d trainingen, %d afrondingen, %d toepassingen in %s%n", mensen.size(),
					afdelingen.size() + teamIds.size(), trainingIds.size(), afrondingen, toepassingen.size(), org);
		}
	}

}
