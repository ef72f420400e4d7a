// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The text checks on the HTML fields of the Algoritmeregister (goal, risks, ...). The register counts its limits
 * without tags and accepts only a few bare block tags, so a field that looks short in the editor can still be refused
 * on submission; these methods let Helder say so before that.
 * <p>
 * A small hand-written tokenizer on purpose: a regular expression cannot see that a {@code >} inside a quoted attribute
 * does not end the tag, nor that the content of {@code <script>} is not text. No HTML library, because the three
 * questions asked here need far less than a DOM and the result must not depend on a parser's repair rules.
 */
public final class HtmlTekst {

	/** The entities an editor actually writes. Any other named entity is counted as it is written: stricter, never lax. */
	private static final Map<String, Integer> ENTITEITEN = Map.of("amp", (int) '&', "lt", (int) '<', "gt", (int) '>',
			"quot", (int) '"', "apos", (int) '\'', "nbsp", 0xA0, "euro", 0x20AC);

	/** Content of these elements is never shown, so it is neither text nor a place where tags are looked for. */
	private static final Set<String> RAUW = Set.of("script", "style");

	private HtmlTekst() {
	}

	/**
	 * The visible length: tags removed, every entity one character, every run of whitespace one space, no whitespace at
	 * the start or end. Counted in code points, as the register (Python) does, so an emoji is one. Tags add nothing,
	 * not even the block tags: the register's limit is on the characters, not on the lay-out.
	 */
	public static int lengteZonderTags(String html) {
		if (html == null || html.isEmpty()) {
			return 0;
		}
		StringBuilder tekst = new StringBuilder();
		for (Stuk stuk : new Lezer(html).lees()) {
			if (stuk instanceof Tekst t) {
				tekst.append(t.tekst());
			}
		}
		String genormaliseerd = normaliseer(tekst);
		return genormaliseerd.codePointCount(0, genormaliseerd.length());
	}

	/**
	 * The tags in the text that the register will refuse, each once, in the order they first appear (lower case).
	 * Closing tags count too, and so do comments ({@code !--}) and declarations ({@code !doctype}). An allowed tag with
	 * an attribute is reported as {@code tag[attribuut]}: the standard allows bare tags only, and an attribute is where
	 * scripts ({@code onclick}) and lay-out ({@code style}) hide.
	 */
	public static List<String> nietToegestaneTags(String html, Set<String> toegestaan) {
		Objects.requireNonNull(toegestaan, "toegestaan");
		if (html == null || html.isEmpty()) {
			return List.of();
		}
		Set<String> toegestaanKlein = new LinkedHashSet<>();
		toegestaan.forEach(t -> toegestaanKlein.add(t.toLowerCase(Locale.ROOT)));
		Set<String> gevonden = new LinkedHashSet<>();
		for (Stuk stuk : new Lezer(html).lees()) {
			if (stuk instanceof Tag tag) {
				if (!toegestaanKlein.contains(tag.naam())) {
					gevonden.add(tag.naam());
				}
				else {
					tag.attributen().forEach(a -> gevonden.add(tag.naam() + "[" + a + "]"));
				}
			}
		}
		return List.copyOf(gevonden);
	}

	/**
	 * The text as a reader sees it, for CSV exports and the search index: no tags, entities decoded, a line break for
	 * each paragraph, div and br, and a "- " bullet for each list item (indented two spaces per extra list level).
	 */
	public static String naarPlatteTekst(String html) {
		if (html == null || html.isEmpty()) {
			return "";
		}
		PlatteTekst uit = new PlatteTekst();
		for (Stuk stuk : new Lezer(html).lees()) {
			if (stuk instanceof Tekst t) {
				uit.tekst(t.tekst());
			}
			else if (stuk instanceof Tag tag) {
				uit.tag(tag);
			}
		}
		return uit.klaar();
	}

	/** HTML's own whitespace; a no-break space is deliberately not one of them (it is a visible character). */
	static boolean isWit(int c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	}

