// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;

/** A team or department; teams form a tree under the organisation through their parent. */
@Entity
@Table(name = "team", schema = "organisaties")
public class Team implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false)
	private String naam;

	private UUID ouderId;

	@Version
	private long versie;

	protected Team() {
	}

	public Team(String organisatieCode, String naam, UUID ouderId) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.naam = naam;
		this.ouderId = ouderId;
	}

	public void wijzig(String naam, UUID ouderId) {
		this.naam = naam;
		this.ouderId = ouderId;
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public String naam() {
		return naam;
	}

	public UUID ouderId() {
		return ouderId;
	}

	public long versie() {
		return versie;
	}

}
