// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.List;

/**
 * One answer of a question: the labels it adds, an optional remark on the outcome ({@code subresultaat}), and where
 * it leads. {@code vervolg} is one unconditional step, or the redirects in order: the first whose condition holds
 * over the labels gathered so far (this answer's included) decides.
 */
public record Antwoord(String tekst, List<String> labels, String subresultaat, List<Doorverwijzing> vervolg) {

	public Antwoord {
		labels = List.copyOf(labels);
		vervolg = List.copyOf(vervolg);
	}

	/** A step to a question or a conclusion, under a condition ({@code voorwaardeTekst} is null when unconditional). */
	public record Doorverwijzing(String voorwaardeTekst, Voorwaarde voorwaarde, Doel doel) {
	}

	public record Doel(Soort soort, String id) {
	}

	public enum Soort {

		VRAAG, CONCLUSIE

	}

}
