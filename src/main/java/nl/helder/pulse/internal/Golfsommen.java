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
 * and per subscale the number of scores, their sum and sum of squares, plus the totals a report needs. Results are shown only after closing and
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

	/** The team id of the rows that hold the cross-cuts (function group, tool-use group) of the whole organisation. */
	static final UUID HELE_ORGANISATIE = new UUID(0, 0);

	/** The function group or tool-use group of a row that adds up all groups. */
	static final String ALLE = "*";

	/**
	 * Writes (or rewrites) the sums of one wave from its answers; the same SQL as the migration's backfill. Besides the
	 * rows per team × function group × tool-use group it writes their totals per team ({@code *}, {@code *}) and, for
	 * the whole organisation ({@link #HELE_ORGANISATIE}), per function group and per tool-use group: a report reads only
	 * those totals, a few thousand rows even when a wave has 50,000 answers spread over as many groups.
	 */
	public void bewaar(UUID golfId) {
		jdbc.sql("delete from pulse.golf_som where golf_id = ?").param(golfId).update();
		jdbc.sql("delete from pulse.golf_groep where golf_id = ?").param(golfId).update();
		jdbc.sql("""
				insert into pulse.golf_groep (golf_id, team_id, functiegroep, gebruiksgroep, respondenten)
				select golf_id, coalesce(team_id, '00000000-0000-0000-0000-000000000000'), coalesce(fg, '*'), coalesce(tg, '*'),
				       count(*)
				from (select golf_id, team_id, coalesce(functiegroep, 'onbekend') as fg, coalesce(gebruiksgroep, 'onbekend') as tg
				      from pulse.antwoord where golf_id = ?) a
				group by grouping sets ((golf_id, team_id, fg, tg), (golf_id, team_id), (golf_id, fg), (golf_id, tg))""")
			.param(golfId)
			.update();
		jdbc.sql("""
				insert into pulse.golf_som (golf_id, team_id, functiegroep, gebruiksgroep, subschaal, aantal, som, kwadraten)
				select golf_id, coalesce(team_id, '00000000-0000-0000-0000-000000000000'), coalesce(fg, '*'), coalesce(tg, '*'),
				       subschaal, count(*), sum(waarde), sum(waarde * waarde)
				from (select a.golf_id, a.team_id, coalesce(a.functiegroep, 'onbekend') as fg,
				             coalesce(a.gebruiksgroep, 'onbekend') as tg, s.key as subschaal, s.value::text::float8 as waarde
				      from pulse.antwoord a cross join lateral jsonb_each(a.scores) s
				      where a.golf_id = ? and jsonb_typeof(s.value) = 'number') a
				group by grouping sets ((golf_id, team_id, fg, tg, subschaal), (golf_id, team_id, subschaal),
				                        (golf_id, fg, subschaal), (golf_id, tg, subschaal))""")
			.param(golfId)
			.update();
	}

	/**
	 * The stored totals of the given waves: per team, and with the cross-cuts also per function group and per tool-use
	 * group of the whole organisation. A wave without stored rows is absent from the result, so the caller can fall
	 * back to its answers.
	 */
	Map<UUID, Rapportage.Sommen> lees(Map<UUID, List<Instrument.Subschaal>> golven, boolean metKenmerken) {
		Map<UUID, Rapportage.Sommen> uit = new HashMap<>();
		if (golven.isEmpty()) {
			return uit;
		}
		List<UUID> ids = new ArrayList<>(golven.keySet());
		String welke = " where golf_id in (:ids) and ((functiegroep = '*' and gebruiksgroep = '*' and team_id <> :org)"
				+ (metKenmerken ? " or team_id = :org)" : ")");
		jdbc.sql("select golf_id, team_id, functiegroep, gebruiksgroep, respondenten from pulse.golf_groep" + welke)
			.param("ids", ids)
			.param("org", HELE_ORGANISATIE)
			.query(rs -> {
				UUID golf = rs.getObject(1, UUID.class);
				Rapportage.Som som = som(uit, golven, golf, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4));
				som.n = rs.getInt(5);
			});
		jdbc.sql("select golf_id, team_id, functiegroep, gebruiksgroep, subschaal, aantal, som, kwadraten from pulse.golf_som"
				+ welke)
			.param("ids", ids)
			.param("org", HELE_ORGANISATIE)
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

	/** The sum a total row belongs to: a team's total, or a function group or tool-use group of the organisation. */
	private static Rapportage.Som som(Map<UUID, Rapportage.Sommen> uit, Map<UUID, List<Instrument.Subschaal>> golven, UUID golf,
			UUID team, String functiegroep, String gebruiksgroep) {
		int s = golven.get(golf).size();
		Rapportage.Sommen sommen = uit.computeIfAbsent(golf,
				g -> new Rapportage.Sommen(new HashMap<>(), new HashMap<>(), new HashMap<>()));
		if (!HELE_ORGANISATIE.equals(team)) {
			return sommen.perTeam().computeIfAbsent(team, t -> new Rapportage.Som(s));
		}
		if (!ALLE.equals(functiegroep)) {
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
