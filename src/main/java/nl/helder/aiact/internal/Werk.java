// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.List;
import java.util.UUID;

/** What was recorded on one requirement of one toepassing, as the lists need it. */
public record Werk(UUID toepassingId, String vereisteCode, Taak.Status status, String toelichting, List<String> bewijs,
		Long versie) {

	public Werk {
		bewijs = bewijs == null ? List.of() : List.copyOf(bewijs);
	}

	/** For the overview, which shows no evidence. */
	public Werk(UUID toepassingId, String vereisteCode, Taak.Status status, String toelichting, long versie) {
		this(toepassingId, vereisteCode, status, toelichting, List.of(), versie);
	}

}
