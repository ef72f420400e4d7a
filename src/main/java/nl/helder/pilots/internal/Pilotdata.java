// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module's domain data as shipped files: the intake criteria with their score scale (versioned, with an effective
 * date), the kinds of KPI with unit, range and direction, and suggested learning goals. Rules live here, not in code.
 */
@Component
public class Pilotdata {

	static final String CRITERIA = "data/pilots/intake-criteria.json";

	static final String KPIS = "data/pilots/kpis.json";

	static final String LEERDOELEN = "data/pilots/leerdoelen.json";

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public record Criterium(String id, String naam, String vraag) {
	}

	public record Schaal(int min, int max, String uitleg, Map<String, String> labels) {
	}

	public record Criteria(String versie, LocalDate geldigVanaf, Schaal schaal, List<Criterium> criteria) {
	}

	record Criteriabestand(List<Criteria> versies) {
	}

	/** A kind of KPI; measurements outside min..max (both included) are refused. */
	public record Kpi(String id, String naam, String eenheid, BigDecimal min, BigDecimal max, boolean hogerIsBeter) {

		public boolean binnenBereik(BigDecimal waarde) {
			return waarde.compareTo(min) >= 0 && waarde.compareTo(max) <= 0;
		}

	}

	record Kpibestand(String versie, List<Kpi> kpis) {
	}

	record Leerdoelbestand(String versie, List<String> suggesties) {
	}

	private final List<Criteria> criteriaversies;

	private final List<Kpi> kpis;

	private final List<String> leerdoelen;

	public Pilotdata() {
		this.criteriaversies = lees(CRITERIA, Criteriabestand.class).versies()
			.stream()
			.sorted(Comparator.comparing(Criteria::geldigVanaf))
			.toList();
		this.kpis = List.copyOf(lees(KPIS, Kpibestand.class).kpis());
		this.leerdoelen = List.copyOf(lees(LEERDOELEN, Leerdoelbestand.class).suggesties());
		if (criteriaversies.isEmpty() || kpis.isEmpty()) {
			throw new IllegalStateException("De gegevens van de module pilots zijn onvolledig");
		}
	}

	private static <T> T lees(String pad, Class<T> type) {
		try (InputStream in = new ClassPathResource(pad).getInputStream()) {
			return JSON.readValue(in, type);
		}
		catch (IOException fout) {
			throw new UncheckedIOException(pad, fout);
		}
	}

	/** The version that applies on this date: the newest whose effective date has passed, else the oldest. */
	public Criteria criteria(LocalDate op) {
		return criteriaversies.stream()
			.filter(c -> !c.geldigVanaf().isAfter(op))
			.reduce((eerder, later) -> later)
			.orElse(criteriaversies.get(0));
	}

	/** A stored intake is read with the version it was scored with. */
	public Criteria criteriaVersie(String versie, LocalDate anders) {
		return criteriaversies.stream().filter(c -> c.versie().equals(versie)).findFirst().orElse(criteria(anders));
	}

	public List<Kpi> kpis() {
		return kpis;
	}

	public Optional<Kpi> kpi(String id) {
		return kpis.stream().filter(k -> k.id().equals(id)).findFirst();
	}

	public List<String> leerdoelen() {
		return leerdoelen;
	}

}
