// SPDX-License-Identifier: EUPL-1.2
package nl.helder.shared;

/** An entity that belongs to one organisation; the audit log files its changes under that organisation. */
public interface HoortBijOrganisatie {

	String organisatieCode();

}