	private static String normaliseer(CharSequence tekst) {
		StringBuilder uit = new StringBuilder(tekst.length());
		boolean wit = false;
		for (int i = 0; i < tekst.length(); i++) {
			char c = tekst.charAt(i);
			if (isWit(c)) {
				wit = true;
			}
			else {
				if (wit && uit.length() > 0) {
					uit.append(' ');
				}
				wit = false;
				uit.append(c);
			}
		}
		return uit.toString();
	}

	private sealed interface Stuk permits Tekst, Tag {
	}

	/** Text with its entities already decoded. */
	private record Tekst(String tekst) implements Stuk {
	}

	/** A start or end tag; naam and attributen in lower case. */
	private record Tag(String naam, boolean sluit, List<String> attributen) implements Stuk {
	}

	/** Reads the HTML once from left to right into text and tags; never throws, whatever the input. */
	private static final class Lezer {

		private final String html;

		private final int n;

		private final List<Stuk> stukken = new ArrayList<>();

		private final StringBuilder tekst = new StringBuilder();

		private int pos;

		Lezer(String html) {
			this.html = html;
			this.n = html.length();
		}

		List<Stuk> lees() {
			while (pos < n) {
				char c = html.charAt(pos);
				if (c == '<') {
					leesTag();
				}
				else if (c == '&') {
					leesEntiteit();
				}
				else {
					tekst.append(c);
					pos++;
				}
			}
			bewaarTekst();
			return stukken;
		}

		private void leesTag() {
			if (html.startsWith("<!--", pos)) {
				int einde = html.indexOf("-->", pos + 4);
				voegToe(new Tag("!--", false, List.of()));
				pos = einde < 0 ? n : einde + 3;
				return;
			}
			int begin = pos + 1;
			boolean sluit = begin < n && html.charAt(begin) == '/';
			if (sluit) {
				begin++;
			}
			boolean declaratie = !sluit && begin < n && (html.charAt(begin) == '!' || html.charAt(begin) == '?');
			int naamBegin = declaratie ? begin + 1 : begin;
			if (naamBegin >= n || !isAsciiLetter(html.charAt(naamBegin))) {
				if (!declaratie) {
					// "a < b" or "<3": as in a browser, a '<' that does not start a name is just text
					tekst.append('<');
					pos++;
					return;
				}
			}
			int i = naamBegin;
			while (i < n && isNaamteken(html.charAt(i))) {
				i++;
			}
			String naam = (declaratie ? String.valueOf(html.charAt(begin)) : "")
					+ html.substring(naamBegin, i).toLowerCase(Locale.ROOT);
			List<String> attributen = new ArrayList<>();
			i = leesAttributen(i, attributen, declaratie);
			voegToe(new Tag(naam, sluit, declaratie ? List.of() : List.copyOf(attributen)));
			pos = i;
			if (!sluit && RAUW.contains(naam)) {
				int einde = zoekZonderHoofdletters("</" + naam, pos);
				pos = einde < 0 ? n : einde;
			}
		}

		/** Returns the position after the closing '>' (or the end: an unclosed tag runs to the end, as in a browser). */
		private int leesAttributen(int i, List<String> attributen, boolean declaratie) {
			while (i < n) {
				char c = html.charAt(i);
				if (c == '>') {
					return i + 1;
				}
				if (isWit(c) || c == '/' || declaratie) {
					i++;
					continue;
				}
				int naamBegin = i;
				// the first character is taken whatever it is ('=' included), so the loop always moves on
				i++;
				while (i < n && !isWit(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
					i++;
				}
				attributen.add(html.substring(naamBegin, i).toLowerCase(Locale.ROOT));
				while (i < n && isWit(html.charAt(i))) {
					i++;
				}
				if (i < n && html.charAt(i) == '=') {
					i++;
					while (i < n && isWit(html.charAt(i))) {
						i++;
					}
					if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
						int einde = html.indexOf(html.charAt(i), i + 1);
						i = einde < 0 ? n : einde + 1;
					}
					else {
						while (i < n && !isWit(html.charAt(i)) && html.charAt(i) != '>') {
							i++;
						}
					}
				}
			}
			return n;
		}

