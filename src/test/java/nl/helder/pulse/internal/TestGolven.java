// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

/**
 * Closed waves with chosen answers and dates in the past, for tests of reports across waves. Written as the demo data
 * is (no invitations), and closed with the sums stored, as {@code PulseDienst.sluit} does.
 */
public final class TestGolven {

	private TestGolven() {
	}

	/** The subscale scores of one respondent as the tech-pulse 1.0 computes them. */
	public static Map<String, Double> scores(ApplicationContext context, Map<String, Integer> items) {
		return instrument(context).scores(items);
	}

	public static List<String> schaalvragen(ApplicationContext context) {
		return instrument(context).schaalvragen().stream().map(Instrument.Vraag::id).toList();
	}

	public static UUID gesloten(ApplicationContext context, String organisatieCode, String titel, LocalDate opent,
			LocalDate sluit, List<UUID> doelteams, Map<UUID, List<Map<String, Integer>>> antwoorden) {
		return gesloten(context, "1.0", organisatieCode, titel, opent, sluit, doelteams, antwoorden);
	}

	/** A closed wave of the given tech-pulse version, with its answers and stored sums. */
	public static UUID gesloten(ApplicationContext context, String versie, String organisatieCode, String titel,
			LocalDate opent, LocalDate sluit, List<UUID> doelteams, Map<UUID, List<Map<String, Integer>>> antwoorden) {
		Instrument instrument = context.getBean(Instrumenten.class).versie(PulseDienst.INSTRUMENT, versie).orElseThrow();
		Golf golf = new Golf(organisatieCode, titel, instrument, 5, opent, sluit, doelteams, "test");
		golf.legInstemmingVast(opent.minusDays(10), "OR-test", "DPIA-test");
		golf.open();
		golf.sluitAf();
		golf = context.getBean(Golven.class).save(golf);
		AnoniemeOpslag opslag = context.getBean(AnoniemeOpslag.class);
		Map<UUID, Integer> uitgenodigd = new LinkedHashMap<>();
		for (Map.Entry<UUID, List<Map<String, Integer>>> team : antwoorden.entrySet()) {
			uitgenodigd.put(team.getKey(), team.getValue().size() + 1);
			for (Map<String, Integer> items : team.getValue()) {
				opslag.bewaar(new AnoniemeOpslag.NieuwAntwoord(golf.id(), team.getKey(), "advies", "soms", opent, items,
						instrument.scores(items), null, false));
			}
		}
		opslag.bewaarGroepsgrootte(golf.id(), uitgenodigd);
		context.getBean(Golfsommen.class).bewaar(golf.id());
		return golf.id();
	}

	private static Instrument instrument(ApplicationContext context) {
		return context.getBean(Instrumenten.class).versie(PulseDienst.INSTRUMENT, "1.0").orElseThrow();
	}

}
