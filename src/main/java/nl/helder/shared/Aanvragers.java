// SPDX-License-Identifier: EUPL-1.2
package nl.helder.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Finds the caller of the current request, when someone is logged in. */
public final class Aanvragers {

	private Aanvragers() {
	}

	public static Optional<Aanvrager> huidige() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Aanvrager aanvrager) {
			return Optional.of(aanvrager);
		}
		return Optional.empty();
	}

}
