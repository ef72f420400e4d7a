// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.helder.shared.HoortBijOrganisatie;
import nl.helder.shared.Vertrouwelijk;

/** A person's calendar link: only the hash of its secret. One per person; a new one replaces the old. */
@Entity
@Table(name = "agenda", schema = "aiact")
public class AgendaLink implements HoortBijOrganisatie {

	@Id
	private String persoonId;

	@Column(nullable = false)
	private String organisatieCode;

	@Vertrouwelijk
	@Column(nullable = false)
	private String geheimHash;

	@Column(nullable = false)
	private Instant aangemaakt;

	protected AgendaLink() {
	}

	AgendaLink(String persoonId) {
		this.persoonId = persoonId;
	}

	void vernieuw(String organisatieCode, String geheimHash, Instant nu) {
		this.organisatieCode = organisatieCode;
		this.geheimHash = geheimHash;
		this.aangemaakt = nu;
	}

	public String persoonId() {
		return persoonId;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public Instant aangemaakt() {
		return aangemaakt;
	}

}
