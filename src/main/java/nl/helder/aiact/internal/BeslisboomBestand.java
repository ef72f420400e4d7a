// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.helder.aiact.Boomformaat;

/**
 * An uploaded decision tree as it was sent. Never changed after upload (a new version is a new upload), so it has
 * no version column; the audit listener records the upload with who did it.
 */
@Entity
@Table(name = "beslisboom", schema = "aiact")
public class BeslisboomBestand {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String naam;

	@Column(nullable = false, updatable = false)
	private String versie;

	@Column(updatable = false)
	private LocalDate geldigVanaf;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Boomformaat formaat;

	@Column(nullable = false, updatable = false)
	private String bron;

	@Column(nullable = false, updatable = false)
	private String geuploadDoorId;

	@Column(nullable = false, updatable = false)
	private String geuploadDoorNaam;

	@Column(nullable = false, updatable = false)
	private Instant geuploadOp;

	protected BeslisboomBestand() {
	}

	public BeslisboomBestand(String naam, String versie, LocalDate geldigVanaf, Boomformaat formaat,
			String bron, String geuploadDoorId, String geuploadDoorNaam, Instant geuploadOp) {
		this.id = UUID.randomUUID();
		this.naam = naam;
		this.versie = versie;
		this.geldigVanaf = geldigVanaf;
		this.formaat = formaat;
		this.bron = bron;
		this.geuploadDoorId = geuploadDoorId;
		this.geuploadDoorNaam = geuploadDoorNaam;
		this.geuploadOp = geuploadOp;
	}

	public UUID id() {
		return id;
	}

	public String naam() {
		return naam;
	}

	public String versie() {
		return versie;
	}

	public LocalDate geldigVanaf() {
		return geldigVanaf;
	}

	public Boomformaat formaat() {
		return formaat;
	}

	public String bron() {
		return bron;
	}

	public String geuploadDoorNaam() {
		return geuploadDoorNaam;
	}

	public Instant geuploadOp() {
		return geuploadOp;
	}

}
