// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class HtmlTekstTest {

	/** The tags the publication standard allows in its HTML fields. */
	private static final Set<String> TOEGESTAAN = Set.of("div", "br", "p", "ul", "ol", "li");

	private static final List<String> BLOKTAGS = List.copyOf(TOEGESTAAN);

	@Test
	void leegEnNullZijnNiets() {
		assertThat(HtmlTekst.lengteZonderTags(null)).isZero();
		assertThat(HtmlTekst.lengteZonderTags("")).isZero();
		assertThat(HtmlTekst.lengteZonderTags("<p> \n\t </p>")).isZero();
		assertThat(HtmlTekst.nietToegestaneTags(null, TOEGESTAAN)).isEmpty();
		assertThat(HtmlTekst.nietToegestaneTags("", TOEGESTAAN)).isEmpty();
		assertThat(HtmlTekst.naarPlatteTekst(null)).isEmpty();
		assertThat(HtmlTekst.naarPlatteTekst("<p></p>")).isEmpty();
		assertThatNullPointerException().isThrownBy(() -> HtmlTekst.nietToegestaneTags("<p>", null));
	}

	@Test
	void tagsTellenNietEnWitIsEenSpatie() {
		assertThat(HtmlTekst.lengteZonderTags("<p>Hallo</p>")).isEqualTo(5);
		assertThat(HtmlTekst.lengteZonderTags("  Hallo \n\n  wereld  ")).isEqualTo("Hallo wereld".length());
		assertThat(HtmlTekst.lengteZonderTags("a <p> b")).isEqualTo(3);
		assertThat(HtmlTekst.lengteZonderTags("a<p>b</p>")).isEqualTo(2);
	}

	@Test
	void eenEntiteitIsEenTeken() {
		assertThat(HtmlTekst.lengteZonderTags("R&amp;D &lt;3 &gt; &quot;x&quot; &#39;y&#39;")).isEqualTo("R&D <3 > \"x\" 'y'".length());
		assertThat(HtmlTekst.lengteZonderTags("a&nbsp;&nbsp;b")).as("nbsp is zichtbaar en wordt niet samengevoegd").isEqualTo(4);
		assertThat(HtmlTekst.lengteZonderTags("&#8364;&#x20AC;&euro;")).isEqualTo(3);
		assertThat(HtmlTekst.lengteZonderTags("&#0;&#xD800;&#99999999;")).as("ongeldige verwijzing: één vervangteken, te lang: tekst")
			.isEqualTo(2 + "&#99999999;".length());
		assertThat(HtmlTekst.lengteZonderTags("Tom & Jerry &amp")).isEqualTo("Tom & Jerry &amp".length());
		assertThat(HtmlTekst.lengteZonderTags("&onbekend;")).isEqualTo("&onbekend;".length());
		assertThat(HtmlTekst.lengteZonderTags("😀")).as("in codepunten, zoals het register telt").isEqualTo(1);
		assertThat(HtmlTekst.naarPlatteTekst("R&amp;D &lt;b&gt; &#233;&#xE9;")).isEqualTo("R&D <b> éé");
	}

	@Test
	void eenLosKleinerDanTekenIsTekst() {
		assertThat(HtmlTekst.lengteZonderTags("a < b en 3<4 <3")).isEqualTo("a < b en 3<4 <3".length());
		assertThat(HtmlTekst.nietToegestaneTags("a < b en 3<4 <3", TOEGESTAAN)).isEmpty();
	}

	@Test
	void scriptWordtGemeldEnTeltNiet() {
		String html = "<p>Hallo</p><script>alert('<p>hoi</p>')</SCRIPT><style>p{}</style>";
		assertThat(HtmlTekst.nietToegestaneTags(html, TOEGESTAAN)).containsExactly("script", "style");
		assertThat(HtmlTekst.lengteZonderTags(html)).isEqualTo(5);
		assertThat(HtmlTekst.naarPlatteTekst(html)).isEqualTo("Hallo");
	}

	@Test
	void hoofdlettersMogenAttributenNiet() {
		assertThat(HtmlTekst.nietToegestaneTags("<P>a</P><Ul><LI>b</li></uL><BR/>", TOEGESTAAN)).isEmpty();
		assertThat(HtmlTekst.nietToegestaneTags("<p>a</p>", Set.of("P"))).isEmpty();
		assertThat(HtmlTekst.nietToegestaneTags(
				"<a href=\"https://x.nl/?a>b\">link</a><p onclick='x()' CLASS=intro>t</p><p style = \"a\">", TOEGESTAAN))
			.containsExactly("a", "p[onclick]", "p[class]", "p[style]");
		assertThat(HtmlTekst.lengteZonderTags("<a href=\"https://x.nl/?a>b\">link</a>")).as("> in een attribuut sluit niets")
			.isEqualTo(4);
	}

	@Test
	void sluitTagsTellenMeeInVolgordeEnElkEenKeer() {
		assertThat(HtmlTekst.nietToegestaneTags("</b><i>x</i><b>y</b><span>", TOEGESTAAN)).containsExactly("b", "i", "span");
		assertThat(HtmlTekst.nietToegestaneTags("<p>a<!-- stil --><!DOCTYPE html></p>", TOEGESTAAN))
			.containsExactly("!--", "!doctype");
		assertThat(HtmlTekst.lengteZonderTags("a<!-- <p>verborgen</p> -->b")).isEqualTo(2);
	}

	@Test
	void nietGeslotenTags() {
		assertThat(HtmlTekst.lengteZonderTags("<p>open<ul><li>een<li>twee")).isEqualTo("opeeentwee".length() + 1);
		assertThat(HtmlTekst.naarPlatteTekst("<p>open<ul><li>een<li>twee")).isEqualTo("open\n- een\n- twee");
		assertThat(HtmlTekst.nietToegestaneTags("tekst <p class=\"nooit dicht", TOEGESTAAN)).containsExactly("p[class]");
		assertThat(HtmlTekst.lengteZonderTags("tekst <p class=\"nooit dicht")).isEqualTo(5);
		assertThat(HtmlTekst.lengteZonderTags("tekst <script>en nooit dicht")).isEqualTo(5);
		assertThat(HtmlTekst.lengteZonderTags("a<!-- nooit dicht")).isEqualTo(1);
	}

	@Test
	void geneesteLijstenWordenOpsommingstekens() {
		String html = "<p>Wij kijken naar:</p><ul><li>inkomen</li><li>woonsituatie<ol><li>huur</li><li>koop</li></ol></li>"
				+ "</ul><div>Klaar.<br>Echt&nbsp;klaar.</div>";
		assertThat(HtmlTekst.naarPlatteTekst(html))
			.isEqualTo("Wij kijken naar:\n- inkomen\n- woonsituatie\n  - huur\n  - koop\nKlaar.\nEcht\u00A0klaar.");
		assertThat(HtmlTekst.lengteZonderTags(html))
			.isEqualTo("Wij kijken naar:inkomenwoonsituatiehuurkoopKlaar.Echt klaar.".length());
		assertThat(HtmlTekst.nietToegestaneTags(html, TOEGESTAAN)).isEmpty();
	}

	@Test
	void witRondBlokkenVerdwijnt() {
		assertThat(HtmlTekst.naarPlatteTekst("  <p>  een  </p>\n  <p> twee <br> drie </p> ")).isEqualTo("een\ntwee\ndrie");
		assertThat(HtmlTekst.naarPlatteTekst("een<br><br>twee")).isEqualTo("een\n\ntwee");
		assertThat(HtmlTekst.naarPlatteTekst("<b>vet</b> en <i>schuin</i>")).isEqualTo("vet en schuin");
	}

	@Test
	void tweeduizendvijfhonderdZichtbareTekensMetVeelTags() {
		Random toeval = new Random(2500);
		StringBuilder html = new StringBuilder("<div>");
		int zichtbaar = 0;
		while (zichtbaar < 2500) {
			switch (toeval.nextInt(6)) {
				case 0 -> html.append("<p>");
				case 1 -> html.append("</p><ul><li>");
				case 2 -> html.append("</li></ul><br/>");
				case 3 -> {
					html.append("&amp;");
					zichtbaar++;
				}
				default -> {
					html.append((char) ('a' + toeval.nextInt(26)));
					zichtbaar++;
				}
			}
		}
		html.append("</div>");
		assertThat(html.length()).isGreaterThan(3000);
		assertThat(HtmlTekst.lengteZonderTags(html.toString())).isEqualTo(2500);
		assertThat(HtmlTekst.lengteZonderTags(html + "x")).isEqualTo(2501);
	}

	/**
	 * Properties over seeded random tag soup: text, entities, allowed and other tags, attributes, whitespace, stray
	 * '<' and '&'. Seeded so that a failure can be repeated; the seed is in the message.
	 */
	@Test
	void eigenschappenOpWillekeurigeTagsoep() {
		for (int seed = 0; seed < 200; seed++) {
			Random toeval = new Random(seed);
			List<String> stukken = soep(toeval);
			String html = String.join("", stukken);
			String context = "seed " + seed + ": " + html;
			int lengte = HtmlTekst.lengteZonderTags(html);

			// adding bare allowed tags between the pieces never changes the count, and is never reported
			List<String> meer = new ArrayList<>(stukken);
			for (int i = 0; i < 5; i++) {
				meer.add(toeval.nextInt(meer.size() + 1), tag(toeval, BLOKTAGS));
			}
			String meerHtml = String.join("", meer);
			assertThat(HtmlTekst.lengteZonderTags(meerHtml)).as(context).isEqualTo(lengte);
			assertThat(HtmlTekst.nietToegestaneTags(meerHtml, TOEGESTAAN))
				.as(context)
				.isEqualTo(HtmlTekst.nietToegestaneTags(html, TOEGESTAAN));

			// plain text is its own normal form, and the count of its normal form
			String plat = HtmlTekst.naarPlatteTekst(html);
			if (plat.indexOf('<') < 0 && plat.indexOf('&') < 0) {
				assertThat(HtmlTekst.lengteZonderTags(plat)).as(context).isEqualTo(lengte(normaal(plat)));
				assertThat(HtmlTekst.naarPlatteTekst(normaal(plat))).as(context).isEqualTo(normaal(plat));
			}
			// the plain text has at least every visible character, and never a tag of the soup
			assertThat(lengte(plat)).as(context).isGreaterThanOrEqualTo(lengte);
			assertThat(HtmlTekst.nietToegestaneTags(plat.replace("<", "< "), Set.of())).as(context).isEmpty();
			// no line ends in a space; a line only starts with spaces as the indent of a nested bullet
			assertThat(plat).as(context).isEqualTo(plat.strip()).doesNotContain(" \n").doesNotContainPattern("\n +[^ -]");
		}
	}

	@Test
	void platteTekstZonderTekensIsDeGenormaliseerdeTekst() {
		Random toeval = new Random(7);
		for (int i = 0; i < 200; i++) {
			StringBuilder tekst = new StringBuilder();
			for (int j = toeval.nextInt(60); j > 0; j--) {
				tekst.append(TEKENS.charAt(toeval.nextInt(TEKENS.length())));
			}
			String t = tekst.toString();
			assertThat(HtmlTekst.lengteZonderTags(t)).as(t).isEqualTo(lengte(normaal(t)));
			assertThat(HtmlTekst.naarPlatteTekst(t)).as(t).isEqualTo(normaal(t));
		}
	}

	private static final String TEKENS = "abcé ë\t\n\r>\"'=/;#x0123 \u00A0😀";

	private static List<String> soep(Random toeval) {
		List<String> stukken = new ArrayList<>();
		for (int i = toeval.nextInt(30); i > 0; i--) {
			switch (toeval.nextInt(9)) {
				case 0 -> stukken.add(tag(toeval, BLOKTAGS));
				case 1 -> stukken.add(tag(toeval, List.of("b", "i", "span", "a", "em", "h1")));
				case 2 -> stukken.add("<" + BLOKTAGS.get(toeval.nextInt(BLOKTAGS.size())) + " class=\"x>y\">");
				case 3 -> stukken.add(List.of("&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;", "&#233;", "&#x1F600;")
					.get(toeval.nextInt(8)));
				case 4 -> stukken.add(List.of(" ", "\n  ", "\t", "  ").get(toeval.nextInt(4)));
				case 5 -> stukken.add(List.of("< ", "& ", "&amp", "3 > 2").get(toeval.nextInt(4)));
				default -> {
					StringBuilder woord = new StringBuilder();
					for (int j = 1 + toeval.nextInt(8); j > 0; j--) {
						woord.append("aeiouéxyz😀".charAt(toeval.nextInt(10)));
					}
					stukken.add(woord.toString());
				}
			}
		}
		return stukken;
	}

	private static String tag(Random toeval, List<String> namen) {
		String naam = namen.get(toeval.nextInt(namen.size()));
		if (toeval.nextBoolean()) {
			naam = naam.toUpperCase();
		}
		return switch (toeval.nextInt(3)) {
			case 0 -> "<" + naam + ">";
			case 1 -> "</" + naam + ">";
			default -> "<" + naam + "/>";
		};
	}

	private static String normaal(String tekst) {
		return tekst.replaceAll("[ \t\n\r\f]+", " ").replaceAll("^ | $", "");
	}

	private static int lengte(String tekst) {
		return tekst.codePointCount(0, tekst.length());
	}

}
