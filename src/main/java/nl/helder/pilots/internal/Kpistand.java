// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where one KPI stands: its measurement moments and the change from the baseline to the latest follow-up, with the
 * Welch interval. The same summary is frozen into a decision as its evidence.
 */
public record Kpistand(Pilotdata.Kpi kpi, List<Moment> momenten, Integer laatsteVervolg, Statistiek.Verschil verschil) {

	/** One measurement moment of one KPI: how many values, over which dates, and their mean. */
	public record Moment(int nummer, int aantal, LocalDate van, LocalDate tot, double gemiddelde) {

		public String naam() {
			return Meting.momentNaam(nummer);
		}

	}

	/** How the change reads, taking the direction of the KPI into account. */
	public enum Richting {

		TE_WEINIG, GEEN_VERVOLG, BETER, SLECHTER, ONZEKER

	}

	public Richting richting() {
		if (laatsteVervolg == null || momenten.stream().noneMatch(m -> m.nummer() == 0)) {
			return Richting.GEEN_VERVOLG;
		}
		if (!verschil.genoeg()) {
			return Richting.TE_WEINIG;
		}
		if (!verschil.zeker()) {
			return Richting.ONZEKER;
		}
		boolean omhoog = verschil.ondergrens() > 0;
		return omhoog == kpi.hogerIsBeter() ? Richting.BETER : Richting.SLECHTER;
	}

	/** The KPIs of the plan first, then any other KPI that has measurements. */
	public static List<Kpistand> bereken(List<String> gepland, List<Meting> metingen, Pilotdata data) {
		Set<String> ids = new LinkedHashSet<>(gepland);
		metingen.forEach(m -> ids.add(m.kpi()));
		List<Kpistand> standen = new ArrayList<>();
		for (String id : ids) {
			Pilotdata.Kpi kpi = data.kpi(id).orElse(null);
			if (kpi == null) {
				continue;
			}
			Map<Integer, List<Meting>> perMoment = new TreeMap<>();
			metingen.stream().filter(m -> m.kpi().equals(id)).forEach(m -> perMoment.computeIfAbsent(m.moment(), x -> new ArrayList<>()).add(m));
			List<Moment> momenten = perMoment.entrySet()
				.stream()
				.map(e -> new Moment(e.getKey(), e.getValue().size(),
						e.getValue().stream().map(Meting::datum).min(LocalDate::compareTo).orElseThrow(),
						e.getValue().stream().map(Meting::datum).max(LocalDate::compareTo).orElseThrow(),
						Statistiek.gemiddelde(waarden(e.getValue()))))
				.toList();
			Integer laatste = perMoment.keySet().stream().filter(n -> n > 0).reduce((a, b) -> b).orElse(null);
			double[] basis = waarden(perMoment.getOrDefault(0, List.of()));
			double[] vervolg = laatste == null ? new double[0] : waarden(perMoment.get(laatste));
			standen.add(new Kpistand(kpi, momenten, laatste, Statistiek.welch(basis, vervolg)));
		}
		return standen;
	}

	private static double[] waarden(List<Meting> metingen) {
		return metingen.stream().mapToDouble(m -> m.waarde().doubleValue()).toArray();
	}

	/** The summary as plain values, to freeze into a decision (jsonb) and to return from the API. */
	public Map<String, Object> alsGegevens() {
		Map<String, Object> g = new LinkedHashMap<>();
		g.put("kpi", kpi.id());
		g.put("naam", kpi.naam());
		g.put("eenheid", kpi.eenheid());
		g.put("hogerIsBeter", kpi.hogerIsBeter());
		g.put("momenten", momenten.stream().map(m -> {
			Map<String, Object> mg = new LinkedHashMap<>();
			mg.put("moment", m.naam());
			mg.put("aantal", m.aantal());
			mg.put("van", m.van().toString());
			mg.put("tot", m.tot().toString());
			mg.put("gemiddelde", m.gemiddelde());
			return mg;
		}).toList());
		g.put("vergelekenMet", laatsteVervolg == null ? null : Meting.momentNaam(laatsteVervolg));
		g.put("nNulmeting", verschil.nBasis());
		g.put("nVervolg", verschil.nVervolg());
		g.put("genoegMetingen", verschil.genoeg());
		g.put("verschil", verschil.genoeg() ? verschil.verschil() : null);
		g.put("ondergrens95", verschil.ondergrens());
		g.put("bovengrens95", verschil.bovengrens());
		g.put("richting", richting().name());
		return g;
	}

}
