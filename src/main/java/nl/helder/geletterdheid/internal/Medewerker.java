// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;

/**
 * An employee on the municipality's roster. Not every employee is a Helder user; the e-mail address links the two,
 * so a user can see their own trainings.
 */
@Entity
@Table(name = "medewerker", schema = "geletterdheid")
public class Medewerker implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false)
	private String personeelsnummer;

	@Column(nullable = false)
	private String naam;

	private UUID teamId;

	private String functiegroep;

	private String email;

	private LocalDate inDienst;

	@Version
	private long revisie;

	protected Medewerker() {
	}

	Medewerker(String organisatieCode, String personeelsnummer) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.personeelsnummer = personeelsnummer;
	}

	void zet(String naam, UUID teamId, String functiegroep, String email, LocalDate inDienst) {
		this.naam = naam;
		this.teamId = teamId;
		this.functiegroep = functiegroep;
		this.email = email;
		this.inDienst = inDienst;
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public String personeelsnummer() {
		return personeelsnummer;
	}

	public String naam() {
		return naam;
	}

	public UUID teamId() {
		return teamId;
	}

	public String functiegroep() {
		return functiegroep;
	}

	public String email() {
		return email;
	}

	public LocalDate inDienst() {
		return inDienst;
	}

	public long revisie() {
		return revisie;
	}

}
