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

import nl.helder.shared.HoortBijOrganisatie;

/** A saved view of the register list: a name for filters and a sort order, of one person, optionally shared. */
@Entity
@Table(name = "weergave", schema = "register")
public class LijstWeergave implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private String eigenaar;

	@Column(nullable = false)
	private String naam;

	@Convert(converter = JsonKolom.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(nullable = false, columnDefinition = "jsonb")
	private Map<String, Object> filter;

	private boolean gedeeld;

	@Column(nullable = false, updatable = false)
	private Instant aangemaakt;

	protected LijstWeergave() {
	}

	LijstWeergave(String organisatieCode, String eigenaar, String naam, Map<String, String> filter, boolean gedeeld,
			Instant nu) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.eigenaar = eigenaar;
		this.naam = naam;
		this.filter = new LinkedHashMap<>(filter);
		this.gedeeld = gedeeld;
		this.aangemaakt = nu;
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public String eigenaar() {
		return eigenaar;
	}

	public String naam() {
		return naam;
	}

	/**
	 * The list's query parameters, such as {@code werkstatus=CONCEPT}, in the list's own order (jsonb keeps keys in
	 * an order of its own).
	 */
	public Map<String, String> filter() {
		Map<String, String> tekst = new LinkedHashMap<>();
		WeergaveDienst.FILTERS.stream()
			.filter(filter::containsKey)
			.forEach(k -> tekst.put(k, String.valueOf(filter.get(k))));
		return tekst;
	}

	public boolean gedeeld() {
		return gedeeld;
	}

}
