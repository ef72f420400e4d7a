// SPDX-License-Identifier: EUPL-1.2
// Test data and the plain-SQL baseline for bench/pulse.sh; not part of the application. Runs as a single-file Java
// program against the libraries of Helder's own jar (PostgreSQL driver):
//
//   java -cp 'target/bench/ext/lib/*' bench/PulseGegevens.java vul JDBC_URL GEMEENTE RESPONDENTEN GOLVEN TEAMLEIDER [zonder-sommen]
//   java -cp 'target/bench/ext/lib/*' bench/PulseGegevens.java wis-sommen JDBC_URL
//   java -cp 'target/bench/ext/lib/*' bench/PulseGegevens.java sql JDBC_URL GOLF HERHALINGEN
//
// vul: 100 departments of 20 teams each in GEMEENTE, GOLVEN closed waves of the tech-pulse, each with RESPONDENTEN
//   answers (15 items and the five subscale scores, spread at random over the teams, function groups and tool-use
//   groups), all generated inside PostgreSQL, with each closed wave's stored sums as closing writes them (not with
//   zonder-sommen); moves the user TEAMLEIDER into the first team. Prints the id of the newest wave and the name of
//   that team.
// wis-sommen: removes the stored sums of all waves, so the reports sum the answers again (the comparison).
// sql: the same aggregate without suppression, per team for one wave (count and mean of each subscale), timed
//   HERHALINGEN times after 5 warm-up runs; prints the median in milliseconds.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

public class PulseGegevens {

