// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.List;

/**
 * One question of a tree. {@code categorie} and {@code subcategorie} are the official tree's grouping
 * ({@code van_toepassing}, {@code tussenscherm}, {@code risicogroep}); {@code uitleg} is shown beside the question.
 */
public record Vraag(String vraagId, String tekst, String uitleg, String categorie, String subcategorie,
		List<Bron> bronnen, List<Antwoord> antwoorden) {

	public Vraag {
		bronnen = List.copyOf(bronnen);
		antwoorden = List.copyOf(antwoorden);
	}

}
