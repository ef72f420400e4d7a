// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.helder.organisaties.TeamInfo;

/**
 * The suppressed report of one wave: the organisation, its team tree, and the two cross-cuts (function group,
 * tool-use group) for the whole organisation. A closed wave is read from the sums stored when it closed
 * ({@link Golfsommen}); otherwise answers are summed per team × function group × tool-use group in one query. Every
 * number is then checked by {@link Onderdrukking}: once for the respondent counts and once per subscale (a subscale
 * can have fewer answers than the wave has respondents).
 */
@Component
public class Rapportage {

	/** Respondents who left an attribute empty form their own group; it is published like any other. */
	public static final String ONBEKEND = "onbekend";

	private static final Pattern VEILIG_ID = Pattern.compile("[a-z][a-z0-9_]{0,59}");

	private final JdbcClient jdbc;

	private final Golfsommen golfsommen;

	Rapportage(JdbcClient jdbc, Golfsommen golfsommen) {
		this.jdbc = jdbc;
		this.golfsommen = golfsommen;
	}

	public record Score(double gemiddelde, double spreiding, int n) {
	}

	/** One cell; {@code n} is null when the cell is hidden, a subscale is absent when it is hidden. */
	public record Cel(String sleutel, String naam, int diepte, UUID teamId, Integer n, Integer uitgenodigd,
			Map<String, Score> scores) {

		public boolean isZichtbaar() {
			return n != null;
		}

		public Score score(String subschaal) {
			return scores.get(subschaal);
		}

	}

	public record Rapport(UUID golfId, int k, Cel organisatie, List<Cel> teams, List<Cel> functiegroepen,
			List<Cel> gebruiksgroepen, List<Instrument.Subschaal> subschalen) {

		public java.util.Optional<Cel> team(UUID teamId) {
			return teams.stream().filter(c -> teamId.equals(c.teamId())).findFirst();
		}

	}

	/** Sums per group: respondents, and per subscale the number of scores, their sum and sum of squares. */
	static final class Som {

		int n;

		final int[] aantal;

		final double[] som;

		final double[] kwadraten;

		Som(int subschalen) {
			aantal = new int[subschalen];
			som = new double[subschalen];
			kwadraten = new double[subschalen];
		}

		void tel(Som ander) {
			n += ander.n;
			for (int i = 0; i < aantal.length; i++) {
				aantal[i] += ander.aantal[i];
				som[i] += ander.som[i];
				kwadraten[i] += ander.kwadraten[i];
			}
		}

		/** Measure 0 is the respondent count, measure i the number of scores of subscale i - 1. */
		int telling(int maat) {
			return maat == 0 ? n : aantal[maat - 1];
		}

	}

	record Atoom(UUID team, String functiegroep, String gebruiksgroep, Som som) {
	}

	/**
	 * What a report is built from: sums per team, and (only with the cross-cuts) per function group and per tool-use
	 * group for the whole organisation. Either summed from the answers or read from a closed wave's stored sums.
	 */
	record Sommen(Map<UUID, Som> perTeam, Map<String, Som> perFunctiegroep, Map<String, Som> perGebruiksgroep) {

		static Sommen van(List<Atoom> atomen, int subschalen, boolean metKenmerken) {
			Map<UUID, Som> perTeam = new HashMap<>();
			Map<String, Som> functiegroepen = new HashMap<>();
			Map<String, Som> gebruiksgroepen = new HashMap<>();
			for (Atoom atoom : atomen) {
				perTeam.computeIfAbsent(atoom.team(), t -> new Som(subschalen)).tel(atoom.som());
				if (metKenmerken) {
					functiegroepen.computeIfAbsent(atoom.functiegroep(), f -> new Som(subschalen)).tel(atoom.som());
					gebruiksgroepen.computeIfAbsent(atoom.gebruiksgroep(), f -> new Som(subschalen)).tel(atoom.som());
				}
			}
			return new Sommen(perTeam, functiegroepen, gebruiksgroepen);
		}

	}

	public Rapport bereken(Golf golf, Instrument instrument, List<TeamInfo> boom, Map<UUID, Integer> groepsgrootte) {
		return bereken(golf, instrument, boom, groepsgrootte, true);
	}

	/**
	 * Without the cross-cuts ({@code metKenmerken} false) the query groups by team only, which is much cheaper; the
	 * tree cells come out the same, because the cross-cut families never hide a cell of the tree. A closed wave is
	 * read from its stored sums ({@link Golfsommen}); only a closed wave without them is summed from its answers.
	 */
	public Rapport bereken(Golf golf, Instrument instrument, List<TeamInfo> boom, Map<UUID, Integer> groepsgrootte,
			boolean metKenmerken) {
		Sommen sommen = null;
		if (golf.status() == Golf.Status.GESLOTEN) {
			sommen = golfsommen.lees(Map.of(golf.id(), instrument.subschalen()), metKenmerken).get(golf.id());
		}
		return bereken(golf, instrument, boom, groepsgrootte, metKenmerken, sommen);
	}

