// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import nl.helder.aiact.internal.ClassificatieDienst;
import nl.helder.aiact.internal.Wetsdata;

/** What other modules may ask about a toepassing's AI Act classification. */
@Service
public class Classificatiegids {

	private final ClassificatieDienst dienst;

	private final Wetsdata wet;

	Classificatiegids(ClassificatieDienst dienst, Wetsdata wet) {
		this.dienst = dienst;
		this.wet = wet;
	}

	/**
	 * The outcome of the latest finished classification.
	 * @param risicogroep the labels of the dimension risicogroep, such as {@code hoog-risico AI}
	 * @param rol the labels of the dimension rol, such as {@code gebruiksverantwoordelijke}
	 */
	public record Uitkomst(UUID toepassingId, String conclusieId, List<String> risicogroep, List<String> rol,
			List<String> labels, Instant afgerondOp) {

		public boolean hoogRisico() {
			return risicogroep.contains("hoog-risico AI");
		}

	}

	/** Empty when the toepassing was never classified to the end. */
	public Optional<Uitkomst> laatste(String organisatieCode, UUID toepassingId) {
		return dienst.geschiedenis(organisatieCode, toepassingId)
			.stream()
			.filter(c -> c.klaar())
			.findFirst()
			.map(c -> new Uitkomst(toepassingId, c.conclusieId(), wet.inDimensie("risicogroep", c.labels()),
					wet.inDimensie("rol", c.labels()), c.labels(), c.afgerondOp()));
	}

	/** Whether a classification was started but not finished. */
	public boolean bezig(String organisatieCode, UUID toepassingId) {
		return dienst.huidige(organisatieCode, toepassingId).filter(c -> !c.klaar()).isPresent();
	}

}
