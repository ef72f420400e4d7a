// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;

/** A training in the municipality's catalogue. */
@Entity
@Table(name = "training", schema = "geletterdheid")
public class Training implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String titel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Niveau niveau;

	@Column(nullable = false)
	private String onderwerpen;

	private String aanbieder;

	private BigDecimal duurUren;

	private Integer geldigMaanden;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Vorm vorm;

	private LocalDate aangebodenSinds;

	@Version
	private long revisie;

	protected Training() {
	}

	Training(String organisatieCode) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
	}

	void zet(Trainingsgegevens g) {
		this.code = g.code();
		this.titel = g.titel();
		this.niveau = g.niveau();
		this.onderwerpen = String.join(",", g.onderwerpen());
		this.aanbieder = g.aanbieder();
		this.duurUren = g.duurUren();
		this.geldigMaanden = g.geldigMaanden();
		this.vorm = g.vorm();
		this.aangebodenSinds = g.aangebodenSinds();
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public String code() {
		return code;
	}

	public String titel() {
		return titel;
	}

	public Niveau niveau() {
		return niveau;
	}

	public List<String> onderwerpen() {
		return onderwerpen.isBlank() ? List.of() : Arrays.asList(onderwerpen.split(","));
	}

	public String aanbieder() {
		return aanbieder;
	}

	public BigDecimal duurUren() {
		return duurUren;
	}

	public Integer geldigMaanden() {
		return geldigMaanden;
	}

	public Vorm vorm() {
		return vorm;
	}

	public LocalDate aangebodenSinds() {
		return aangebodenSinds;
	}

	public long revisie() {
		return revisie;
	}

	/** The fields a user or a catalogue file provides. */
	public record Trainingsgegevens(String code, String titel, Niveau niveau, List<String> onderwerpen, String aanbieder,
			BigDecimal duurUren, Integer geldigMaanden, Vorm vorm, LocalDate aangebodenSinds) {
	}

}