	/** Always from the answers themselves, never from stored sums: the reference the stored sums are checked against. */
	Rapport berekenUitAntwoorden(Golf golf, Instrument instrument, List<TeamInfo> boom, Map<UUID, Integer> groepsgrootte,
			boolean metKenmerken) {
		return bereken(golf, instrument, boom, groepsgrootte, metKenmerken, null);
	}

	/** {@code sommen} null means: sum the answers now. */
	Rapport bereken(Golf golf, Instrument instrument, List<TeamInfo> boom, Map<UUID, Integer> groepsgrootte,
			boolean metKenmerken, Sommen sommen) {
		List<Instrument.Subschaal> subschalen = instrument.subschalen();
		int s = subschalen.size();
		if (sommen == null) {
			sommen = Sommen.van(atomen(golf.id(), subschalen, metKenmerken), s, metKenmerken);
		}

		Som organisatie = new Som(s);
		Map<UUID, Som> eigen = sommen.perTeam();
		Map<String, Som> functiegroepen = new LinkedHashMap<>();
		Map<String, Som> gebruiksgroepen = new LinkedHashMap<>();
		if (metKenmerken) {
			opties(instrument, Instrument.FUNCTIEGROEP).forEach(o -> functiegroepen.put(o, new Som(s)));
			opties(instrument, Instrument.GEBRUIKSGROEP).forEach(o -> gebruiksgroepen.put(o, new Som(s)));
			sommen.perFunctiegroep().forEach((f, som) -> functiegroepen.computeIfAbsent(f, x -> new Som(s)).tel(som));
			sommen.perGebruiksgroep().forEach((g, som) -> gebruiksgroepen.computeIfAbsent(g, x -> new Som(s)).tel(som));
		}
		eigen.values().forEach(organisatie::tel);

		// Subtree sums, bottom-up: the tree comes in depth-first order, so children follow their parent.
		Set<UUID> inBoom = new java.util.HashSet<>();
		boom.forEach(t -> inBoom.add(t.id()));
		Map<UUID, Som> subboom = new HashMap<>();
		for (TeamInfo team : boom) {
			Som som = new Som(s);
			som.tel(eigen.getOrDefault(team.id(), new Som(s)));
			subboom.put(team.id(), som);
		}
		for (int i = boom.size() - 1; i >= 0; i--) {
			TeamInfo team = boom.get(i);
			if (team.ouderId() != null && inBoom.contains(team.ouderId())) {
				subboom.get(team.ouderId()).tel(subboom.get(team.id()));
			}
		}
		Som buitenBoom = new Som(s);
		eigen.forEach((team, som) -> {
			if (!inBoom.contains(team)) {
				buitenBoom.tel(som);
			}
		});

		Map<String, Som> cellen = new LinkedHashMap<>();
		cellen.put("org", organisatie);
		boom.forEach(t -> cellen.put("team:" + t.id(), subboom.get(t.id())));
		functiegroepen.forEach((f, som) -> cellen.put("fg:" + f, som));
		gebruiksgroepen.forEach((g, som) -> cellen.put("tg:" + g, som));

		Map<UUID, List<String>> kinderenVan = new HashMap<>();
		boom.forEach(t -> {
			if (t.ouderId() != null) {
				kinderenVan.computeIfAbsent(t.ouderId(), x -> new ArrayList<>()).add("team:" + t.id());
			}
		});
		List<Set<String>> zichtbaar = new ArrayList<>();
		for (int maat = 0; maat <= s; maat++) {
			int m = maat;
			Map<String, Integer> aantallen = new LinkedHashMap<>();
			cellen.forEach((cel, som) -> aantallen.put(cel, som.telling(m)));
			List<Onderdrukking.Familie> families = new ArrayList<>();
			families.add(new Onderdrukking.Familie("org",
					boom.stream().filter(t -> t.ouderId() == null || !inBoom.contains(t.ouderId())).map(t -> "team:" + t.id()).toList(),
					buitenBoom.telling(m)));
			for (TeamInfo team : boom) {
				List<String> kinderen = kinderenVan.getOrDefault(team.id(), List.of());
				if (!kinderen.isEmpty()) {
					families.add(new Onderdrukking.Familie("team:" + team.id(), kinderen,
							eigen.getOrDefault(team.id(), new Som(s)).telling(m)));
				}
			}
			if (metKenmerken) {
				families.add(new Onderdrukking.Familie("org", functiegroepen.keySet().stream().map(f -> "fg:" + f).toList(), 0));
				families.add(new Onderdrukking.Familie("org", gebruiksgroepen.keySet().stream().map(g -> "tg:" + g).toList(), 0));
			}
			zichtbaar.add(Onderdrukking.gepubliceerd(aantallen, families, golf.k()));
		}

		java.util.function.BiFunction<String, Som, Map<String, Score>> scores = (cel, som) -> {
			Map<String, Score> uit = new LinkedHashMap<>();
			for (int i = 0; i < s; i++) {
				if (zichtbaar.get(i + 1).contains(cel) && som.aantal[i] > 0) {
					double gemiddelde = som.som[i] / som.aantal[i];
					double variantie = som.aantal[i] > 1
							? Math.max(0, (som.kwadraten[i] - som.aantal[i] * gemiddelde * gemiddelde) / (som.aantal[i] - 1)) : 0;
					uit.put(subschalen.get(i).id(), new Score(gemiddelde, Math.sqrt(variantie), som.aantal[i]));
				}
			}
			return uit;
		};
		java.util.function.Function<String, Integer> n = cel -> zichtbaar.get(0).contains(cel) ? cellen.get(cel).n : null;

		Cel org = new Cel("org", null, 0, null, n.apply("org"), groepsgrootte.values().stream().mapToInt(Integer::intValue).sum(),
				scores.apply("org", organisatie));
		List<Cel> teams = new ArrayList<>();
		Map<UUID, Integer> uitgenodigd = uitgenodigdPerSubboom(boom, groepsgrootte);
		for (TeamInfo team : boom) {
			String cel = "team:" + team.id();
			teams.add(new Cel(cel, team.naam(), team.diepte(), team.id(), n.apply(cel), uitgenodigd.get(team.id()),
					scores.apply(cel, subboom.get(team.id()))));
		}
		List<Cel> fg = new ArrayList<>();
		functiegroepen.forEach((f, som) -> fg.add(new Cel("fg:" + f, f, 0, null, n.apply("fg:" + f), null, scores.apply("fg:" + f, som))));
		List<Cel> tg = new ArrayList<>();
		gebruiksgroepen.forEach((g, som) -> tg.add(new Cel("tg:" + g, g, 0, null, n.apply("tg:" + g), null, scores.apply("tg:" + g, som))));
		return new Rapport(golf.id(), golf.k(), org, teams, fg, tg, subschalen);
	}

