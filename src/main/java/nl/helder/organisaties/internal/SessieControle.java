// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.helder.shared.Aanvrager;

/**
 * A session holds the user as they were at login. On every page request the user is read again, so that a blocked
 * or removed user is out at once and changed roles count at once, not only after the session ends.
 */
class SessieControle extends OncePerRequestFilter {

	private final Gebruikers gebruikers;

	private final SecurityContextRepository sessies = new HttpSessionSecurityContextRepository();

	SessieControle(Gebruikers gebruikers) {
		this.gebruikers = gebruikers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
		if (authenticatie != null && authenticatie.getPrincipal() instanceof Aanvrager aanvrager
				&& "gebruiker".equals(aanvrager.actorType())) {
			Optional<Gebruiker> gebruiker = gebruikers.findById(Principals.gebruikerId(aanvrager))
				.filter(Gebruiker::actief);
			if (gebruiker.isEmpty()) {
				SecurityContextHolder.clearContext();
				HttpSession sessie = request.getSession(false);
				if (sessie != null) {
					sessie.invalidate();
				}
			}
			else if (!gebruiker.get().rollen().equals(aanvrager.rollen())) {
				vervang(authenticatie, HelderPrincipal.voor(gebruiker.get(), aanvrager.platformbeheerder()), request,
						response);
			}
		}
		chain.doFilter(request, response);
	}

	private void vervang(Authentication oud, HelderPrincipal principal, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication nieuw = oud instanceof OAuth2AuthenticationToken oidc
				&& oidc.getPrincipal() instanceof HelderOidcGebruiker gebruiker
						? new OAuth2AuthenticationToken(new HelderOidcGebruiker(principal, gebruiker),
								principal.authorities(), oidc.getAuthorizedClientRegistrationId())
						: UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(nieuw);
		SecurityContextHolder.setContext(context);
		sessies.saveContext(context, request, response);
	}

}
