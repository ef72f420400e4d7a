// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors. The API takes only bearer tokens and keeps no session, so it needs no CSRF token. The pages use a
 * session (local login or the municipality's OIDC provider) with CSRF protection on every form.
 */
@Configuration(proxyBeanMethods = false)
class BeveiligingsConfiguratie {

	static final String[] OPENBARE_API = { "/api/v1/openapi.json", "/api/v1/openbaar/**" };

	/**
	 * {@code /oauth2/authorization/**} is public because the login filter handles every known municipality before
	 * access is checked; what reaches the servlet is an unknown or inactive code, which must be a 404 rather than
	 * a silent redirect back to the login page. {@code /agenda/**} serves calendar feeds to calendar programs,
	 * which cannot log in; the secret in the address is the credential (module aiact).
	 */
	static final String[] OPENBARE_PAGINAS = { "/inloggen", "/error", "/register/**", "/css/**", "/js/**", "/img/**",
			"/vendor/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
			"/oauth2/authorization/**", "/agenda/**" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, TokenDienst tokens, JsonMapper json, MessageSource berichten)
			throws Exception {
		AuthenticationEntryPoint nietIngelogd = (request, response, fout) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			probleem(response, HttpStatus.UNAUTHORIZED, json, berichten);
		};
		AccessDeniedHandler geweigerd = (request, response, fout) -> probleem(response, HttpStatus.FORBIDDEN, json,
				berichten);
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessie -> sessie.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.cors(cors -> cors.configurationSource(corsVoorOpenbareApi()))
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.authorizeHttpRequests(toegang -> toegang.requestMatchers(OPENBARE_API)
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new ApiTokenFilter(tokens, nietIngelogd), AnonymousAuthenticationFilter.class)
			.exceptionHandling(fouten -> fouten.authenticationEntryPoint(nietIngelogd).accessDeniedHandler(geweigerd));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain paginas(HttpSecurity http, LokaleAuthenticatie lokaal,
			ClientRegistrationRepository oidcKoppelingen, HelderOidcGebruikers oidcGebruikers, Gebruikers gebruikers)
			throws Exception {
		http.authorizeHttpRequests(toegang -> toegang.requestMatchers(OPENBARE_PAGINAS)
			.permitAll()
			.anyRequest()
			.authenticated())
			.authenticationProvider(lokaal)
			.addFilterAfter(new SessieControle(gebruikers), SecurityContextHolderFilter.class)
			.formLogin(form -> form.loginPage("/inloggen")
				.loginProcessingUrl("/inloggen")
				.usernameParameter("gebruikersnaam")
				.passwordParameter("wachtwoord")
				.defaultSuccessUrl("/", false)
				.failureUrl("/inloggen?fout")
				.permitAll())
			.oauth2Login(oidc -> oidc.loginPage("/inloggen")
				.clientRegistrationRepository(oidcKoppelingen)
				.authorizationEndpoint(
						eindpunt -> eindpunt.authorizationRequestResolver(alleenBekendeKoppelingen(oidcKoppelingen)))
				.userInfoEndpoint(info -> info.oidcUserService(oidcGebruikers))
				.defaultSuccessUrl("/", false)
				.failureUrl("/inloggen?oidcfout"))
			.logout(logout -> logout.logoutUrl("/uitloggen")
				.logoutSuccessUrl("/inloggen?uitgelogd")
				.deleteCookies("JSESSIONID")
				.permitAll())
			.sessionManagement(sessie -> sessie.sessionFixation(fixatie -> fixatie.changeSessionId()))
			.headers(koppen -> koppen
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: https:; "
						+ "style-src 'self' https:; script-src 'self'; object-src 'none'; base-uri 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** An unknown or inactive municipality in /oauth2/authorization/{code} is a 404, not a server error. */
	private static OAuth2AuthorizationRequestResolver alleenBekendeKoppelingen(ClientRegistrationRepository koppelingen) {
		var standaard = new DefaultOAuth2AuthorizationRequestResolver(koppelingen, "/oauth2/authorization");
		return new OAuth2AuthorizationRequestResolver() {
			@Override
			public OAuth2AuthorizationRequest resolve(jakarta.servlet.http.HttpServletRequest request) {
				try {
					return standaard.resolve(request);
				}
				catch (IllegalArgumentException onbekend) {
					return null;
				}
			}

			@Override
			public OAuth2AuthorizationRequest resolve(jakarta.servlet.http.HttpServletRequest request, String id) {
				try {
					return standaard.resolve(request, id);
				}
				catch (IllegalArgumentException onbekend) {
					return null;
				}
			}
		};
	}

	/** The public register's open data and the OpenAPI description may be read from any web page. */
	private static CorsConfigurationSource corsVoorOpenbareApi() {
		var config = new CorsConfiguration();
		config.setAllowedOrigins(List.of("*"));
		config.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		config.setExposedHeaders(List.of("API-Version", "ETag", "X-Request-ID"));
		var bron = new UrlBasedCorsConfigurationSource();
		for (String pad : OPENBARE_API) {
			bron.registerCorsConfiguration(pad, config);
		}
		return bron;
	}

	private static void probleem(HttpServletResponse response, HttpStatus status, JsonMapper json,
			MessageSource berichten) throws IOException {
		var taal = LocaleContextHolder.getLocale();
		ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status,
				berichten.getMessage("fout." + status.value() + ".detail", null, taal));
		probleem.setTitle(berichten.getMessage("fout." + status.value() + ".titel", null, taal));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(probleem));
	}

}
