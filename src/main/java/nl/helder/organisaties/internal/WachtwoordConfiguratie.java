// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class WachtwoordConfiguratie {

	/** Argon2id (OWASP's first choice); the prefix in each hash lets a later algorithm take over without resets. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	@Bean
	Clock klok() {
		return Clock.systemUTC();
	}

}
