// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.shared.Rol;

/**
 * Links a person from the municipality's identity provider to a Helder user in that municipality: by subject, then
 * by e-mail address, else a new user. The roles come from the provider at every login, through the mapping that
 * the municipality set; a person without a mapped role is a medewerker.
 */
@Component
class HelderOidcGebruikers extends OidcUserService {

	private final OidcConfiguraties configuraties;

	private final Gebruikers gebruikers;

	HelderOidcGebruikers(OidcConfiguraties configuraties, Gebruikers gebruikers) {
		this.configuraties = configuraties;
		this.gebruikers = gebruikers;
	}

	@Override
	@Transactional
	public OidcUser loadUser(OidcUserRequest verzoek) {
		OidcUser oidc = super.loadUser(verzoek);
		String code = verzoek.getClientRegistration().getRegistrationId();
		OidcConfiguratie configuratie = configuraties.findById(code)
			.filter(OidcConfiguratie::actief)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("helder_geen_koppeling")));
		Set<Rol> rollen = configuratie.rollenVoor(claimWaarden(oidc.getClaims(), configuratie.rollenClaim()));
		if (rollen.isEmpty()) {
			rollen = Set.of(Rol.MEDEWERKER);
		}
		String email = oidc.getEmail();
		String naam = oidc.getFullName() != null ? oidc.getFullName()
				: oidc.getPreferredUsername() != null ? oidc.getPreferredUsername() : oidc.getSubject();
		Set<Rol> toegekend = rollen;
		Gebruiker gebruiker = gebruikers.findByOrganisatieCodeAndOidcSubject(code, oidc.getSubject())
			.or(() -> email == null ? java.util.Optional.empty()
					: gebruikers.findFirstByOrganisatieCodeAndEmailIgnoreCase(code, email))
			.orElseGet(() -> new Gebruiker(code, nieuweGebruikersnaam(code, email, oidc.getSubject()), naam, email,
					toegekend, null));
		if (!gebruiker.actief()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("helder_account_inactief"));
		}
		gebruiker.koppelOidc(oidc.getSubject(), rollen, oidc.getFullName(), email);
		gebruikers.save(gebruiker);
		return new HelderOidcGebruiker(HelderPrincipal.voor(gebruiker, false), oidc);
	}

	private String nieuweGebruikersnaam(String code, String email, String subject) {
		if (email != null && !gebruikers.existsByGebruikersnaam(Gebruiker.normaliseer(email))) {
			return email;
		}
		return subject + "@" + code.toLowerCase(java.util.Locale.ROOT) + ".oidc";
	}

	/** The values of a claim given by name or dotted path (realm_access.roles), as a list or a text. */
	static List<String> claimWaarden(Map<String, Object> claims, String pad) {
		Object waarde = claims;
		for (String deel : pad.split("\\.")) {
			waarde = waarde instanceof Map<?, ?> map ? map.get(deel) : null;
		}
		List<String> waarden = new ArrayList<>();
		if (waarde instanceof Collection<?> lijst) {
			lijst.forEach(w -> waarden.add(String.valueOf(w)));
		}
		else if (waarde instanceof String tekst) {
			for (String deel : tekst.split("[\\s,]+")) {
				if (!deel.isBlank()) {
					waarden.add(deel);
				}
			}
		}
		return waarden;
	}

}
