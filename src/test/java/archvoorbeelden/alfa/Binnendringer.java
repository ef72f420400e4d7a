// SPDX-License-Identifier: EUPL-1.2
package archvoorbeelden.alfa;

import archvoorbeelden.beta.internal.Geheim;
import nl.helder.organisaties.internal.HelderPrincipal;

/** Reaches into another module's internal package and knows an identity type: breaks two rules. */
public class Binnendringer {

	public String gluur(Geheim geheim, HelderPrincipal principal) {
		return geheim.toString() + principal.gebruikersnaam();
	}

}
