// SPDX-License-Identifier: EUPL-1.2
package nl.helder.shared;

import java.util.Set;

/**
 * What a module may know about who calls it: the organisation, the roles and a name for the audit log. Identities
 * themselves stay inside the organisaties module.
 */
public interface Aanvrager {

	/** The organisation the caller belongs to, such as {@code GM0363}. */
	String organisatieCode();

	Set<Rol> rollen();

	/** True for the administrator of the Helder platform itself, who may set up organisations. */
	boolean platformbeheerder();

	/** How the audit log names the caller: {@code gebruiker} or {@code api-token}. */
	String actorType();

	/** A stable id of the user or token, for the audit log. */
	String actorId();

	/**
	 * The person behind the call, the same whether they use a session or one of their API tokens; for rules such as
	 * "someone else must approve" (four eyes).
	 */
	default String persoonId() {
		return actorId();
	}

	/** A readable name for the audit log and the page header. */
	String weergavenaam();

	default boolean heeftRol(Rol rol) {
		return rollen().contains(rol);
	}

	default boolean heeftRol(String rol) {
		return Rol.vanCode(rol).map(this::heeftRol).orElse(false);
	}

}
