// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.List;

/**
 * Where an evaluation stands: at a question that still needs an answer, or at a conclusion. {@code labels} in the
 * order they were gathered (each once); {@code pad} the questions answered so far, in order.
 */
public record Stand(Status status, String vraagId, String conclusieId, List<String> labels, List<String> pad) {

	public Stand {
		labels = List.copyOf(labels);
		pad = List.copyOf(pad);
	}

	public boolean klaar() {
		return status == Status.CONCLUSIE;
	}

	public enum Status {

		VRAAG, CONCLUSIE

	}

}
