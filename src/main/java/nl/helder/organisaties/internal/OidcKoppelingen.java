// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * One OIDC client per municipality, read from its settings in the database. The registration id is the
 * organisation code. The provider's discovery document is fetched once per configuration version.
 */
@Component
class OidcKoppelingen implements ClientRegistrationRepository {

	private static final Logger LOG = LoggerFactory.getLogger(OidcKoppelingen.class);

	private final OidcConfiguraties configuraties;

	private final Map<String, Bewaard> bewaard = new ConcurrentHashMap<>();

	private record Bewaard(long versie, ClientRegistration registratie) {
	}

	OidcKoppelingen(OidcConfiguraties configuraties) {
		this.configuraties = configuraties;
	}

	@Override
	public ClientRegistration findByRegistrationId(String code) {
		var configuratie = configuraties.findById(code).filter(OidcConfiguratie::actief).orElse(null);
		if (configuratie == null) {
			return null;
		}
		Bewaard eerder = bewaard.get(code);
		if (eerder != null && eerder.versie() == configuratie.versie()) {
			return eerder.registratie();
		}
		try {
			ClientRegistration registratie = ClientRegistrations.fromIssuerLocation(configuratie.issuerUri())
				.registrationId(code)
				.clientId(configuratie.clientId())
				.clientSecret(configuratie.clientSecret())
				.scope("openid", "profile", "email")
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.build();
			bewaard.put(code, new Bewaard(configuratie.versie(), registratie));
			return registratie;
		}
		catch (RuntimeException fout) {
			LOG.warn("OIDC-aanbieder van {} op {} is niet bereikbaar: {}", code, configuratie.issuerUri(),
					fout.getMessage());
			return null;
		}
	}

}
