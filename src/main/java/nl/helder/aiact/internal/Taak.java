// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.Instant;
import java.util.ArrayList;
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

import org.hibernate.annotations.ColumnTransformer;

import nl.helder.shared.HoortBijOrganisatie;

/** The work on one requirement for one toepassing: its status, an explanation and links to the evidence. */
@Entity
@Table(name = "taak", schema = "aiact")
public class Taak implements HoortBijOrganisatie {

	/** Where the work on a requirement stands. */
	public enum Status {

		OPEN, BEZIG, AFGEROND, NIET_VAN_TOEPASSING;

		/** Finished work (done, or decided not to apply with a reason) no longer needs a due date. */
		public boolean afgehandeld() {
			return this == AFGEROND || this == NIET_VAN_TOEPASSING;
		}

	}

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Column(nullable = false, updatable = false)
	private String vereisteCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private String toelichting;

	@Convert(converter = JsonLijst.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(nullable = false, columnDefinition = "jsonb")
	private List<Object> bewijs;

	@Column(nullable = false)
	private String gewijzigdDoor;

	@Column(nullable = false)
	private Instant gewijzigdOp;

	@Version
	private long versie;

	protected Taak() {
	}

	Taak(String organisatieCode, UUID toepassingId, String vereisteCode) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.toepassingId = toepassingId;
		this.vereisteCode = vereisteCode;
		this.status = Status.OPEN;
		this.bewijs = new ArrayList<>();
	}

	void wijzig(Status status, String toelichting, List<String> bewijs, String door, Instant nu) {
		this.status = status;
		this.toelichting = toelichting;
		this.bewijs = new ArrayList<>(bewijs);
		this.gewijzigdDoor = door;
		this.gewijzigdOp = nu;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public UUID toepassingId() {
		return toepassingId;
	}

	public String vereisteCode() {
		return vereisteCode;
	}

	public Status status() {
		return status;
	}

	public String toelichting() {
		return toelichting;
	}

	public List<String> bewijs() {
		return bewijs.stream().map(String::valueOf).toList();
	}

	public String gewijzigdDoor() {
		return gewijzigdDoor;
	}

	public Instant gewijzigdOp() {
		return gewijzigdOp;
	}

	public long versie() {
		return versie;
	}

}
