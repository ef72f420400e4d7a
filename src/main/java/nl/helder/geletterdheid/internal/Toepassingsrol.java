// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.helder.shared.HoortBijOrganisatie;

/** An employee uses, oversees or manages a toepassing. Added or removed, never changed. */
@Entity
@Table(name = "toepassingsrol", schema = "geletterdheid")
public class Toepassingsrol implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID medewerkerId;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Toepassingsrolsoort rol;

	protected Toepassingsrol() {
	}

	Toepassingsrol(String organisatieCode, UUID medewerkerId, UUID toepassingId, Toepassingsrolsoort rol) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.medewerkerId = medewerkerId;
		this.toepassingId = toepassingId;
		this.rol = rol;
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public UUID medewerkerId() {
		return medewerkerId;
	}

	public UUID toepassingId() {
		return toepassingId;
	}

	public Toepassingsrolsoort rol() {
		return rol;
	}

}
