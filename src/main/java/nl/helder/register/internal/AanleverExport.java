// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * A version's standard fields as the request body of the national aanleverAPI v1.0 ({@code AlgorithmIn}, the
 * fields of {@code v1_0__Algorithm} without the ones the national register assigns): the standard's field names,
 * lists for the multiple-choice fields and the groups, and empty fields left out (the schema has no "empty string";
 * null would break its {@code type: array}).
 */
@Component
public class AanleverExport {

	static final String STANDAARDVERSIE = "1.0";

	static final String TAAL = "nld";

	private final Veldcatalogus catalogus;

	AanleverExport(Veldcatalogus catalogus) {
		this.catalogus = catalogus;
	}

	/**
	 * @param standaard the fields of the version, keyed as the standard
	 * @param helderId Helder's id of the toepassing, sent as {@code source_id} when that field is empty, so the
	 * national register can be matched back to Helder
	 */
	public Map<String, Object> algoritme(Map<String, Object> standaard, String helderId) {
		Map<String, Object> uit = new LinkedHashMap<>();
		for (Veld veld : catalogus.velden()) {
			Object waarde = standaard.get(veld.sleutel());
			Object omgezet = veld.isGroep() ? groep(veld, waarde)
					: "keuzes".equals(veld.type()) ? lijst(waarde) : tekst(waarde);
			if (!Veldcontrole.isLeeg(omgezet)) {
				uit.put(veld.sleutel(), omgezet);
			}
		}
		uit.put("lang", TAAL);
		uit.put("standard_version", STANDAARDVERSIE);
		if (helderId != null) {
			uit.putIfAbsent("source_id", helderId);
		}
		return uit;
	}

	private static List<Map<String, String>> groep(Veld veld, Object waarde) {
		List<Map<String, String>> rijen = new ArrayList<>();
		if (waarde instanceof List<?> lijst) {
			for (Object rij : lijst) {
				if (rij instanceof Map<?, ?> velden) {
					Map<String, String> uit = new LinkedHashMap<>();
					for (Veld onderdeel : veld.onderdelen()) {
						String tekst = tekst(velden.get(onderdeel.sleutel()));
						if (tekst != null) {
							uit.put(onderdeel.sleutel(), tekst);
						}
					}
					if (!uit.isEmpty()) {
						rijen.add(uit);
					}
				}
			}
		}
		return rijen;
	}

	private static List<String> lijst(Object waarde) {
		if (waarde instanceof List<?> lijst) {
			return lijst.stream().map(AanleverExport::tekst).filter(t -> t != null).toList();
		}
		String enkel = tekst(waarde);
		return enkel == null ? List.of() : List.of(enkel);
	}

	private static String tekst(Object waarde) {
		if (waarde == null || waarde instanceof Map<?, ?> || waarde instanceof List<?>) {
			return null;
		}
		String tekst = String.valueOf(waarde).strip();
		return tekst.isEmpty() ? null : tekst;
	}

}
