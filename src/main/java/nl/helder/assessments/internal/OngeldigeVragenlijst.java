// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.List;

/**
 * A definition file that breaks the format. Helder refuses to start with it, and names every problem in Dutch so
 * the author of the file can fix it without reading Java.
 */
public class OngeldigeVragenlijst extends RuntimeException {

	private final List<String> fouten;

	public OngeldigeVragenlijst(List<String> fouten) {
		super(String.join("\n", fouten));
		this.fouten = List.copyOf(fouten);
	}

	public List<String> fouten() {
		return fouten;
	}

}
