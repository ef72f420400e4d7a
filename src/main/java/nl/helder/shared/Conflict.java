// SPDX-License-Identifier: EUPL-1.2
package nl.helder.shared;

import java.util.Map;

/**
 * Someone else changed the record first. The API answers 409 with the current state in the problem details, so
 * the client can show it and nothing typed is lost.
 */
public class Conflict extends RuntimeException {

	private final transient Map<String, Object> huidig;

	public Conflict(String melding, Map<String, Object> huidig) {
		super(melding);
		this.huidig = Map.copyOf(huidig);
	}

	public Map<String, Object> huidig() {
		return huidig;
	}

}
