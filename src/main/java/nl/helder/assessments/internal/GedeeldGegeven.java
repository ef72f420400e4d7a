// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.List;

/**
 * An answer that several instruments ask for (the purpose, the people affected), entered once per toepassing. The
 * list of these keys is data too ({@code data/assessments/gedeelde-gegevens.json}), so every definition that shares
 * an answer agrees on its type and, for a choice, on its options.
 */
public record GedeeldGegeven(String sleutel, String label, VraagType type, List<String> opties) {

	public GedeeldGegeven {
		opties = opties == null ? List.of() : List.copyOf(opties);
	}

}
