// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import nl.helder.shared.HoortBijOrganisatie;

/** One saved state of a toepassing. Never changed: a new save, or a restore, is a new version. */
@Entity
@Immutable
@Table(name = "toepassing_versie", schema = "register")
public class ToepassingVersie implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID toepassingId;

	@Column(nullable = false)
	private String organisatieCode;

	private int nummer;

	@Convert(converter = JsonKolom.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(nullable = false, columnDefinition = "jsonb")
	private Map<String, Object> standaard;

	@Convert(converter = JsonKolom.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(nullable = false, columnDefinition = "jsonb")
	private Map<String, Object> intern;

	@Column(nullable = false)
	private String auteurId;

	@Column(nullable = false)
	private String auteurNaam;

	private String toelichting;

	@Column(nullable = false)
	private Instant aangemaakt;

	protected ToepassingVersie() {
	}

	ToepassingVersie(Toepassing toepassing, int nummer, Map<String, Object> standaard, Map<String, Object> intern,
			String auteurId, String auteurNaam, String toelichting, Instant nu) {
		this.id = UUID.randomUUID();
		this.toepassingId = toepassing.id();
		this.organisatieCode = toepassing.organisatieCode();
		this.nummer = nummer;
		this.standaard = new LinkedHashMap<>(standaard);
		this.intern = new LinkedHashMap<>(intern);
		this.auteurId = auteurId;
		this.auteurNaam = auteurNaam;
		this.toelichting = toelichting;
		this.aangemaakt = nu;
	}

	public UUID toepassingId() {
		return toepassingId;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public int nummer() {
		return nummer;
	}

	public Map<String, Object> standaard() {
		return java.util.Collections.unmodifiableMap(standaard);
	}

	public Map<String, Object> intern() {
		return java.util.Collections.unmodifiableMap(intern);
	}

	public String auteurId() {
		return auteurId;
	}

	public String auteurNaam() {
		return auteurNaam;
	}

	public String toelichting() {
		return toelichting;
	}

	public Instant aangemaakt() {
		return aangemaakt;
	}

}
