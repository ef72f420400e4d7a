// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG charts without Spring: gaps, escaping, the accessible name, and colour contrast. */
class GrafiekTest {

	@Test
	void eenVerborgenPuntBreektDeLijn() {
		String svg = Grafiek.lijnen("g1", "Titel", "Samenvatting.", List.of("a", "b", "c", "d", "e"),
				List.of(new Grafiek.Lijn("Organisatie", Arrays.asList(3.0, 3.5, null, 4.0, 4.5))));
		Matcher pad = Pattern.compile("<path d=\"([^\"]*)\"").matcher(svg);
		assertThat(pad.find()).isTrue();
		assertThat(pad.group(1).split("M", -1)).as("twee stukken lijn").hasSize(3);
		assertThat(pad.group(1).chars().filter(c -> c == 'L').count()).isEqualTo(2);
		assertThat(svg.split("<circle", -1)).as("vier zichtbare punten").hasSize(5);
		// 4.0 on the 1..5 scale lies higher (smaller y) than 3.0.
		Matcher punten = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"").matcher(svg);
		punten.find();
		double eerste = Double.parseDouble(punten.group(2));
		punten.find();
		punten.find();
		assertThat(Double.parseDouble(punten.group(2))).isLessThan(eerste);
	}

	@Test
	void eenTweedeLijnVerschiltOokInVormEnStreep() {
		String svg = Grafiek.lijnen("g2", "T", "S", List.of("a", "b"), List.of(new Grafiek.Lijn("Org", List.of(3.0, 3.2)),
				new Grafiek.Lijn("Team", List.of(2.0, 2.5))));
		assertThat(svg).contains("stroke-dasharray").contains("<rect x=").contains("<circle");
	}

	@Test
	void hetBeeldHeeftEenNaamEnUitlegEnLaatGeenOpmaakDoor() {
		String svg = Grafiek.lijnen("g3\"><script>", "Druk <b>", "Team \"A\" & <script>alert(1)</script>", List.of("x"),
				List.of(new Grafiek.Lijn("<img src=x>", List.of(2.0))));
		assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"g3script-titel g3script-uitleg\"")
			.contains("<title id=\"g3script-titel\">Druk &lt;b&gt;</title>")
			.contains("<desc id=\"g3script-uitleg\">Team &quot;A&quot; &amp; &lt;script&gt;")
			.doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
		String voorNa = Grafiek.voorNa("vn", "T", "S", List.of(new Grafiek.Paar("Eigen regie, bekwaamheid en verbondenheid", 3.0,
				2.8, 3.2, null, null, null)), "Voor", "Na");
		assertThat(voorNa).contains("<tspan").contains("Eigen regie, bekwaamheid en</tspan>").contains("role=\"img\"");
		assertThat(voorNa.split("<circle", -1)).as("alleen voor is bekend (plus de legenda)").hasSize(3);
	}

	@Test
	void deKleurenHebbenGenoegContrastOpWit() {
		assertThat(contrast(Grafiek.KLEUR_1)).isGreaterThanOrEqualTo(3.0);
		assertThat(contrast(Grafiek.KLEUR_2)).isGreaterThanOrEqualTo(3.0);
	}

	private static double contrast(String kleur) {
		double l = 0.2126 * kanaal(kleur, 1) + 0.7152 * kanaal(kleur, 3) + 0.0722 * kanaal(kleur, 5);
		return 1.05 / (l + 0.05);
	}

	private static double kanaal(String kleur, int van) {
		double c = Integer.parseInt(kleur.substring(van, van + 2), 16) / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
