// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;

/** An employee completed a training on a date. Only the confirmation changes afterwards. */
@Entity
@Table(name = "afronding", schema = "geletterdheid")
public class Afronding implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID medewerkerId;

	@Column(nullable = false, updatable = false)
	private UUID trainingId;

	@Column(nullable = false, updatable = false)
	private LocalDate datum;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Bron bron;

	@Column(nullable = false)
	private boolean bevestigd;

	@Column(nullable = false, updatable = false)
	private Instant geregistreerd;

	@Column(nullable = false, updatable = false)
	private String geregistreerdDoor;

	@Version
	private long revisie;

	protected Afronding() {
	}

	Afronding(String organisatieCode, UUID medewerkerId, UUID trainingId, LocalDate datum, Bron bron, Instant nu,
			String door) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.medewerkerId = medewerkerId;
		this.trainingId = trainingId;
		this.datum = datum;
		this.bron = bron;
		this.bevestigd = bron != Bron.ZELF_GEMELD;
		this.geregistreerd = nu;
		this.geregistreerdDoor = door;
	}

	void bevestig() {
		this.bevestigd = true;
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

	public UUID trainingId() {
		return trainingId;
	}

	public LocalDate datum() {
		return datum;
	}

	public Bron bron() {
		return bron;
	}

	public boolean bevestigd() {
		return bevestigd;
	}

	public Instant geregistreerd() {
		return geregistreerd;
	}

	public String geregistreerdDoor() {
		return geregistreerdDoor;
	}

}
