// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sums of a closed wave, written once when it closes: respondents per team × function group × tool-use group,
 * and per subscale the number of scores, their sum and sum of squares. Results are shown only after closing and
 * answers cannot change then, so a report reads these rows instead of summing every answer again. The rows hold less
 * than the answers already do (no person, no token, no date, no text); suppression still runs on every read.
 * Written with SQL, like the answers, so the audit log does not record when they were written by whom.
 */
@Component
public class Golfsommen {

	private final JdbcClient jdbc;

	Golfsommen(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes (or rewrites) the sums of one wave from its answers; the same SQL as the migration's backfill. */
	public void bewaar(UUID golfId) {
		jdbc.sql("delete from pulse.golf_som where golf_id = ?").param(golfId).update();
		jdbc.sql("delete from pulse.golf_groep where golf_id = ?").param(golfId).update();
		jdbc.sql("""
				insert into pulse.golf_groep (golf_id, team_id, functiegroep, gebruiksgroep, respondenten)
				select golf_id, team_id, coalesce(functiegroep, 'onbekend'), coalesce(gebruiksgroep, 'onbekend'), count(*)
				from pulse.antwoord where golf_id = ?
				group by 1, 2, 3, 4""").param(golfId).update();
		jdbc.sql("""
				insert into pulse.golf_som (golf_id, team_id, functiegroep, gebruiksgroep, subschaal, aantal, som, kwadraten)
				select a.golf_id, a.team_id, coalesce(a.functiegroep, 'onbekend'), coalesce(a.gebruiksgroep, 'onbekend'), s.key,
				       count(*), sum(s.value::text::float8), sum(s.value::text::float8 * s.value::text::float8)
				from pulse.antwoord a cross join lateral jsonb_each(a.scores) s
				where a.golf_id = ? and jsonb_typeof(s.value) = 'number'
				group by 1, 2, 3, 4, 5""").param(golfId).update();
	}

	/**
	 * The stored sums of the given waves in one pass per table, already added up per team (and, with the cross-cuts,
	 * per function group and per tool-use group) inside PostgreSQL. A wave without stored rows is absent from the
	 * result, so the caller can fall back to its answers.
	 */
	Map<UUID, Rapportage.Sommen> lees(Map<UUID, List<Instrument.Subschaal>> golven, boolean metKenmerken) {
		Map<UUID, Rapportage.Sommen> uit = new HashMap<>();
		if (golven.isEmpty()) {
			return uit;
		}
		List<UUID> ids = new ArrayList<>(golven.keySet());
		String sets = metKenmerken
				? "grouping sets ((golf_id, team_id), (golf_id, functiegroep), (golf_id, gebruiksgroep))"
				: "golf_id, team_id";
		String kenmerken = metKenmerken ? "functiegroep, gebruiksgroep" : "null, null";
		jdbc.sql("select golf_id, team_id, " + kenmerken + ", sum(respondenten) from pulse.golf_groep"
				+ " where golf_id in (:ids) group by " + sets)
			.param("ids", ids)
			.query(rs -> {
				UUID golf = rs.getObject(1, UUID.class);
				Rapportage.Som som = som(uit, golven, golf, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4));
				som.n = rs.getInt(5);
			});
		String setsMetSubschaal = metKenmerken
				? "grouping sets ((golf_id, team_id, subschaal), (golf_id, functiegroep, subschaal), (golf_id, gebruiksgroep, subschaal))"
				: "golf_id, team_id, subschaal";
		jdbc.sql("select golf_id, team_id, " + kenmerken + ", subschaal, sum(aantal), sum(som), sum(kwadraten)"
				+ " from pulse.golf_som where golf_id in (:ids) group by " + setsMetSubschaal)
			.param("ids", ids)
			.query(rs -> {
				UUID golf = rs.getObject(1, UUID.class);
				List<Instrument.Subschaal> subschalen = golven.get(golf);
				int i = index(subschalen, rs.getString(5));
				if (i < 0) {
					return;
				}
				Rapportage.Som som = som(uit, golven, golf, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4));
				som.aantal[i] = rs.getInt(6);
				som.som[i] = rs.getDouble(7);
				som.kwadraten[i] = rs.getDouble(8);
			});
		return uit;
	}

	/** How many people were invited per team, for several waves in one query. */
	Map<UUID, Map<UUID, Integer>> groepsgroottes(java.util.Collection<UUID> golfIds) {
		Map<UUID, Map<UUID, Integer>> uit = new HashMap<>();
		if (golfIds.isEmpty()) {
			return uit;
		}
		jdbc.sql("select golf_id, team_id, uitgenodigd from pulse.golf_team where golf_id in (:ids)")
			.param("ids", new ArrayList<>(golfIds))
			.query(rs -> {
				uit.computeIfAbsent(rs.getObject(1, UUID.class), g -> new java.util.LinkedHashMap<>())
					.put(rs.getObject(2, UUID.class), rs.getInt(3));
			});
		return uit;
	}

	/** The sum a result row belongs to: a team row has a team id, a cross-cut row a group code. */
	private static Rapportage.Som som(Map<UUID, Rapportage.Sommen> uit, Map<UUID, List<Instrument.Subschaal>> golven, UUID golf,
			UUID team, String functiegroep, String gebruiksgroep) {
		int s = golven.get(golf).size();
		Rapportage.Sommen sommen = uit.computeIfAbsent(golf,
				g -> new Rapportage.Sommen(new HashMap<>(), new HashMap<>(), new HashMap<>()));
		if (team != null) {
			return sommen.perTeam().computeIfAbsent(team, t -> new Rapportage.Som(s));
		}
		if (functiegroep != null) {
			return sommen.perFunctiegroep().computeIfAbsent(functiegroep, f -> new Rapportage.Som(s));
		}
		return sommen.perGebruiksgroep().computeIfAbsent(gebruiksgroep, f -> new Rapportage.Som(s));
	}

	private static int index(List<Instrument.Subschaal> subschalen, String id) {
		for (int i = 0; i < subschalen.size(); i++) {
			if (subschalen.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

}
