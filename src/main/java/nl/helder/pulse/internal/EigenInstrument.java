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
 * An instrument a municipality loaded itself, usually under a licence that does not allow it in Helder's open-source
 * repository. The definition is the JSON file as loaded; it is read with the same rules as a shipped file. Never
 * changed after loading: a new version is a new row, so a closed wave keeps the exact items it asked.
 */
@Entity
@Table(name = "eigen_instrument", schema = "pulse")
public class EigenInstrument implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private String instrumentId;

	@Column(nullable = false, updatable = false)
	private String versie;

	@Column(nullable = false, updatable = false)
	private LocalDate geldigVanaf;

	@Column(nullable = false, updatable = false)
	private String titel;

	@Column(nullable = false, updatable = false)
	private String licentie;

	@Column(nullable = false, updatable = false)
	private String definitie;

	@Column(nullable = false, updatable = false)
	private LocalDate geladenOp;

	@Column(nullable = false, updatable = false)
	private String geladenDoorNaam;

	@Version
	private long revisie;

	protected EigenInstrument() {
	}

	EigenInstrument(String organisatieCode, Instrument instrument, String definitie, LocalDate geladenOp, String door) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.instrumentId = instrument.id();
		this.versie = instrument.versie();
		this.geldigVanaf = instrument.geldigVanaf();
		this.titel = instrument.titel();
		this.licentie = instrument.licentie();
		this.definitie = definitie;
		this.geladenOp = geladenOp;
		this.geladenDoorNaam = door;
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public String instrumentId() {
		return instrumentId;
	}

	public String versie() {
		return versie;
	}

	public LocalDate geldigVanaf() {
		return geldigVanaf;
	}

	public String titel() {
		return titel;
	}

	public String licentie() {
		return licentie;
	}

	public String definitie() {
		return definitie;
	}

	public LocalDate geladenOp() {
		return geladenOp;
	}

	public String geladenDoorNaam() {
		return geladenDoorNaam;
	}

}
