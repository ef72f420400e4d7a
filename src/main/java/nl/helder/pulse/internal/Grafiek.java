// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts, built on the server: no script, no chart library. Every chart is an image with a title
 * and a one-sentence summary for screen readers ({@code role="img"}, {@code aria-labelledby}); the data table beside
 * it is the full text alternative. Colours have at least 3:1 contrast on white, and lines differ in dash and marker
 * shape as well as colour, so no meaning rests on colour alone. Pure Java, so it is tested without Spring.
 */
public final class Grafiek {

	/** Dark blue (8.6:1 on white) and dark orange-brown (6.4:1 on white). */
	static final String KLEUR_1 = "#154273";

	static final String KLEUR_2 = "#94410a";

	private static final String TEKST = "#1f1f1f";

	private static final String RASTER = "#767676";

	private Grafiek() {
	}

	/** One line of a line chart; a null value is a gap (the point is hidden in that wave). */
	public record Lijn(String naam, List<Double> waarden) {
	}

	/**
	 * A line chart on the scale 1 to 5, one x position per wave. The first line is solid with round markers, the
	 * second dashed with square markers. Consecutive values are joined; a gap breaks the line.
	 */
	public static String lijnen(String id, String titel, String samenvatting, List<String> xLabels, List<Lijn> lijnen) {
		int breedte = 640;
		int hoogte = 260;
		int links = 44;
		int rechts = 24;
		int boven = 16 + (lijnen.size() > 1 ? 22 : 0);
		int onder = 40;
		double plotB = breedte - links - rechts;
		double plotH = hoogte - boven - onder;
		int n = Math.max(1, xLabels.size());
		StringBuilder svg = begin(id, titel, samenvatting, breedte, hoogte);
		for (int v = 1; v <= 5; v++) {
			double y = boven + plotH - (v - 1) / 4.0 * plotH;
			svg.append("<line x1=\"").append(links).append("\" x2=\"").append(breedte - rechts).append("\" y1=\"")
				.append(f(y)).append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(RASTER)
				.append("\" stroke-width=\"").append(v == 1 ? "1" : "0.5").append("\"/>");
			svg.append("<text x=\"").append(links - 8).append("\" y=\"").append(f(y + 4))
				.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"").append(TEKST).append("\">").append(v).append("</text>");
		}
		for (int i = 0; i < xLabels.size(); i++) {
			svg.append("<text x=\"").append(f(x(i, n, links, plotB))).append("\" y=\"").append(hoogte - onder + 18)
				.append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"").append(TEKST).append("\">")
				.append(tekst(xLabels.get(i))).append("</text>");
		}
		for (int l = 0; l < lijnen.size(); l++) {
			Lijn lijn = lijnen.get(l);
			String kleur = l == 0 ? KLEUR_1 : KLEUR_2;
			StringBuilder pad = new StringBuilder();
			boolean open = false;
			for (int i = 0; i < lijn.waarden().size(); i++) {
				Double waarde = lijn.waarden().get(i);
				if (waarde == null) {
					open = false;
					continue;
				}
				double y = boven + plotH - (waarde - 1) / 4.0 * plotH;
				pad.append(open ? " L" : (pad.isEmpty() ? "M" : " M")).append(f(x(i, n, links, plotB))).append(' ').append(f(y));
				open = true;
			}
			if (!pad.isEmpty()) {
				svg.append("<path d=\"").append(pad).append("\" fill=\"none\" stroke=\"").append(kleur)
					.append("\" stroke-width=\"2.5\"").append(l == 0 ? "" : " stroke-dasharray=\"7 4\"").append("/>");
			}
			for (int i = 0; i < lijn.waarden().size(); i++) {
				Double waarde = lijn.waarden().get(i);
				if (waarde != null) {
					svg.append(merkteken(l, x(i, n, links, plotB), boven + plotH - (waarde - 1) / 4.0 * plotH, kleur));
				}
			}
		}
		if (lijnen.size() > 1) {
			svg.append("<g aria-hidden=\"true\">");
			double lx = links;
			for (int l = 0; l < lijnen.size(); l++) {
				String kleur = l == 0 ? KLEUR_1 : KLEUR_2;
				Lijn lijn = lijnen.get(l);
				svg.append("<line x1=\"").append(f(lx)).append("\" x2=\"").append(f(lx + 28)).append("\" y1=\"10\" y2=\"10\" stroke=\"")
					.append(kleur).append("\" stroke-width=\"2.5\"").append(l == 0 ? "" : " stroke-dasharray=\"7 4\"").append("/>");
				svg.append(merkteken(l, lx + 14, 10, kleur));
				svg.append("<text x=\"").append(f(lx + 34)).append("\" y=\"14\" font-size=\"12\" fill=\"").append(TEKST).append("\">")
					.append(tekst(lijn.naam())).append("</text>");
				lx += 44 + Math.min(260, lijn.naam().length() * 7);
			}
			svg.append("</g>");
		}
		return svg.append("</svg>").toString();
	}

	/** One row of a before/after chart: two means with their 95% interval, null when unknown. */
	public record Paar(String naam, Double voor, Double voorLaag, Double voorHoog, Double na, Double naLaag, Double naHoog) {
	}

	/**
	 * Before and after per subscale on the scale 1 to 5: "before" a hollow circle, "after" a filled square, each with
	 * a whisker for its 95% interval, so the two differ in shape and fill as well as colour.
	 */
	public static String voorNa(String id, String titel, String samenvatting, List<Paar> paren, String voorNaam,
			String naNaam) {
		int breedte = 640;
		int links = 200;
		int rechts = 24;
		int boven = 34;
		int rij = 46;
		int hoogte = boven + rij * Math.max(1, paren.size()) + 28;
		double plotB = breedte - links - rechts;
		StringBuilder svg = begin(id, titel, samenvatting, breedte, hoogte);
		double basis = boven + rij * Math.max(1, paren.size());
		for (int v = 1; v <= 5; v++) {
			double x = links + (v - 1) / 4.0 * plotB;
			svg.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(boven)
				.append("\" y2=\"").append(f(basis)).append("\" stroke=\"").append(RASTER).append("\" stroke-width=\"0.5\"/>");
			svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(basis + 18))
				.append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"").append(TEKST).append("\">").append(v).append("</text>");
		}
		for (int p = 0; p < paren.size(); p++) {
			Paar paar = paren.get(p);
			double y = boven + rij * p + rij / 2.0;
			List<String> regels = regels(paar.naam(), 28);
			svg.append("<text x=\"").append(links - 10).append("\" y=\"").append(f(y + 4 - 7 * (regels.size() - 1)))
				.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"").append(TEKST).append("\">");
			for (int r = 0; r < regels.size(); r++) {
				svg.append("<tspan x=\"").append(links - 10).append("\"").append(r == 0 ? "" : " dy=\"14\"").append('>')
					.append(tekst(regels.get(r))).append("</tspan>");
			}
			svg.append("</text>");
			if (paar.voor() != null) {
				snor(svg, paar.voorLaag(), paar.voorHoog(), y - 8, links, plotB, KLEUR_1);
				svg.append(merkteken(0, xWaarde(paar.voor(), links, plotB), y - 8, KLEUR_1));
			}
			if (paar.na() != null) {
				snor(svg, paar.naLaag(), paar.naHoog(), y + 8, links, plotB, KLEUR_2);
				svg.append(merkteken(1, xWaarde(paar.na(), links, plotB), y + 8, KLEUR_2));
			}
		}
		svg.append("<g aria-hidden=\"true\">");
		svg.append(merkteken(0, links + 8, 14, KLEUR_1)).append("<text x=\"").append(links + 18).append("\" y=\"18\" font-size=\"12\" fill=\"")
			.append(TEKST).append("\">").append(tekst(voorNaam)).append("</text>");
		svg.append(merkteken(1, links + 128, 14, KLEUR_2)).append("<text x=\"").append(links + 138).append("\" y=\"18\" font-size=\"12\" fill=\"")
			.append(TEKST).append("\">").append(tekst(naNaam)).append("</text>");
		svg.append("</g>");
		return svg.append("</svg>").toString();
	}

	/** A label in lines of at most {@code breedte} characters, broken between words; long words stay whole. */
	static List<String> regels(String tekst, int breedte) {
		List<String> uit = new java.util.ArrayList<>();
		StringBuilder regel = new StringBuilder();
		for (String woord : (tekst == null ? "" : tekst).split("\\s+")) {
			if (!regel.isEmpty() && regel.length() + 1 + woord.length() > breedte) {
				uit.add(regel.toString());
				regel.setLength(0);
			}
			regel.append(regel.isEmpty() ? "" : " ").append(woord);
		}
		uit.add(regel.toString());
		return uit;
	}

	private static void snor(StringBuilder svg, Double laag, Double hoog, double y, int links, double plotB, String kleur) {
		if (laag == null || hoog == null) {
			return;
		}
		double x1 = xWaarde(Math.max(1, laag), links, plotB);
		double x2 = xWaarde(Math.min(5, hoog), links, plotB);
		svg.append("<path d=\"M").append(f(x1)).append(' ').append(f(y - 5)).append(" V").append(f(y + 5)).append(" M")
			.append(f(x1)).append(' ').append(f(y)).append(" H").append(f(x2)).append(" M").append(f(x2)).append(' ')
			.append(f(y - 5)).append(" V").append(f(y + 5)).append("\" fill=\"none\" stroke=\"").append(kleur)
			.append("\" stroke-width=\"1.5\"/>");
	}

	private static double xWaarde(double waarde, int links, double plotB) {
		return links + (waarde - 1) / 4.0 * plotB;
	}

	private static StringBuilder begin(String id, String titel, String samenvatting, int breedte, int hoogte) {
		String veilig = id.replaceAll("[^A-Za-z0-9_-]", "");
		return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"helder-grafiek\" role=\"img\" viewBox=\"0 0 ")
			.append(breedte).append(' ').append(hoogte).append("\" width=\"100%\" aria-labelledby=\"").append(veilig).append("-titel ").append(veilig)
			.append("-uitleg\"><title id=\"").append(veilig).append("-titel\">").append(tekst(titel))
			.append("</title><desc id=\"").append(veilig).append("-uitleg\">").append(tekst(samenvatting))
			.append("</desc><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
	}

	private static String merkteken(int lijn, double x, double y, String kleur) {
		if (lijn == 0) {
			return "<circle cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"5\" fill=\"#ffffff\" stroke=\"" + kleur
					+ "\" stroke-width=\"2.5\"/>";
		}
		return "<rect x=\"" + f(x - 5) + "\" y=\"" + f(y - 5) + "\" width=\"10\" height=\"10\" fill=\"" + kleur + "\"/>";
	}

	private static double x(int i, int n, int links, double plotB) {
		return n == 1 ? links + plotB / 2 : links + 20 + i * (plotB - 40) / (n - 1);
	}

	private static String f(double getal) {
		return String.format(Locale.ROOT, "%.1f", getal);
	}

	/** Text for inside SVG: the five XML characters escaped, so a team name cannot break out of the chart. */
	static String tekst(String waarde) {
		if (waarde == null) {
			return "";
		}
		return waarde.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
