// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/** Request id for the logs, and the API-Version header of the NL API Design Rules. */
@Configuration(proxyBeanMethods = false)
class VerzoekFilters {

	static final String API_VERSIE = "1.0.0";

	private static final Pattern GELDIG_VERZOEK_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> verzoekIdFilter() {
		var filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String meegegeven = request.getHeader("X-Request-ID");
				String id = meegegeven != null && GELDIG_VERZOEK_ID.matcher(meegegeven).matches() ? meegegeven
						: UUID.randomUUID().toString();
				MDC.put("requestId", id);
				response.setHeader("X-Request-ID", id);
				try {
					chain.doFilter(request, response);
				}
				finally {
					MDC.remove("requestId");
				}
			}
		};
		var registratie = new FilterRegistrationBean<OncePerRequestFilter>(filter);
		registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registratie;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiVersieFilter() {
		var filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader("API-Version", API_VERSIE);
				chain.doFilter(request, response);
			}

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
			}
		};
		var registratie = new FilterRegistrationBean<OncePerRequestFilter>(filter);
		registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registratie;
	}

}
