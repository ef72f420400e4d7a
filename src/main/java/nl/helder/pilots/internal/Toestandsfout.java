// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import nl.helder.shared.OngeldigeInvoer;

/** A step the pilot's phase does not allow, such as a second decision; answered as 400 with the rule in Dutch. */
public class Toestandsfout extends OngeldigeInvoer {

	public Toestandsfout(String sleutel) {
		super("fase", sleutel);
	}

}
