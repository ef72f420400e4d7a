// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.UUID;

import nl.helder.shared.Aanvrager;

/** The user behind a caller, whether they came in through a password, OIDC or an API token. */
public final class Principals {

	private Principals() {
	}

	public static UUID gebruikerId(Aanvrager aanvrager) {
		if (aanvrager instanceof HelderPrincipal principal) {
			return principal.gebruikerId();
		}
		if (aanvrager instanceof HelderOidcGebruiker oidc) {
			return oidc.principal().gebruikerId();
		}
		throw new IllegalArgumentException("Onbekend soort aanvrager: " + aanvrager.getClass());
	}

}
