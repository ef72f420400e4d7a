// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.helder.shared.HoortBijOrganisatie;
import nl.helder.shared.Vertrouwelijk;

/** An evidence file for one requirement of one toepassing. The content stays out of the audit log; its hash does not. */
@Entity
@Table(name = "bewijsbestand", schema = "aiact")
public class Bewijsbestand implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Column(nullable = false, updatable = false)
	private String vereisteCode;

	@Column(nullable = false, updatable = false)
	private String naam;

	@Column(nullable = false, updatable = false)
	private String soort;

	private int grootte;

	@Column(nullable = false, updatable = false)
	private String sha256;

	@Vertrouwelijk
	@Column(nullable = false, updatable = false)
	private byte[] inhoud;

	@Column(nullable = false, updatable = false)
	private String geuploadDoor;

	@Column(nullable = false, updatable = false)
	private Instant geuploadOp;

	protected Bewijsbestand() {
	}

	Bewijsbestand(String organisatieCode, UUID toepassingId, String vereisteCode, String naam, String soort,
			byte[] inhoud, String sha256, String door, Instant nu) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.toepassingId = toepassingId;
		this.vereisteCode = vereisteCode;
		this.naam = naam;
		this.soort = soort;
		this.inhoud = inhoud.clone();
		this.grootte = inhoud.length;
		this.sha256 = sha256;
		this.geuploadDoor = door;
		this.geuploadOp = nu;
	}

	public UUID id() {
		return id;
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

	public String naam() {
		return naam;
	}

	public String soort() {
		return soort;
	}

	public int grootte() {
		return grootte;
	}

	public String sha256() {
		return sha256;
	}

	public byte[] inhoud() {
		return inhoud.clone();
	}

	public String geuploadDoor() {
		return geuploadDoor;
	}

	public Instant geuploadOp() {
		return geuploadOp;
	}

}
