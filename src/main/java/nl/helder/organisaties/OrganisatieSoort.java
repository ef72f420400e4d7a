// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

/** A municipality owns records; a sector body (VNG, A&amp;O fonds) only sees benchmarks; the platform sets things up. */
public enum OrganisatieSoort {

	GEMEENTE, SECTOR, PLATFORM

}
