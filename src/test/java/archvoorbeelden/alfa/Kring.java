// SPDX-License-Identifier: EUPL-1.2
package archvoorbeelden.alfa;

import archvoorbeelden.beta.Terug;

/** Half of a cycle between the example modules alfa and beta. */
public class Kring {

	public Terug terug() {
		return new Terug();
	}

}