	public static void main(String[] args) throws Exception {
		switch (args.length == 0 ? "" : args[0]) {
			case "vul" -> vul(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5],
					args.length < 7 || !args[6].equals("zonder-sommen"));
			case "wis-sommen" -> wisSommen(args[1]);
			case "sql" -> sql(args[1], UUID.fromString(args[2]), Integer.parseInt(args[3]));
			default -> {
				System.err.println("gebruik: vul JDBC_URL GEMEENTE RESPONDENTEN GOLVEN TEAMLEIDER [zonder-sommen] | sql JDBC_URL GOLF HERHALINGEN"
						+ " | wis-sommen JDBC_URL");
				System.exit(2);
			}
		}
	}

	static void vul(String url, String gemeente, int respondenten, int golven, String teamleider, boolean sommen)
			throws Exception {
		try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
			db.setAutoCommit(false);
			List<UUID> teams = new ArrayList<>();
			try (PreparedStatement team = db.prepareStatement(
					"insert into organisaties.team (id, organisatie_code, naam, ouder_id) values (?, ?, ?, ?)")) {
				for (int a = 0; a < 100; a++) {
					UUID afdeling = UUID.randomUUID();
					team.setObject(1, afdeling);
					team.setString(2, gemeente);
					team.setString(3, String.format("Benchafdeling %03d", a));
					team.setObject(4, null);
					team.executeUpdate();
					for (int t = 0; t < 20; t++) {
						UUID id = UUID.randomUUID();
						team.setObject(1, id);
						team.setString(3, String.format("Benchteam %03d-%02d", a, t));
						team.setObject(4, afdeling);
						team.executeUpdate();
						teams.add(id);
					}
				}
			}
			try (var s = db.createStatement()) {
				s.execute("create temp table benchteam (nr integer primary key, id uuid not null)");
			}
			try (PreparedStatement bt = db.prepareStatement("insert into benchteam values (?, ?)")) {
				for (int i = 0; i < teams.size(); i++) {
					bt.setInt(1, i);
					bt.setObject(2, teams.get(i));
					bt.addBatch();
				}
				bt.executeBatch();
			}
			String doel = String.join(",", teams.subList(0, 1).stream().map(UUID::toString).toList());
			UUID laatste = null;
			for (int g = 0; g < golven; g++) {
				UUID golf = UUID.randomUUID();
				java.time.LocalDate opent = java.time.LocalDate.now().minusDays(30L * (golven - g) + 20);
				try (PreparedStatement p = db.prepareStatement("""
						insert into pulse.golf (id, organisatie_code, titel, instrument_id, instrument_versie, k, opent, sluit,
						  doelteams, or_instemming_datum, or_instemming_document, dpia_referentie, status, aangemaakt_door_naam)
						values (?, ?, ?, 'tech-pulse', '1.0', 5, ?, ?, ?, ?, 'OR-bench', 'DPIA-bench', 'GESLOTEN', 'bench')""")) {
					p.setObject(1, golf);
					p.setString(2, gemeente);
					p.setString(3, String.format("Benchgolf %02d", g + 1));
					p.setObject(4, opent);
					p.setObject(5, opent.plusDays(14));
					p.setString(6, doel);
					p.setObject(7, opent.minusDays(10));
					p.executeUpdate();
				}
				try (PreparedStatement p = db.prepareStatement("""
						insert into pulse.golf_team (golf_id, team_id, uitgenodigd)
						select ?, id, ceil(? * 1.3 / 2000) from benchteam""")) {
					p.setObject(1, golf);
					p.setInt(2, respondenten);
					p.executeUpdate();
				}
				try (PreparedStatement p = db.prepareStatement("""
						insert into pulse.antwoord (id, golf_id, team_id, functiegroep, gebruiksgroep, datum, items, scores)
						select gen_random_uuid(), ?, bt.id,
						  (array['uitvoering','advies','ondersteuning','leiding',null])[1 + floor(random() * 5)::int],
						  (array['niet','soms','vaak',null])[1 + floor(random() * 4)::int],
						  ?::date + floor(random() * 14)::int,
						  jsonb_build_object('overbelasting', v[1], 'overzicht', v[2], 'onderbreking', v[3], 'altijd_aan', v[4],
						    'complexiteit', v[5], 'onzekerheid', v[6], 'steun', v[7], 'invloed', v[8], 'vaardigheden', v[9],
						    'eigen_regie', v[10], 'bekwaam', v[11], 'alleen', v[12], 'veerkracht', v[13], 'ai_lichter', v[14],
						    'ai_begrip', v[15]),
						  jsonb_build_object(
						    'taakeisen', (v[1] + 6 - v[2] + v[3] + v[4] + v[5] + v[6]) / 6.0,
						    'hulpbronnen', (v[7] + v[8] + v[9]) / 3.0,
						    'basisbehoeften', (v[10] + v[11] + 6 - v[12]) / 3.0,
						    'mentale_kracht', v[13]::numeric,
						    'ai_ervaring', (v[14] + v[15]) / 2.0)
						from (select g, floor(random() * 2000)::int as nr,
						        array(select 1 + floor(random() * 5)::int from generate_series(1, 15) where g > 0) as v
						      from generate_series(1, ?) g) r
						join benchteam bt on bt.nr = r.nr""")) {
					p.setObject(1, golf);
					p.setObject(2, opent);
					p.setInt(3, respondenten);
					p.executeUpdate();
				}
				if (sommen) {
					// As PulseDienst.sluit does (Golfsommen.bewaar): the closed wave's sums, written once.
					try (PreparedStatement p = db.prepareStatement("""
							insert into pulse.golf_groep (golf_id, team_id, functiegroep, gebruiksgroep, respondenten)
							select golf_id, coalesce(team_id, '00000000-0000-0000-0000-000000000000'), coalesce(fg, '*'),
							  coalesce(tg, '*'), count(*)
							from (select golf_id, team_id, coalesce(functiegroep, 'onbekend') as fg,
							        coalesce(gebruiksgroep, 'onbekend') as tg from pulse.antwoord where golf_id = ?) a
							group by grouping sets ((golf_id, team_id, fg, tg), (golf_id, team_id), (golf_id, fg), (golf_id, tg))""")) {
						p.setObject(1, golf);
						p.executeUpdate();
					}
					try (PreparedStatement p = db.prepareStatement("""
							insert into pulse.golf_som (golf_id, team_id, functiegroep, gebruiksgroep, subschaal, aantal, som, kwadraten)
							select golf_id, coalesce(team_id, '00000000-0000-0000-0000-000000000000'), coalesce(fg, '*'),
							  coalesce(tg, '*'), subschaal, count(*), sum(waarde), sum(waarde * waarde)
							from (select a.golf_id, a.team_id, coalesce(a.functiegroep, 'onbekend') as fg,
							        coalesce(a.gebruiksgroep, 'onbekend') as tg, s.key as subschaal, s.value::text::float8 as waarde
							      from pulse.antwoord a cross join lateral jsonb_each(a.scores) s
							      where a.golf_id = ? and jsonb_typeof(s.value) = 'number') a
							group by grouping sets ((golf_id, team_id, fg, tg, subschaal), (golf_id, team_id, subschaal),
							  (golf_id, fg, subschaal), (golf_id, tg, subschaal))""")) {
						p.setObject(1, golf);
						p.executeUpdate();
					}
				}
				db.commit();
				laatste = golf;
				System.err.printf("golf %d van %d: %d antwoorden%n", g + 1, golven, respondenten);
			}
			try (PreparedStatement p = db.prepareStatement("update organisaties.gebruiker set team_id = ? where gebruikersnaam = ?")) {
				p.setObject(1, teams.get(0));
				p.setString(2, teamleider);
				p.executeUpdate();
			}
			try (var s = db.createStatement()) {
				s.execute("analyze pulse.antwoord");
			}
			db.commit();
			System.out.println(laatste + " Benchteam 000-00");
		}
	}

	/** Removes all stored wave sums, so reports fall back to summing the answers: the "before" measurement. */
	static void wisSommen(String url) throws Exception {
		try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); var s = db.createStatement()) {
			s.executeUpdate("delete from pulse.golf_som");
			s.executeUpdate("delete from pulse.golf_groep");
		}
	}

	static void sql(String url, UUID golf, int herhalingen) throws Exception {
		String query = """
				select team_id, count(*), avg((scores ->> 'taakeisen')::float8), avg((scores ->> 'hulpbronnen')::float8),
				  avg((scores ->> 'basisbehoeften')::float8), avg((scores ->> 'mentale_kracht')::float8),
				  avg((scores ->> 'ai_ervaring')::float8)
				from pulse.antwoord where golf_id = ? group by team_id""";
		try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
			List<Double> tijden = new ArrayList<>();
			for (int i = 0; i < 5 + herhalingen; i++) {
				long start = System.nanoTime();
				int rijen = 0;
				try (PreparedStatement p = db.prepareStatement(query)) {
					p.setObject(1, golf);
					try (ResultSet rs = p.executeQuery()) {
						while (rs.next()) {
							rijen++;
						}
					}
				}
				if (i >= 5) {
					tijden.add((System.nanoTime() - start) / 1e6);
				}
				if (rijen == 0) {
					throw new IllegalStateException("geen antwoorden in golf " + golf);
				}
			}
			Collections.sort(tijden);
			double mediaan = tijden.size() % 2 == 1 ? tijden.get(tijden.size() / 2)
					: (tijden.get(tijden.size() / 2 - 1) + tijden.get(tijden.size() / 2)) / 2;
			System.out.printf(java.util.Locale.ROOT, "%.1f %.1f %.1f%n", mediaan, tijden.get(0), tijden.get(tijden.size() - 1));
		}
	}

}
