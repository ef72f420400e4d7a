// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/** The standard's fields of one version, per section and in catalogue order, ready for a read-only page. */
@Component
public class Weergave {

	private final Veldcatalogus catalogus;

	private final RegisterHtml html;

	Weergave(Veldcatalogus catalogus, RegisterHtml html) {
		this.catalogus = catalogus;
		this.html = html;
	}

	/**
	 * A field with its value (null when empty); for HTML fields {@code html} holds the value with only the
	 * standard's bare tags let through, for th:utext.
	 */
	public record Regel(Veld veld, Object waarde, String html) {
	}

	/** The fields that {@code tonen} accepts (never the fixed ones), grouped per section; empty sections left out. */
	public Map<String, List<Regel>> perSectie(Map<String, Object> standaard, Predicate<Veld> tonen) {
		Map<String, List<Regel>> secties = new LinkedHashMap<>();
		catalogus.perSectie().forEach((sectie, velden) -> {
			List<Regel> regels = velden.stream().filter(v -> !v.isVast()).filter(tonen).map(v -> {
				Object waarde = standaard.get(v.sleutel());
				boolean isHtml = "html".equals(v.type()) && waarde != null;
				return new Regel(v, waarde, isHtml ? html.veilig(waarde, v.htmlTags()) : null);
			}).toList();
			if (!regels.isEmpty()) {
				secties.put(sectie, regels);
			}
		});
		return secties;
	}

	/**
	 * The standard's display rules for the public: never the NOOIT fields; VERPLICHT and ALTIJD always (empty as
	 * "niet ingevuld"); ALS_INGEVULD only with a value.
	 */
	public Map<String, List<Regel>> openbaar(Map<String, Object> standaard) {
		return perSectie(standaard, v -> v.openbaar() && (!"ALS_INGEVULD".equals(v.weergave()) || standaard.get(v.sleutel()) != null));
	}

}
