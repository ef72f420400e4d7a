// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import org.springframework.stereotype.Component;

import nl.helder.organisaties.OrganisatieInfo;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Aanvragers;

/**
 * Who is logged in and in which organisation, for templates ({@code ${@huidig.organisatie()}}): the page header
 * and the municipality's theme. Asked only when a page renders, never for API calls.
 */
@Component("huidig")
class Huidig {

	private final OrganisatieDienst organisaties;

	Huidig(OrganisatieDienst organisaties) {
		this.organisaties = organisaties;
	}

	public Aanvrager aanvrager() {
		return Aanvragers.huidige().orElse(null);
	}

	public OrganisatieInfo organisatie() {
		return Aanvragers.huidige().flatMap(a -> organisaties.vind(a.organisatieCode())).orElse(null);
	}

}
