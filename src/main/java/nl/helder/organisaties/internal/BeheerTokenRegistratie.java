// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.shared.Rol;

/**
 * For first set-up and automation: the token in {@code HELDER_BEHEER_TOKEN} becomes an API token of the platform
 * administrator, stored hashed. Each start replaces the previous one; without the variable it is revoked.
 */
@Component
@Order(20)
class BeheerTokenRegistratie implements ApplicationRunner {

	static final String TOKENNAAM = "HELDER_BEHEER_TOKEN";

	static final String GEBRUIKERSNAAM = "platformbeheer";

	private static final Logger LOG = LoggerFactory.getLogger(BeheerTokenRegistratie.class);

	private final String waarde;

	private final Organisaties organisaties;

	private final Gebruikers gebruikers;

	private final ApiTokens tokens;

	private final TokenDienst tokenDienst;

	BeheerTokenRegistratie(@Value("${helder.beheer-token:}") String waarde, Organisaties organisaties,
			Gebruikers gebruikers, ApiTokens tokens, TokenDienst tokenDienst) {
		this.waarde = waarde == null ? "" : waarde.strip();
		this.organisaties = organisaties;
		this.gebruikers = gebruikers;
		this.tokens = tokens;
		this.tokenDienst = tokenDienst;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var beheerder = gebruikers.findByGebruikersnaam(GEBRUIKERSNAAM);
		if (waarde.isEmpty()) {
			beheerder.ifPresent(g -> tokens.findByGebruikerIdAndNaam(g.id(), TOKENNAAM).forEach(ApiToken::trekIn));
			return;
		}
		if (!waarde.startsWith(TokenDienst.VOORVOEGSEL) || waarde.length() < 36) {
			throw new IllegalStateException("HELDER_BEHEER_TOKEN moet beginnen met 'hld_' en minstens 36 tekens lang zijn"
					+ " / HELDER_BEHEER_TOKEN must start with 'hld_' and be at least 36 characters long");
		}
		if (!organisaties.existsByCode(PlatformOrganisatie.CODE)) {
			organisaties.save(PlatformOrganisatie.nieuw());
		}
		Gebruiker gebruiker = beheerder.orElseGet(() -> gebruikers.save(new Gebruiker(PlatformOrganisatie.CODE,
				GEBRUIKERSNAAM, "Platformbeheer (token)", null, Set.of(Rol.BEHEERDER), null)));
		String hash = TokenDienst.hash(waarde);
		boolean alBekend = false;
		for (ApiToken token : tokens.findByGebruikerIdAndNaam(gebruiker.id(), TOKENNAAM)) {
			if (tokens.findByTokenHash(hash).map(t -> t.id().equals(token.id())).orElse(false)
					&& token.ingetrokkenOp() == null) {
				alBekend = true;
			}
			else {
				token.trekIn();
			}
		}
		if (!alBekend) {
			if (tokens.findByTokenHash(hash).isPresent()) {
				throw new IllegalStateException("HELDER_BEHEER_TOKEN is eerder gebruikt en ingetrokken; kies een nieuw token"
						+ " / HELDER_BEHEER_TOKEN was used before and revoked; choose a new one");
			}
			tokenDienst.registreer(gebruiker, TOKENNAAM, waarde, null);
			LOG.info("Beheertoken uit HELDER_BEHEER_TOKEN geregistreerd voor het platformbeheer");
		}
	}

}
