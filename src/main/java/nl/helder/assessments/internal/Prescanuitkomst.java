// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.helder.assessments.internal.Vragenlijst.Regel;

/**
 * What a pre-scan concludes: per instrument the strongest level among its rules that hold, with the reasons of that
 * level. The rules are data in the definition; this class only applies them.
 */
public final class Prescanuitkomst {

	private Prescanuitkomst() {
	}

	/** One instrument the answers call for. */
	public record Advies(String instrument, Niveau niveau, List<String> redenen) {
	}

	public static List<Advies> bepaal(Vragenlijst lijst, Map<String, Object> antwoorden) {
		Map<String, Object> waarden = Antwoordcontrole.waarden(lijst, antwoorden);
		Map<String, Niveau> niveaus = new LinkedHashMap<>();
		Map<String, List<String>> redenen = new LinkedHashMap<>();
		for (Regel regel : lijst.regels()) {
			if (!regel.als().isWaar(waarden)) {
				continue;
			}
			Niveau huidig = niveaus.get(regel.instrument());
			if (huidig == null || regel.niveau().ordinal() < huidig.ordinal()) {
				niveaus.put(regel.instrument(), regel.niveau());
				redenen.put(regel.instrument(), new ArrayList<>());
			}
			if (niveaus.get(regel.instrument()) == regel.niveau()) {
				redenen.get(regel.instrument()).add(regel.reden());
			}
		}
		List<Advies> adviezen = new ArrayList<>();
		niveaus.forEach((instrument, niveau) -> adviezen.add(new Advies(instrument, niveau, List.copyOf(redenen.get(instrument)))));
		return adviezen;
	}

}
