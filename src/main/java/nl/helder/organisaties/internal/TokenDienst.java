// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.shared.OngeldigeInvoer;

/** Personal API tokens: made by a user, shown once, stored as a hash, with an end date, revocable. */
@Service
public class TokenDienst {

	/** Recognisable prefix, so secret scanners can spot a leaked Helder token. */
	static final String VOORVOEGSEL = "hld_";

	static final int MAXIMALE_GELDIGHEID_DAGEN = 366;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final Gebruikers gebruikers;

	private final JdbcClient jdbc;

	private final Clock klok;

	private final OrganisatieDienst organisaties;

	TokenDienst(ApiTokens tokens, Gebruikers gebruikers, JdbcClient jdbc, Clock klok, OrganisatieDienst organisaties) {
		this.organisaties = organisaties;
		this.tokens = tokens;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.klok = klok;
	}

	/** A new token and its one-time readable value. */
	public record NieuwToken(ApiToken token, String waarde) {
	}

	@Transactional
	public NieuwToken maakAan(UUID gebruikerId, String naam, Integer geldigDagen) {
		String schoon = naam == null ? "" : naam.strip();
		if (schoon.isEmpty() || schoon.length() > 100) {
			throw new OngeldigeInvoer("naam", "token.naam.ongeldig");
		}
		if (geldigDagen == null || geldigDagen < 1 || geldigDagen > MAXIMALE_GELDIGHEID_DAGEN) {
			throw new OngeldigeInvoer("geldigDagen", "token.geldigheid.ongeldig");
		}
		Gebruiker gebruiker = gebruikers.findById(gebruikerId).orElseThrow();
		return registreer(gebruiker, schoon, nieuweWaarde(), klok.instant().plus(Duration.ofDays(geldigDagen)));
	}

	@Transactional
	public NieuwToken registreer(Gebruiker gebruiker, String naam, String waarde, Instant verlooptOp) {
		var token = new ApiToken(gebruiker.id(), gebruiker.organisatieCode(), naam, hash(waarde),
				waarde.substring(0, Math.min(10, waarde.length())), verlooptOp);
		return new NieuwToken(tokens.save(token), waarde);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> vanGebruiker(UUID gebruikerId) {
		return tokens.findByGebruikerIdOrderByAangemaaktDesc(gebruikerId);
	}

	/** Revokes the user's own token; false when the user has no such token. */
	@Transactional
	public boolean trekIn(UUID gebruikerId, UUID tokenId) {
		Optional<ApiToken> token = tokens.findByIdAndGebruikerId(tokenId, gebruikerId);
		token.ifPresent(ApiToken::trekIn);
		return token.isPresent();
	}

	/** The principal behind a presented token, if it is known, valid and its user active. */
	@Transactional
	public Optional<HelderPrincipal> controleer(String waarde) {
		if (waarde == null || !waarde.startsWith(VOORVOEGSEL) || waarde.length() > 200) {
			return Optional.empty();
		}
		Instant nu = klok.instant();
		return tokens.findByTokenHash(hash(waarde)).filter(t -> t.isGeldigOp(nu)).flatMap(token -> {
			jdbc.sql("update organisaties.api_token set laatst_gebruikt = ? where id = ?")
				.param(Timestamp.from(nu))
				.param(token.id())
				.update();
			return gebruikers.findById(token.gebruikerId())
				.filter(Gebruiker::actief)
				.map(g -> HelderPrincipal.voorToken(g, organisaties.isPlatform(g.organisatieCode()), token));
		});
	}

	static String nieuweWaarde() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return VOORVOEGSEL + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String waarde) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(waarde.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException onmogelijk) {
			throw new IllegalStateException(onmogelijk);
		}
	}

}
