// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import nl.helder.shared.HoortBijOrganisatie;

/** The current value of one shared answer of a toepassing, and which instrument last gave it. */
@Entity
@Table(name = "gedeeld_antwoord", schema = "assessments")
public class GedeeldAntwoord implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Column(nullable = false, updatable = false)
	private String sleutel;

	/** Stored as {"waarde": ...} so a text, a list and a yes/no fit the same column. */
	@Convert(converter = JsonKolom.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(nullable = false, columnDefinition = "jsonb")
	private Map<String, Object> waarde;

	@Column(nullable = false)
	private String bronVragenlijst;

	@Column(nullable = false)
	private Instant gewijzigd;

	@Column(nullable = false)
	private String gewijzigdDoorNaam;

	@Version
	private long revisie;

	protected GedeeldAntwoord() {
	}

	GedeeldAntwoord(String organisatieCode, UUID toepassingId, String sleutel) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.toepassingId = toepassingId;
		this.sleutel = sleutel;
	}

	/** Returns whether anything changed, so saving the same answer again writes nothing to the audit log. */
	boolean zet(Object nieuw, String bron, String door, Instant nu) {
		if (waarde != null && java.util.Objects.equals(waarde.get("waarde"), nieuw)) {
			return false;
		}
		this.waarde = Map.of("waarde", nieuw);
		this.bronVragenlijst = bron;
		this.gewijzigd = nu;
		this.gewijzigdDoorNaam = door;
		return true;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public String sleutel() {
		return sleutel;
	}

	public Object waarde() {
		return waarde == null ? null : waarde.get("waarde");
	}

	public String bronVragenlijst() {
		return bronVragenlijst;
	}

	public Instant gewijzigd() {
		return gewijzigd;
	}

	public String gewijzigdDoorNaam() {
		return gewijzigdDoorNaam;
	}

}
