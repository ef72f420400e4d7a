// SPDX-License-Identifier: EUPL-1.2
package nl.helder.shared;

import java.util.Set;

/**
 * A caller that is Helder itself, such as the demo data acting as a demo user: named in the audit log as
 * {@code systeem} with a stable id.
 */
public record Systeemaanvrager(String persoonId, String weergavenaam, String organisatieCode, Set<Rol> rollen)
		implements Aanvrager {

	public Systeemaanvrager {
		rollen = Set.copyOf(rollen);
	}

	@Override
	public boolean platformbeheerder() {
		return false;
	}

	@Override
	public String actorType() {
		return "systeem";
	}

	@Override
	public String actorId() {
		return persoonId;
	}

}
