// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.Set;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;

/** A user who logged in through the municipality's identity provider. */
class HelderOidcGebruiker extends DefaultOidcUser implements Aanvrager {

	private final HelderPrincipal principal;

	HelderOidcGebruiker(HelderPrincipal principal, OidcUser oidc) {
		super(principal.authorities(), oidc.getIdToken(), oidc.getUserInfo());
		this.principal = principal;
	}

	HelderPrincipal principal() {
		return principal;
	}

	@Override
	public String getName() {
		return principal.gebruikersnaam();
	}

	@Override
	public String organisatieCode() {
		return principal.organisatieCode();
	}

	@Override
	public Set<Rol> rollen() {
		return principal.rollen();
	}

	@Override
	public boolean platformbeheerder() {
		return principal.platformbeheerder();
	}

	@Override
	public String actorType() {
		return principal.actorType();
	}

	@Override
	public String actorId() {
		return principal.actorId();
	}

	@Override
	public String persoonId() {
		return principal.persoonId();
	}

	@Override
	public String weergavenaam() {
		return principal.weergavenaam();
	}

}
