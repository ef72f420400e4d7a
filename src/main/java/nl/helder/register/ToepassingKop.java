// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.List;
import java.util.UUID;

/** What every page about one toepassing shows at the top: its name, its work status and the tab bar. */
public record ToepassingKop(UUID id, String naam, Werkstatus werkstatus, List<Tab> tabs) {

	public ToepassingKop {
		tabs = List.copyOf(tabs);
	}

	/** A tab as the page shows it. */
	public record Tab(String sleutel, String titel, String pad) {
	}

}