	private static Map<UUID, Integer> uitgenodigdPerSubboom(List<TeamInfo> boom, Map<UUID, Integer> groepsgrootte) {
		Map<UUID, Integer> uit = new HashMap<>();
		boom.forEach(t -> uit.put(t.id(), groepsgrootte.getOrDefault(t.id(), 0)));
		for (int i = boom.size() - 1; i >= 0; i--) {
			TeamInfo team = boom.get(i);
			if (team.ouderId() != null && uit.containsKey(team.ouderId())) {
				uit.merge(team.ouderId(), uit.get(team.id()), Integer::sum);
			}
		}
		return uit;
	}

	private static List<String> opties(Instrument instrument, String vraag) {
		List<String> uit = new ArrayList<>();
		instrument.vraag(vraag).ifPresent(v -> v.opties().forEach(o -> uit.add(o.code())));
		uit.add(ONBEKEND);
		return uit;
	}

	private List<Atoom> atomen(UUID golfId, List<Instrument.Subschaal> subschalen, boolean metKenmerken) {
		StringBuilder kolommen = new StringBuilder();
		StringBuilder sql = new StringBuilder("select team_id, "
				+ (metKenmerken ? "coalesce(functiegroep, '" + ONBEKEND + "'), coalesce(gebruiksgroep, '" + ONBEKEND + "')"
						: "null, null")
				+ ", count(*)");
		for (Instrument.Subschaal subschaal : subschalen) {
			// Subscale ids are checked against a strict pattern when the instrument is read; checked again here
			// because they become part of the SQL text.
			if (!VEILIG_ID.matcher(subschaal.id()).matches()) {
				throw new IllegalStateException("subschaal-id");
			}
			String waarde = "s." + subschaal.id();
			kolommen.append(kolommen.isEmpty() ? "" : ", ").append(subschaal.id()).append(" float8");
			sql.append(", count(").append(waarde).append("), coalesce(sum(").append(waarde).append("), 0), coalesce(sum(")
				.append(waarde).append(" * ").append(waarde).append("), 0)");
		}
		// jsonb_to_record reads each row's scores once, instead of once per expression.
		sql.append(" from pulse.antwoord cross join lateral jsonb_to_record(scores) as s(").append(kolommen)
			.append(") where golf_id = ? group by ").append(metKenmerken ? "1, 2, 3" : "1");
		int s = subschalen.size();
		return jdbc.sql(sql.toString()).param(golfId).query((rs, rij) -> {
			Som som = new Som(s);
			som.n = rs.getInt(4);
			for (int i = 0; i < s; i++) {
				som.aantal[i] = rs.getInt(5 + 3 * i);
				som.som[i] = rs.getDouble(6 + 3 * i);
				som.kwadraten[i] = rs.getDouble(7 + 3 * i);
			}
			return new Atoom(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), som);
		}).list();
	}

}
