// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;

/** The logged-in user or API token, as kept in the session or built per request. */
public record HelderPrincipal(UUID gebruikerId, String gebruikersnaam, String organisatieCode, Set<Rol> rollen,
		boolean platformbeheerder, String actorType, String actorId, String weergavenaam)
		implements Aanvrager, Serializable {

	public HelderPrincipal {
		rollen = Set.copyOf(rollen);
	}

	@Override
	public String persoonId() {
		return gebruikerId.toString();
	}

	public static HelderPrincipal voor(Gebruiker gebruiker, boolean platformbeheerder) {
		return new HelderPrincipal(gebruiker.id(), gebruiker.gebruikersnaam(), gebruiker.organisatieCode(),
				gebruiker.rollen(), platformbeheerder, "gebruiker", gebruiker.id().toString(), gebruiker.naam());
	}

	static HelderPrincipal voorToken(Gebruiker gebruiker, boolean platformbeheerder, ApiToken token) {
		return new HelderPrincipal(gebruiker.id(), gebruiker.gebruikersnaam(), gebruiker.organisatieCode(),
				gebruiker.rollen(), platformbeheerder, "api-token", token.id().toString(),
				gebruiker.naam() + " (token " + token.naam() + ")");
	}

	public Collection<GrantedAuthority> authorities() {
		return rollen.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
	}

}
