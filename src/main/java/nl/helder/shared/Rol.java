// SPDX-License-Identifier: EUPL-1.2
package nl.helder.shared;

import java.util.Arrays;
import java.util.Optional;

/** The roles a user can hold in their organisation. A user may hold several. */
public enum Rol {

	BEHEERDER("beheerder"),
	AI_COORDINATOR("ai-coordinator"),
	PRIVACY_OFFICER("privacy-officer"),
	AICO("aico"),
	REGISTER_BEHEERDER("register-beheerder"),
	HR("hr"),
	TEAMLEIDER("teamleider"),
	MEDEWERKER("medewerker"),
	OR_LID("or-lid"),
	SECTOR_ANALIST("sector-analist");

	private final String code;

	Rol(String code) {
		this.code = code;
	}

	/** The stable external name, used in the API, in OIDC role mappings and in message keys. */
	public String code() {
		return code;
	}

	public static Optional<Rol> vanCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String gezocht = code.trim().toLowerCase(java.util.Locale.ROOT);
		return Arrays.stream(values()).filter(r -> r.code.equals(gezocht) || r.name().equalsIgnoreCase(gezocht)).findFirst();
	}

}
