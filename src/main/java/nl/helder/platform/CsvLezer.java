// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV files users upload for imports: RFC 4180 with ";" (or "," when the header line has no ";"), quoted
 * cells with doubled quotes and line breaks inside, CRLF or LF, UTF-8 with or without a BOM.
 */
public final class CsvLezer {

	private CsvLezer() {
	}

	/** One record and its number in the file (1 is the header; a line break inside quotes stays in its record). */
	public record Regel(int nummer, List<String> cellen) {
	}

	/**
	 * The records of the file; reading stops after {@code limiet + 1} records, so a caller that finds more than
	 * {@code limiet} knows the file is too long without holding all of it.
	 */
	public static List<Regel> lees(byte[] bestand, int limiet) {
		String tekst = new String(bestand, StandardCharsets.UTF_8);
		if (tekst.startsWith("\uFEFF")) {
			tekst = tekst.substring(1);
		}
		int eindeKop = tekst.indexOf('\n');
		String kopregel = eindeKop < 0 ? tekst : tekst.substring(0, eindeKop);
		char scheiding = kopregel.indexOf(';') < 0 && kopregel.indexOf(',') >= 0 ? ',' : ';';
		List<Regel> regels = new ArrayList<>();
		List<String> cellen = new ArrayList<>();
		StringBuilder cel = new StringBuilder();
		boolean tussenAanhalingstekens = false;
		int nummer = 1;
		for (int i = 0; i < tekst.length(); i++) {
			char c = tekst.charAt(i);
			if (tussenAanhalingstekens) {
				if (c == '"' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '"') {
					cel.append('"');
					i++;
				}
				else if (c == '"') {
					tussenAanhalingstekens = false;
				}
				else {
					cel.append(c);
				}
			}
			else if (c == '"') {
				tussenAanhalingstekens = true;
			}
			else if (c == scheiding) {
				cellen.add(cel.toString());
				cel.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '\n') {
					i++;
				}
				cellen.add(cel.toString());
				cel.setLength(0);
				regels.add(new Regel(nummer++, List.copyOf(cellen)));
				cellen.clear();
				if (regels.size() > limiet) {
					return regels;
				}
			}
			else {
				cel.append(c);
			}
		}
		if (cel.length() > 0 || !cellen.isEmpty()) {
			cellen.add(cel.toString());
			regels.add(new Regel(nummer, List.copyOf(cellen)));
		}
		return regels;
	}

}
