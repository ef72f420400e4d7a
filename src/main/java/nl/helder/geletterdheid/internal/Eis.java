// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;

/**
 * A requirement rule the AI coordinator keeps: who (conditions as data) needs a training of which level, by a date
 * or within a number of days of starting.
 */
@Entity
@Table(name = "eis", schema = "geletterdheid")
public class Eis implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false)
	private String naam;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Niveau niveau;

	@Convert(converter = VoorwaardenKolom.class)
	@Column(nullable = false)
	private List<Voorwaarde> voorwaarden;

	private LocalDate uiterlijk;

	private Integer binnenDagen;

	@Version
	private long revisie;

	protected Eis() {
	}

	Eis(String organisatieCode) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
	}

	void zet(String naam, Niveau niveau, List<Voorwaarde> voorwaarden, LocalDate uiterlijk, Integer binnenDagen) {
		this.naam = naam;
		this.niveau = niveau;
		this.voorwaarden = List.copyOf(voorwaarden);
		this.uiterlijk = uiterlijk;
		this.binnenDagen = binnenDagen;
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

	public Niveau niveau() {
		return niveau;
	}

	public List<Voorwaarde> voorwaarden() {
		return voorwaarden;
	}

	public LocalDate uiterlijk() {
		return uiterlijk;
	}

	public Integer binnenDagen() {
		return binnenDagen;
	}

	public long revisie() {
		return revisie;
	}

	/** The rule as the evaluator reads it. */
	public Regel alsRegel() {
		return new Regel(id, naam, niveau, voorwaarden, uiterlijk, binnenDagen);
	}

}
