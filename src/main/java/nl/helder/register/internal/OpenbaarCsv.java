// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The published toepassingen as CSV for spreadsheets: one row each, a column per field of the standard (its key as
 * header), semicolon-separated with a byte-order mark so Dutch Excel opens it right. A value that a spreadsheet
 * would run as a formula gets a leading apostrophe.
 */
@Component
public class OpenbaarCsv {

	private final Veldcatalogus catalogus;

	OpenbaarCsv(Veldcatalogus catalogus) {
		this.catalogus = catalogus;
	}

	public String schrijf(List<Map<String, Object>> toepassingen) {
		List<Veld> velden = catalogus.velden();
		StringBuilder csv = new StringBuilder("\uFEFF");
		List<String> kop = new ArrayList<>(List.of("lars"));
		velden.forEach(v -> kop.add(v.sleutel()));
		kop.add("publication_dt");
		regel(csv, kop);
		for (Map<String, Object> toepassing : toepassingen) {
			List<String> cellen = new ArrayList<>();
			cellen.add(String.valueOf(toepassing.get("lars")));
			velden.forEach(v -> cellen.add(alsTekst(v, toepassing.get(v.sleutel()))));
			cellen.add(String.valueOf(toepassing.get("publication_dt")));
			regel(csv, cellen);
		}
		return csv.toString();
	}

	private static String alsTekst(Veld veld, Object waarde) {
		if (waarde == null) {
			return "";
		}
		if (veld.isGroep() && waarde instanceof Collection<?> items) {
			return items.stream().map(item -> {
				Map<?, ?> m = (Map<?, ?>) item;
				Object titel = m.get("title");
				Object link = m.get("link");
				return link == null ? String.valueOf(titel) : (titel == null ? "" : titel + " ") + "(" + link + ")";
			}).collect(Collectors.joining("; "));
		}
		if (waarde instanceof Collection<?> lijst) {
			return lijst.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return "html".equals(veld.type()) ? HtmlTekst.naarPlatteTekst(String.valueOf(waarde)) : String.valueOf(waarde);
	}

	private static void regel(StringBuilder csv, List<String> cellen) {
		csv.append(cellen.stream().map(OpenbaarCsv::cel).collect(Collectors.joining(";"))).append("\r\n");
	}

	/** RFC 4180 quoting, and neutralised formulas (=, +, -, @, tab, carriage return at the start). */
	static String cel(String waarde) {
		String veilig = !waarde.isEmpty() && "=+-@\t\r".indexOf(waarde.charAt(0)) >= 0 ? "'" + waarde : waarde;
		return "\"" + veilig.replace("\"", "\"\"") + "\"";
	}

}