		private void leesEntiteit() {
			int puntkomma = html.indexOf(';', pos + 1);
			// the longest reference written here is &#x10FFFF; so anything further away is plain text
			if (puntkomma > pos + 1 && puntkomma - pos <= 10) {
				String naam = html.substring(pos + 1, puntkomma);
				int codepunt = codepunt(naam);
				if (codepunt >= 0) {
					tekst.appendCodePoint(codepunt);
					pos = puntkomma + 1;
					return;
				}
			}
			tekst.append('&');
			pos++;
		}

		/** -1 when this is not an entity we know. */
		private static int codepunt(String naam) {
			if (naam.startsWith("#")) {
				boolean hex = naam.length() > 1 && (naam.charAt(1) == 'x' || naam.charAt(1) == 'X');
				String cijfers = naam.substring(hex ? 2 : 1);
				if (cijfers.isEmpty() || cijfers.length() > 7) {
					return -1;
				}
				for (char c : cijfers.toCharArray()) {
					if (Character.digit(c, hex ? 16 : 10) < 0) {
						return -1;
					}
				}
				int waarde = Integer.parseInt(cijfers, hex ? 16 : 10);
				// what a browser shows for a reference to nothing: still one character
				boolean geldig = waarde > 0 && waarde <= Character.MAX_CODE_POINT
						&& !(waarde >= Character.MIN_SURROGATE && waarde <= Character.MAX_SURROGATE);
				return geldig ? waarde : 0xFFFD;
			}
			return ENTITEITEN.getOrDefault(naam, -1);
		}

		private int zoekZonderHoofdletters(String gezocht, int vanaf) {
			for (int i = vanaf; i + gezocht.length() <= n; i++) {
				if (html.regionMatches(true, i, gezocht, 0, gezocht.length())) {
					return i;
				}
			}
			return -1;
		}

		private void voegToe(Tag tag) {
			bewaarTekst();
			stukken.add(tag);
		}

		private void bewaarTekst() {
			if (tekst.length() > 0) {
				stukken.add(new Tekst(tekst.toString()));
				tekst.setLength(0);
			}
		}

		private static boolean isAsciiLetter(char c) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		}

		private static boolean isNaamteken(char c) {
			return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
		}

	}

	/** Builds the plain text: whitespace collapsed, one line per block, bullets for list items. */
	private static final class PlatteTekst {

		private final StringBuilder uit = new StringBuilder();

		private boolean witOpKomst;

		private int lijstDiepte;

		void tekst(String tekst) {
			for (int i = 0; i < tekst.length(); i++) {
				char c = tekst.charAt(i);
				if (isWit(c)) {
					witOpKomst = true;
					continue;
				}
				if (witOpKomst && !opRegelbegin() && uit.charAt(uit.length() - 1) != ' ') {
					uit.append(' ');
				}
				witOpKomst = false;
				uit.append(c);
			}
		}

		void tag(Tag tag) {
			switch (tag.naam()) {
				case "br" -> {
					haalSpatiesWeg();
					uit.append('\n');
					witOpKomst = false;
				}
				case "ul", "ol" -> {
					lijstDiepte = Math.max(0, lijstDiepte + (tag.sluit() ? -1 : 1));
					regelEinde();
				}
				case "li" -> {
					regelEinde();
					if (!tag.sluit()) {
						uit.append("  ".repeat(Math.max(0, lijstDiepte - 1))).append("- ");
					}
				}
				case "p", "div" -> regelEinde();
				default -> {
					// inline or unknown tags: their text simply runs on
				}
			}
		}

		String klaar() {
			haalSpatiesWeg();
			int begin = 0;
			while (begin < uit.length() && uit.charAt(begin) == '\n') {
				begin++;
			}
			int einde = uit.length();
			while (einde > begin && Character.isWhitespace(uit.charAt(einde - 1))) {
				einde--;
			}
			return uit.substring(begin, einde);
		}

		private boolean opRegelbegin() {
			return uit.length() == 0 || uit.charAt(uit.length() - 1) == '\n';
		}

		private void regelEinde() {
			haalSpatiesWeg();
			if (!opRegelbegin()) {
				uit.append('\n');
			}
			witOpKomst = false;
		}

		private void haalSpatiesWeg() {
			while (uit.length() > 0 && uit.charAt(uit.length() - 1) == ' ') {
				uit.setLength(uit.length() - 1);
			}
		}

	}

}
