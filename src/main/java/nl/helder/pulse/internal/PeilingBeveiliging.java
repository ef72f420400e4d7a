// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The respondent's pages under {@code /peiling/**}: public (the single-use link is the only credential), with CSRF
 * protection for the form, and no Referer header, so the link in the address never travels to another site. Its
 * own chain, so that the pulse module does not have to change the login configuration of the organisaties module.
 */
@Configuration
class PeilingBeveiliging {

	@Bean
	@Order(0)
	SecurityFilterChain peiling(HttpSecurity http) throws Exception {
		http.securityMatcher("/peiling/**")
			.authorizeHttpRequests(toegang -> toegang.anyRequest().permitAll())
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.headers(koppen -> koppen
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

}
