// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.List;

/** A pulse instrument file that breaks the format; Helder refuses to start with it and says why, in Dutch. */
public class OngeldigInstrument extends RuntimeException {

	private final List<String> fouten;

	public OngeldigInstrument(List<String> fouten) {
		super(String.join("\n", fouten));
		this.fouten = List.copyOf(fouten);
	}

	public List<String> fouten() {
		return fouten;
	}

}
