// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import nl.helder.organisaties.OrganisatieSoort;

/** The organisation of the platform administrator, who sets up municipalities and sector bodies. */
final class PlatformOrganisatie {

	static final String CODE = "HELDER";

	private PlatformOrganisatie() {
	}

	static Organisatie nieuw() {
		return new Organisatie(CODE, "Helder platformbeheer", OrganisatieSoort.PLATFORM, null);
	}

}
