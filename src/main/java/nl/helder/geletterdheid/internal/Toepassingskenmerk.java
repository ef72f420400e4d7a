// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;

/**
 * Whether a toepassing is generative AI. The register does not record this as a field, and rules such as "every
 * user of a generative AI tool needs the basic training" depend on it, so the AI coordinator marks it here.
 */
@Entity
@Table(name = "toepassingskenmerk", schema = "geletterdheid")
public class Toepassingskenmerk implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Column(nullable = false)
	private boolean generatief;

	@Version
	private long revisie;

	protected Toepassingskenmerk() {
	}

	Toepassingskenmerk(String organisatieCode, UUID toepassingId) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.toepassingId = toepassingId;
	}

	void zetGeneratief(boolean generatief) {
		this.generatief = generatief;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public UUID toepassingId() {
		return toepassingId;
	}

	public boolean generatief() {
		return generatief;
	}

}
