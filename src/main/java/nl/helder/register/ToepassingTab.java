// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.UUID;

/**
 * One tab on a toepassing's page. The register owns the page; each module that adds a track around the record (AI
 * Act, assessments, pilots, people) declares its tab as a bean, and the register shows it without knowing the module.
 */
public interface ToepassingTab {

	/** A stable key; a page passes it to mark its own tab as the current one. */
	String sleutel();

	/** The message key of the tab's title. */
	String titel();

	/** The place on the tab bar, from left to right. The register's own tabs use 0 (gegevens) and 1000 (versies). */
	int volgorde();

	/** The path of the tab's page for one toepassing. */
	String pad(UUID toepassingId);

}
