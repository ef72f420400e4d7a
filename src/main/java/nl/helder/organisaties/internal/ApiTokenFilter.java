// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Accepts {@code Authorization: Bearer hld_...} on the API. A token in the URL is never accepted. */
class ApiTokenFilter extends OncePerRequestFilter {

	private final TokenDienst tokens;

	private final AuthenticationEntryPoint weigering;

	ApiTokenFilter(TokenDienst tokens, AuthenticationEntryPoint weigering) {
		this.tokens = tokens;
		this.weigering = weigering;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String kop = request.getHeader("Authorization");
		if (kop == null || !kop.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String waarde = kop.substring(7).strip();
		var principal = tokens.controleer(waarde);
		if (principal.isEmpty()) {
			SecurityContextHolder.clearContext();
			weigering.commence(request, response, new BadCredentialsException("token"));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().authorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
