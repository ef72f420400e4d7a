// SPDX-License-Identifier: EUPL-1.2
package archvoorbeelden.beta;

import archvoorbeelden.alfa.Kring;
import archvoorbeelden.beta.internal.Geheim;

/** The other half of the cycle; using its own module's internal package is allowed. */
public class Terug {

	public Kring heen() {
		return new Kring();
	}

	public Geheim eigenGeheim() {
		return new Geheim();
	}

}
