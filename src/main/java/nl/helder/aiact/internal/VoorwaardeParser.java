// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.ArrayList;
import java.util.List;

import nl.helder.aiact.Melding;
import nl.helder.aiact.Voorwaarde;

/**
 * Reads the conditions of the official beslishulp (JavaScript-Jexl syntax) into a {@link Voorwaarde}: a tokenizer
 * and a recursive-descent parser over this grammar, with the usual precedence ({@code !} over {@code &&} over
 * {@code ||}):
 *
 * <pre>
 * of       = en { "||" en }
 * en       = niet { "&amp;&amp;" niet }
 * niet     = "!" niet | primair
 * primair  = "(" of ")" | "true" | "false" | TEKST "in" "labels"
 * </pre>
 *
 * Apache Commons JEXL 3.5 rejects {@code in} as a parse error, hence this parser (see ADR 0006). In Jexl,
 * {@code !"x" in labels} would mean {@code (!"x") in labels}; that reading is never what an author means, so it is
 * refused with a hint to write {@code !("x" in labels)}.
 */
public final class VoorwaardeParser {

	/** The one variable a condition may use: the labels gathered so far. */
	static final String LABELS = "labels";

	private final String tekst;

	private final List<Token> tokens;

	private int positie;

	private VoorwaardeParser(String tekst) {
		this.tekst = tekst;
		this.tokens = tokens(tekst);
	}

	/**
	 * @throws Fout with a message that names the position (1-based) of the problem
	 */
	public static Voorwaarde lees(String tekst) {
		if (tekst == null || tekst.isBlank()) {
			throw new Fout(Melding.van("aiact.voorwaarde.leeg"));
		}
		VoorwaardeParser parser = new VoorwaardeParser(tekst);
		Voorwaarde resultaat = parser.of();
		Token rest = parser.huidig();
		if (rest.soort() != Soort.EINDE) {
			throw new Fout(Melding.van("aiact.voorwaarde.overbodig", rest.weergave(), rest.positie()));
		}
		return resultaat;
	}

	private Voorwaarde of() {
		Voorwaarde links = en();
		while (huidig().soort() == Soort.OF) {
			positie++;
			links = new Voorwaarde.Of(links, en());
		}
		return links;
	}

	private Voorwaarde en() {
		Voorwaarde links = niet();
		while (huidig().soort() == Soort.EN) {
			positie++;
			links = new Voorwaarde.En(links, niet());
		}
		return links;
	}

	private Voorwaarde niet() {
		Token token = huidig();
		if (token.soort() == Soort.NIET) {
			positie++;
			if (huidig().soort() == Soort.TEKST) {
				throw new Fout(Melding.van("aiact.voorwaarde.niet-zonder-haakjes", token.positie(), huidig().waarde()));
			}
			return new Voorwaarde.Niet(niet());
		}
		return primair();
	}

	private Voorwaarde primair() {
		Token token = huidig();
		switch (token.soort()) {
			case OPEN -> {
				positie++;
				Voorwaarde binnen = of();
				verwacht(Soort.SLUIT, "\")\"");
				return binnen;
			}
			case NAAM -> {
				positie++;
				return switch (token.waarde()) {
					case "true" -> new Voorwaarde.Vast(true);
					case "false" -> new Voorwaarde.Vast(false);
					default -> throw new Fout(Melding.van("aiact.voorwaarde.onbekende-naam", token.waarde(),
							token.positie()));
				};
			}
			case TEKST -> {
				positie++;
				Token in = huidig();
				if (in.soort() != Soort.NAAM || !in.waarde().equals("in")) {
					throw new Fout(Melding.van("aiact.voorwaarde.verwacht", in.positie(), "in", in.weergave()));
				}
				positie++;
				Token labels = huidig();
				if (labels.soort() != Soort.NAAM || !labels.waarde().equals(LABELS)) {
					throw new Fout(Melding.van("aiact.voorwaarde.verwacht", labels.positie(), LABELS, labels.weergave()));
				}
				positie++;
				return new Voorwaarde.Bevat(token.waarde());
			}
			default -> throw new Fout(token.soort() == Soort.EINDE
					? Melding.van("aiact.voorwaarde.einde", tekst.length())
					: Melding.van("aiact.voorwaarde.onverwacht", token.weergave(), token.positie()));
		}
	}

	private void verwacht(Soort soort, String weergave) {
		Token token = huidig();
		if (token.soort() != soort) {
			throw new Fout(Melding.van("aiact.voorwaarde.verwacht", token.positie(), weergave, token.weergave()));
		}
		positie++;
	}

	private Token huidig() {
		return tokens.get(positie);
	}

	// --- tokenizer

	private static List<Token> tokens(String tekst) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < tekst.length()) {
			char c = tekst.charAt(i);
			int begin = i + 1;
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '(' || c == ')' || c == '!') {
				tokens.add(new Token(c == '(' ? Soort.OPEN : c == ')' ? Soort.SLUIT : Soort.NIET, String.valueOf(c), begin));
				i++;
			}
			else if ((c == '&' || c == '|') && i + 1 < tekst.length() && tekst.charAt(i + 1) == c) {
				tokens.add(new Token(c == '&' ? Soort.EN : Soort.OF, c + "" + c, begin));
				i += 2;
			}
			else if (c == '"' || c == '\'') {
				StringBuilder waarde = new StringBuilder();
				int j = i + 1;
				while (j < tekst.length() && tekst.charAt(j) != c) {
					if (tekst.charAt(j) == '\\' && j + 1 < tekst.length()) {
						j++;
					}
					waarde.append(tekst.charAt(j));
					j++;
				}
				if (j >= tekst.length()) {
					throw new Fout(Melding.van("aiact.voorwaarde.tekst-open", begin));
				}
				tokens.add(new Token(Soort.TEKST, waarde.toString(), begin));
				i = j + 1;
			}
			else if (Character.isLetter(c) || c == '_' || c == '$') {
				int j = i;
				while (j < tekst.length() && (Character.isLetterOrDigit(tekst.charAt(j)) || tekst.charAt(j) == '_'
						|| tekst.charAt(j) == '$')) {
					j++;
				}
				tokens.add(new Token(Soort.NAAM, tekst.substring(i, j), begin));
				i = j;
			}
			else {
				throw new Fout(Melding.van("aiact.voorwaarde.teken", String.valueOf(c), begin));
			}
		}
		tokens.add(new Token(Soort.EINDE, "", tekst.length() + 1));
		return tokens;
	}

	enum Soort {

		OPEN, SLUIT, NIET, EN, OF, TEKST, NAAM, EINDE

	}

	record Token(Soort soort, String waarde, int positie) {

		String weergave() {
			return switch (soort) {
				case EINDE -> "het einde";
				case TEKST -> "\"" + waarde + "\"";
				default -> waarde;
			};
		}

	}

	/** A condition that does not parse; the message says what and where (1-based character position). */
	public static final class Fout extends RuntimeException {

		private final transient Melding melding;

		Fout(Melding melding) {
			super(melding.sleutel());
			this.melding = melding;
		}

		public Melding melding() {
			return melding;
		}

	}

}
