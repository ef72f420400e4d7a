// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.List;

/** Where a path through the tree ends: what the AI Act means for the organisation, in a sentence or two. */
public record Conclusie(String conclusieId, String tekst, String uitleg, List<Bron> bronnen) {

	public Conclusie {
		bronnen = List.copyOf(bronnen);
	}

}
