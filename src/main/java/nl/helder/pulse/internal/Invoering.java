// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;

/**
 * The date a toepassing went live, for the before/after view. Kept here because the register has no go-live date;
 * when it gets one, this table can be filled from it.
 */
@Entity
@Table(name = "invoering", schema = "pulse")
public class Invoering implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Column(nullable = false)
	private LocalDate datum;

	@Version
	private long revisie;

	protected Invoering() {
	}

	Invoering(String organisatieCode, UUID toepassingId, LocalDate datum) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.toepassingId = toepassingId;
		this.datum = datum;
	}

	void zetDatum(LocalDate datum) {
		this.datum = datum;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public UUID toepassingId() {
		return toepassingId;
	}

	public LocalDate datum() {
		return datum;
	}

}
