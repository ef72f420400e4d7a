// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.helder.shared.HoortBijOrganisatie;

/**
 * A completed periodic review: which checklist, who completed it, and the next due date it set. Written once and
 * never changed, so it needs no version.
 */
@Entity
@Table(name = "review", schema = "assessments")
public class Review implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Column(nullable = false, updatable = false)
	private UUID beoordelingId;

	@Column(updatable = false)
	private LocalDate vervaldatum;

	@Column(nullable = false, updatable = false)
	private Instant afgerondOp;

	@Column(nullable = false, updatable = false)
	private String afgerondDoorNaam;

	@Column(updatable = false)
	private Integer dagen;

	@Column(updatable = false)
	private LocalDate volgendeDatum;

	@Column(nullable = false, updatable = false)
	private boolean herclassificeren;

	protected Review() {
	}

	Review(Beoordeling checklist, LocalDate vervaldatum, String door, Instant op, Integer dagen, LocalDate volgendeDatum,
			boolean herclassificeren) {
		this.id = UUID.randomUUID();
		this.organisatieCode = checklist.organisatieCode();
		this.toepassingId = checklist.toepassingId();
		this.beoordelingId = checklist.id();
		this.vervaldatum = vervaldatum;
		this.afgerondOp = op;
		this.afgerondDoorNaam = door;
		this.dagen = dagen;
		this.volgendeDatum = volgendeDatum;
		this.herclassificeren = herclassificeren;
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

	public UUID beoordelingId() {
		return beoordelingId;
	}

	public LocalDate vervaldatum() {
		return vervaldatum;
	}

	public Instant afgerondOp() {
		return afgerondOp;
	}

	public String afgerondDoorNaam() {
		return afgerondDoorNaam;
	}

	public Integer dagen() {
		return dagen;
	}

	public LocalDate volgendeDatum() {
		return volgendeDatum;
	}

	public boolean herclassificeren() {
		return herclassificeren;
	}

}
