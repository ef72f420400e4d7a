// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Invitations and answers, written with plain SQL on purpose: the audit log records every JPA change with its
 * author and time, which for these two tables would be exactly the link the design removes. Claiming a link and
 * storing the answer run in two separate transactions, so no transaction id ties the used invitation to the answer.
 */
@Component
public class AnoniemeOpslag {

	private static final SecureRandom TOEVAL = new SecureRandom();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final TransactionTemplate los;

	AnoniemeOpslag(JdbcClient jdbc, PlatformTransactionManager transacties) {
		this.jdbc = jdbc;
		this.los = new TransactionTemplate(transacties);
		this.los.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A new random token of 256 bits, URL-safe. Only its hash is ever stored. */
	static String nieuwToken() {
		byte[] bytes = new byte[32];
		TOEVAL.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException onmogelijk) {
			throw new IllegalStateException(onmogelijk);
		}
	}

	/** Stores the hashes; the caller has shuffled them, so the row order says nothing about who got which link. */
	void bewaarUitnodigingen(UUID golfId, List<Map.Entry<String, UUID>> hashMetTeam) {
		for (Map.Entry<String, UUID> uitnodiging : hashMetTeam) {
			jdbc.sql("insert into pulse.uitnodiging (token_hash, golf_id, team_id) values (?, ?, ?)")
				.params(uitnodiging.getKey(), golfId, uitnodiging.getValue())
				.update();
		}
	}

	void bewaarGroepsgrootte(UUID golfId, Map<UUID, Integer> perTeam) {
		perTeam.forEach((team, aantal) -> jdbc
			.sql("insert into pulse.golf_team (golf_id, team_id, uitgenodigd) values (?, ?, ?)")
			.params(golfId, team, aantal)
			.update());
	}

	public Map<UUID, Integer> groepsgrootte(UUID golfId) {
		Map<UUID, Integer> uit = new java.util.LinkedHashMap<>();
		jdbc.sql("select team_id, uitgenodigd from pulse.golf_team where golf_id = ?")
			.param(golfId)
			.query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list()
			.forEach(e -> uit.put(e.getKey(), e.getValue()));
		return uit;
	}

	public enum Linkstand {

		ONBEKEND, GEBRUIKT, GESLOTEN, BRUIKBAAR

	}

	public record Link(Linkstand stand, UUID golfId, UUID teamId) {
	}

	public Link bekijk(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return new Link(Linkstand.ONBEKEND, null, null);
		}
		return jdbc.sql("select golf_id, team_id, gebruikt from pulse.uitnodiging where token_hash = ?")
			.param(hash(token))
			.query((rs, i) -> new Link(rs.getBoolean(3) ? Linkstand.GEBRUIKT : Linkstand.BRUIKBAAR,
					rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional()
			.orElse(new Link(Linkstand.ONBEKEND, null, null));
	}

	/** Marks the link used, in its own transaction; empty when someone else used it first. */
	Optional<UUID> claim(String token) {
		return los.execute(status -> jdbc
			.sql("update pulse.uitnodiging set gebruikt = true where token_hash = ? and gebruikt = false returning team_id")
			.param(hash(token))
			.query(UUID.class)
			.optional());
	}

	public record NieuwAntwoord(UUID golfId, UUID teamId, String functiegroep, String gebruiksgroep, LocalDate datum,
			Map<String, Integer> items, Map<String, Double> scores, String vrijeTekst, boolean vrijeTekstVerborgen) {
	}

	/** Stores an answer in its own transaction, with a random (version 4) id. */
	void bewaar(NieuwAntwoord antwoord) {
		los.executeWithoutResult(status -> jdbc.sql("""
				insert into pulse.antwoord (id, golf_id, team_id, functiegroep, gebruiksgroep, datum, items, scores,
				    vrije_tekst, vrije_tekst_verborgen)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""")
			.params(UUID.randomUUID(), antwoord.golfId(), antwoord.teamId(), antwoord.functiegroep(),
					antwoord.gebruiksgroep(), antwoord.datum(), JSON.writeValueAsString(antwoord.items()),
					JSON.writeValueAsString(antwoord.scores()), antwoord.vrijeTekst(), antwoord.vrijeTekstVerborgen())
			.update());
	}

	/** When a wave closes the links go: nothing left can be matched with a link from someone's mailbox. */
	void verwijderUitnodigingen(UUID golfId) {
		jdbc.sql("delete from pulse.uitnodiging where golf_id = ?").param(golfId).update();
	}

	public int aantalAntwoorden(UUID golfId) {
		return jdbc.sql("select count(*) from pulse.antwoord where golf_id = ?").param(golfId).query(Integer.class).single();
	}

	/** The free texts of a wave that passed the name check, in random order. */
	public List<String> vrijeTeksten(UUID golfId) {
		List<String> teksten = new ArrayList<>(jdbc.sql("""
				select vrije_tekst from pulse.antwoord
				where golf_id = ? and vrije_tekst is not null and not vrije_tekst_verborgen""")
			.param(golfId)
			.query(String.class)
			.list());
		java.util.Collections.shuffle(teksten, TOEVAL);
		return teksten;
	}

	public int verborgenTeksten(UUID golfId) {
		return jdbc.sql("select count(*) from pulse.antwoord where golf_id = ? and vrije_tekst_verborgen")
			.param(golfId)
			.query(Integer.class)
			.single();
	}

}
