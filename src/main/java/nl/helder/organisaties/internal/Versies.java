// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import org.springframework.dao.OptimisticLockingFailureException;

/** Optimistic locking for edits over HTTP: whoever saves second with an old version gets 409. */
final class Versies {

	private Versies() {
	}

	static void controleer(Long meegegeven, long huidig) {
		if (meegegeven != null && meegegeven != huidig) {
			throw new OptimisticLockingFailureException(
					"Versie " + meegegeven + " is verouderd; de huidige versie is " + huidig);
		}
	}

}
