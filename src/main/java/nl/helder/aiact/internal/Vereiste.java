// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A requirement of the Algoritmekader (by its official code) in Helder's words, with the labels of a decision-tree
 * conclusion for which it holds, and the milestone of the legal timeline that sets its due date.
 *
 * @param wanneer per dimension (soort, rol, risicogroep, ...) the labels for which it holds
 * @param nietAls combinations for which it does not hold, even when {@code wanneer} matches
 * @param mijlpaal the milestone that sets the due date; {@code null} when the duty applies already
 * @param mijlpaalAlsInGebruik the milestone for a toepassing that was already in use (AI Act art. 111(2))
 * @param beoordelingen the questionnaires of module assessments (such as {@code dpia}) that do the work of this requirement
 */
public record Vereiste(String code, String titel, String wet, String verantwoordelijke, String mijlpaal,
		String mijlpaalAlsInGebruik, Map<String, Set<String>> wanneer, List<Map<String, Set<String>>> nietAls,
		List<Bron> bronnen, String algoritmekader, List<String> beoordelingen) {

	public Vereiste {
		wanneer = wanneer == null ? Map.of() : Map.copyOf(wanneer);
		nietAls = nietAls == null ? List.of() : List.copyOf(nietAls);
		bronnen = bronnen == null ? List.of() : List.copyOf(bronnen);
		beoordelingen = beoordelingen == null ? List.of() : List.copyOf(beoordelingen);
	}

	/** A legal source: its title and where to read it. */
	public record Bron(String titel, String url) {
	}

	/** The file: a versioned list of requirements. */
	@JsonIgnoreProperties("_uitleg")
	record Bestand(String id, String versie, java.time.LocalDate geldigVanaf, String bron, List<Vereiste> vereisten) {
	}

}
