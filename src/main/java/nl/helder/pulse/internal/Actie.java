// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.helder.shared.HoortBijOrganisatie;

/** What was done with a wave's results, recorded by HR and shown to everyone: the loop closed. Never changed. */
@Entity
@Table(name = "actie", schema = "pulse")
public class Actie implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID golfId;

	@Column(nullable = false, updatable = false)
	private LocalDate datum;

	@Column(nullable = false, updatable = false)
	private String tekst;

	@Column(nullable = false, updatable = false)
	private String doorNaam;

	protected Actie() {
	}

	Actie(Golf golf, LocalDate datum, String tekst, String door) {
		this.id = UUID.randomUUID();
		this.organisatieCode = golf.organisatieCode();
		this.golfId = golf.id();
		this.datum = datum;
		this.tekst = tekst;
		this.doorNaam = door;
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public UUID golfId() {
		return golfId;
	}

	public LocalDate datum() {
		return datum;
	}

	public String tekst() {
		return tekst;
	}

	public String doorNaam() {
		return doorNaam;
	}

}
