// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Contextual advice per role when an indicator crosses its limit; data in {@code data/pulse/advies.json}. */
@Component
public class Adviezen {

	public enum Doelgroep {

		MANAGEMENT, TEAMLEIDER, HR

	}

	record Bestand(String herkomst, List<Signaalregel> signalen) {
	}

	record Signaalregel(String subschaal, String richting, double grens, String signaal, Map<String, List<String>> advies) {

		boolean geraakt(double waarde) {
			return "hoog".equals(richting) ? waarde >= grens : waarde <= grens;
		}

	}

	/** An indicator that crossed its limit, with the advice for the chosen roles. */
	public record Advies(String subschaal, double waarde, String signaal, Map<Doelgroep, List<String>> perDoelgroep) {
	}

	private final List<Signaalregel> regels;

	public Adviezen() throws IOException {
		try (InputStream invoer = new ClassPathResource("data/pulse/advies.json").getInputStream()) {
			Bestand bestand = JsonMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(invoer, Bestand.class);
			for (Signaalregel regel : bestand.signalen()) {
				if (!List.of("hoog", "laag").contains(regel.richting())) {
					throw new IllegalStateException("advies.json: richting van " + regel.subschaal() + " moet hoog of laag zijn");
				}
			}
			this.regels = List.copyOf(bestand.signalen());
		}
	}

	public List<String> subschalen() {
		return regels.stream().map(Signaalregel::subschaal).toList();
	}

	/**
	 * The advice for a published cell: only subscales that are published count. The limits and texts were written for
	 * the tech-pulse's subscales; another instrument, even one that happens to use the same subscale ids, gets none,
	 * because its scale and meaning may differ.
	 */
	public List<Advies> voor(Instrument instrument, Rapportage.Cel cel, List<Doelgroep> doelgroepen) {
		List<Advies> uit = new ArrayList<>();
		if (cel == null || instrument == null || !PulseDienst.INSTRUMENT.equals(instrument.id())) {
			return uit;
		}
		for (Signaalregel regel : regels) {
			Rapportage.Score score = cel.score(regel.subschaal());
			if (score != null && regel.geraakt(score.gemiddelde())) {
				Map<Doelgroep, List<String>> perDoelgroep = new java.util.LinkedHashMap<>();
				for (Doelgroep doelgroep : doelgroepen) {
					perDoelgroep.put(doelgroep,
							regel.advies().getOrDefault(doelgroep.name().toLowerCase(java.util.Locale.ROOT), List.of()));
				}
				uit.add(new Advies(regel.subschaal(), score.gemiddelde(), regel.signaal(), perDoelgroep));
			}
		}
		return uit;
	}

}
