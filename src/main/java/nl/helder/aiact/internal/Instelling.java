// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A platform-wide choice of the AI Act module, such as which legal timeline is in force. Audited like any entity. */
@Entity
@Table(name = "instelling", schema = "aiact")
public class Instelling {

	static final String TIJDLIJN = "tijdlijn";

	@Id
	private String sleutel;

	@Column(nullable = false)
	private String waarde;

	@Column(nullable = false)
	private String gewijzigdDoor;

	@Column(nullable = false)
	private Instant gewijzigdOp;

	protected Instelling() {
	}

	Instelling(String sleutel) {
		this.sleutel = sleutel;
	}

	void zet(String waarde, String door, Instant nu) {
		this.waarde = waarde;
		this.gewijzigdDoor = door;
		this.gewijzigdOp = nu;
	}

	public String sleutel() {
		return sleutel;
	}

	public String waarde() {
		return waarde;
	}

	public String gewijzigdDoor() {
		return gewijzigdDoor;
	}

	public Instant gewijzigdOp() {
		return gewijzigdOp;
	}

}
