// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.helder.shared.HoortBijOrganisatie;
import nl.helder.shared.Vertrouwelijk;

/**
 * A personal API token. Only its SHA-256 hash is stored: tokens are 256 random bits, so a fast hash is safe and
 * lets every request find its token with one index look-up.
 */
@Entity
@Table(name = "api_token", schema = "organisaties")
public class ApiToken implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private UUID gebruikerId;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false)
	private String naam;

	@Vertrouwelijk
	@Column(nullable = false, unique = true, updatable = false)
	private String tokenHash;

	/** The first characters of the token, so a user can recognise it in the list. */
	@Column(nullable = false, updatable = false)
	private String voorvoegsel;

	@Column(nullable = false, updatable = false)
	private Instant aangemaakt;

	private Instant verlooptOp;

	private Instant ingetrokkenOp;

	/** Written by the token filter with plain SQL: using a token is not a change worth an audit entry. */
	@Column(insertable = false, updatable = false)
	private Instant laatstGebruikt;

	protected ApiToken() {
	}

	public ApiToken(UUID gebruikerId, String organisatieCode, String naam, String tokenHash, String voorvoegsel,
			Instant verlooptOp) {
		this.id = UUID.randomUUID();
		this.gebruikerId = gebruikerId;
		this.organisatieCode = organisatieCode;
		this.naam = naam;
		this.tokenHash = tokenHash;
		this.voorvoegsel = voorvoegsel;
		this.aangemaakt = Instant.now();
		this.verlooptOp = verlooptOp;
	}

	public void trekIn() {
		if (ingetrokkenOp == null) {
			ingetrokkenOp = Instant.now();
		}
	}

	public boolean isGeldigOp(Instant moment) {
		return ingetrokkenOp == null && (verlooptOp == null || moment.isBefore(verlooptOp));
	}

	public UUID id() {
		return id;
	}

	public UUID gebruikerId() {
		return gebruikerId;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public String naam() {
		return naam;
	}

	public String voorvoegsel() {
		return voorvoegsel;
	}

	public Instant aangemaakt() {
		return aangemaakt;
	}

	public Instant verlooptOp() {
		return verlooptOp;
	}

	public Instant ingetrokkenOp() {
		return ingetrokkenOp;
	}

	public Instant laatstGebruikt() {
		return laatstGebruikt;
	}

}
