// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;

/** A municipality's own review cadence for one toepassing, instead of the default for its phase. */
@Entity
@Table(name = "reviewritme", schema = "assessments")
public class EigenReviewritme implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Column(nullable = false)
	private int dagen;

	@Column(nullable = false)
	private Instant gewijzigd;

	@Column(nullable = false)
	private String gewijzigdDoorNaam;

	@Version
	private long revisie;

	protected EigenReviewritme() {
	}

	EigenReviewritme(String organisatieCode, UUID toepassingId) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.toepassingId = toepassingId;
	}

	void zet(int dagen, String door, Instant nu) {
		this.dagen = dagen;
		this.gewijzigd = nu;
		this.gewijzigdDoorNaam = door;
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public UUID toepassingId() {
		return toepassingId;
	}

	public int dagen() {
		return dagen;
	}

	public Instant gewijzigd() {
		return gewijzigd;
	}

	public String gewijzigdDoorNaam() {
		return gewijzigdDoorNaam;
	}

	public long revisie() {
		return revisie;
	}

}
