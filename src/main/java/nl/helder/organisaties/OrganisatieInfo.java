// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

/** What other modules may know of an organisation. */
public record OrganisatieInfo(String code, String naam, OrganisatieSoort soort, Integer inwoners,
		Grootteklasse grootteklasse, String themaCssUrl, String themaKlasse, String logoUrl, long versie) {

	public boolean isGemeente() {
		return soort == OrganisatieSoort.GEMEENTE;
	}

}
