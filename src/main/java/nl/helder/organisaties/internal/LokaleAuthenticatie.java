// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Login with user name and password. Wrong name, wrong password and a blocked name all get the same answer and
 * take about the same time, so the login form does not reveal which accounts exist.
 */
@Component
class LokaleAuthenticatie implements AuthenticationProvider {

	private final Gebruikers gebruikers;

	private final PasswordEncoder wachtwoorden;

	private final InlogPogingen pogingen;

	private final OrganisatieDienst organisaties;

	private final Clock klok;

	private final String vergelijkHash;

	LokaleAuthenticatie(Gebruikers gebruikers, PasswordEncoder wachtwoorden, InlogPogingen pogingen,
			OrganisatieDienst organisaties, Clock klok) {
		this.gebruikers = gebruikers;
		this.wachtwoorden = wachtwoorden;
		this.pogingen = pogingen;
		this.organisaties = organisaties;
		this.klok = klok;
		this.vergelijkHash = wachtwoorden.encode("vergelijkwachtwoord-zonder-account");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String naam = Gebruiker.normaliseer(authentication.getName());
		String wachtwoord = String.valueOf(authentication.getCredentials());
		Instant nu = klok.instant();
		if (naam == null || naam.isEmpty()) {
			throw new BadCredentialsException("onjuist");
		}
		if (pogingen.geblokkeerdTot(naam, nu).isPresent()) {
			wachtwoorden.matches(wachtwoord, vergelijkHash);
			throw new LockedException("geblokkeerd");
		}
		var gebruiker = gebruikers.findByGebruikersnaam(naam)
			.filter(Gebruiker::actief)
			.filter(g -> g.wachtwoordHash() != null);
		boolean klopt = gebruiker.map(g -> wachtwoorden.matches(wachtwoord, g.wachtwoordHash()))
			.orElseGet(() -> wachtwoorden.matches(wachtwoord, vergelijkHash) && false);
		if (!klopt) {
			pogingen.mislukt(naam, nu);
			throw new BadCredentialsException("onjuist");
		}
		pogingen.gelukt(naam);
		Gebruiker g = gebruiker.orElseThrow();
		HelderPrincipal principal = HelderPrincipal.voor(g, organisaties.isPlatform(g.organisatieCode()));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
