// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.helder.shared.HoortBijOrganisatie;

/**
 * One measured value of one KPI at one measurement moment (0 is the baseline). Written once: a wrong value is removed
 * and entered again, so it needs no version.
 */
@Entity
@Table(name = "waarneming", schema = "pilots")
public class Waarneming implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID pilotId;

	@Column(nullable = false, updatable = false)
	private String kpi;

	@Column(nullable = false, updatable = false)
	private int moment;

	@Column(nullable = false, updatable = false)
	private LocalDate datum;

	@Column(nullable = false, updatable = false)
	private BigDecimal waarde;

	@Column(nullable = false, updatable = false)
	private String bron;

	@Column(nullable = false, updatable = false)
	private Instant ingevoerd;

	@Column(nullable = false, updatable = false)
	private String ingevoerdDoorNaam;

	protected Waarneming() {
	}

	Waarneming(Pilot pilot, Meting meting, String bron, String door, Instant nu) {
		this.id = UUID.randomUUID();
		this.organisatieCode = pilot.organisatieCode();
		this.pilotId = pilot.id();
		this.kpi = meting.kpi();
		this.moment = meting.moment();
		this.datum = meting.datum();
		this.waarde = meting.waarde();
		this.bron = bron;
		this.ingevoerd = nu;
		this.ingevoerdDoorNaam = door;
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public UUID pilotId() {
		return pilotId;
	}

	public String kpi() {
		return kpi;
	}

	public int moment() {
		return moment;
	}

	public LocalDate datum() {
		return datum;
	}

	public BigDecimal waarde() {
		return waarde;
	}

	public String bron() {
		return bron;
	}

	public Instant ingevoerd() {
		return ingevoerd;
	}

	public String ingevoerdDoorNaam() {
		return ingevoerdDoorNaam;
	}

	public String momentNaam() {
		return Meting.momentNaam(moment);
	}

	public Meting meting() {
		return new Meting(kpi, moment, datum, waarde);
	}

}
