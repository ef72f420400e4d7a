// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.register.Werkstatus;
import nl.helder.shared.HoortBijOrganisatie;

/** A toepassing: its workflow state and which of its versions is being worked on and which is public. */
@Entity
@Table(name = "toepassing", schema = "register")
public class Toepassing implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false)
	private String naam;

	private int werkversie;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Werkstatus werkstatus;

	private Integer gepubliceerdeVersie;

	private Instant gepubliceerdOp;

	@Column(nullable = false, updatable = false)
	private Instant aangemaakt;

	@Column(nullable = false)
	private Instant gewijzigd;

	@Version
	private long versie;

	protected Toepassing() {
	}

	Toepassing(String organisatieCode, String naam, Instant nu) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.naam = naam;
		this.werkversie = 1;
		this.werkstatus = Werkstatus.CONCEPT;
		this.aangemaakt = nu;
		this.gewijzigd = nu;
	}

	/** A new version is being worked on; a published version stays public beside it. */
	void nieuweVersie(int nummer, String naam, Instant nu) {
		this.werkversie = nummer;
		this.naam = naam;
		this.werkstatus = Werkstatus.CONCEPT;
		this.gewijzigd = nu;
	}

	void naarReview(Instant nu) {
		this.werkstatus = Werkstatus.TER_REVIEW;
		this.gewijzigd = nu;
	}

	void terugNaarConcept(Instant nu) {
		this.werkstatus = Werkstatus.CONCEPT;
		this.gewijzigd = nu;
	}

	void publiceer(Instant nu) {
		this.gepubliceerdeVersie = werkversie;
		this.gepubliceerdOp = nu;
		this.werkstatus = Werkstatus.GEPUBLICEERD;
		this.gewijzigd = nu;
	}

	void trekIn(Instant nu) {
		boolean conceptErnaast = werkstatus != Werkstatus.GEPUBLICEERD;
		this.gepubliceerdeVersie = null;
		this.gepubliceerdOp = null;
		if (!conceptErnaast) {
			this.werkstatus = Werkstatus.INGETROKKEN;
		}
		this.gewijzigd = nu;
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

	public int werkversie() {
		return werkversie;
	}

	public Werkstatus werkstatus() {
		return werkstatus;
	}

	public Integer gepubliceerdeVersie() {
		return gepubliceerdeVersie;
	}

	public Instant gepubliceerdOp() {
		return gepubliceerdOp;
	}

	public Instant aangemaakt() {
		return aangemaakt;
	}

	public Instant gewijzigd() {
		return gewijzigd;
	}

}
