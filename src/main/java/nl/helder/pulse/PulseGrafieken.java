// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.helder.pulse.internal.Grafiek;
import nl.helder.pulse.internal.PulseRapporten;
import nl.helder.pulse.internal.Rapportage;
import nl.helder.pulse.internal.Verloop;
import nl.helder.register.Registergids;

/**
 * The words around the charts (title, one-sentence summary, legend) in the reader's language, and the go-live date
 * of a toepassing as the before/after page and API both use it.
 */
@Component
class PulseGrafieken {

	private final MessageSource berichten;

	private final PulseRapporten rapporten;

	private final Registergids register;

	PulseGrafieken(MessageSource berichten, PulseRapporten rapporten, Registergids register) {
		this.berichten = berichten;
		this.rapporten = rapporten;
		this.register = register;
	}

	/** A go-live date and whether it comes from the register's Begindatum (a month) instead of being recorded. */
	record Invoeringsdatum(LocalDate datum, boolean uitRegister) {
	}

	Optional<Invoeringsdatum> invoering(String organisatieCode, UUID toepassingId) {
		Optional<LocalDate> vastgelegd = rapporten.invoering(organisatieCode, toepassingId).map(i -> i.datum());
		if (vastgelegd.isPresent()) {
			return Optional.of(new Invoeringsdatum(vastgelegd.get(), false));
		}
		return register.begindatum(organisatieCode, toepassingId).map(d -> new Invoeringsdatum(d, true));
	}

	/** One line chart per subscale, by subscale id. */
	Map<String, String> verloop(Verloop.Weergave weergave) {
		Map<String, String> uit = new LinkedHashMap<>();
		DateTimeFormatter opmaak = DateTimeFormatter.ofPattern(weergave.golven().size() > 6 ? "MM-yy" : "dd-MM-yyyy");
		List<String> labels = weergave.golven().stream().map(g -> g.opent().format(opmaak)).toList();
		String organisatie = tekst("pulse.organisatie");
		for (Verloop.Reeks reeks : weergave.reeksen()) {
			List<Grafiek.Lijn> lijnen = new ArrayList<>();
			lijnen.add(new Grafiek.Lijn(organisatie, waarden(reeks.organisatie())));
			StringBuilder samenvatting = new StringBuilder(tekst("pulse.grafiek.verloop.schaal", reeks.subschaal().titel()));
			samenvatting.append(' ').append(lijnSamenvatting(organisatie, reeks.organisatie()));
			if (weergave.gekozen() != null) {
				lijnen.add(new Grafiek.Lijn(weergave.gekozen().naam(), waarden(reeks.gekozen())));
				samenvatting.append(' ').append(lijnSamenvatting(weergave.gekozen().naam(), reeks.gekozen()));
			}
			uit.put(reeks.subschaal().id(), Grafiek.lijnen("grafiek-" + reeks.subschaal().id(),
					tekst("pulse.grafiek.verloop.titel", reeks.subschaal().titel()), samenvatting.toString(), labels, lijnen));
		}
		return uit;
	}

	/** The organisation's before/after chart: one row per subscale. */
	String voorNa(PulseRapporten.VoorNa voorNa) {
		List<Grafiek.Paar> paren = new ArrayList<>();
		int bekend = 0;
		for (PulseRapporten.Verschil v : voorNa.verschillen()) {
			double[] a = interval(v.voor());
			double[] b = interval(v.na());
			paren.add(new Grafiek.Paar(v.subschaal().titel(), v.voor() == null ? null : v.voor().gemiddelde(),
					a == null ? null : a[0], a == null ? null : a[1], v.na() == null ? null : v.na().gemiddelde(),
					b == null ? null : b[0], b == null ? null : b[1]));
			bekend += v.voor() != null && v.na() != null ? 1 : 0;
		}
		return Grafiek.voorNa("grafiek-voor-na", tekst("pulse.grafiek.voorna.titel"),
				tekst("pulse.grafiek.voorna.samenvatting", bekend, voorNa.verschillen().size()), paren,
				tekst("pulse.voorna.voor"), tekst("pulse.voorna.na"));
	}

	/** The 95% interval of one mean: mean ± 1.96 × sd / √n; null with fewer than two respondents. */
	static double[] interval(Rapportage.Score score) {
		if (score == null || score.n() < 2) {
			return null;
		}
		double marge = 1.96 * score.spreiding() / Math.sqrt(score.n());
		return new double[] { score.gemiddelde() - marge, score.gemiddelde() + marge };
	}

	private String lijnSamenvatting(String naam, List<Verloop.Punt> punten) {
		List<Verloop.Punt> zichtbaar = punten.stream().filter(p -> !p.isVerborgen()).toList();
		long verborgen = punten.size() - zichtbaar.size();
		if (zichtbaar.isEmpty()) {
			return tekst("pulse.grafiek.verloop.alles-verborgen", naam);
		}
		Verloop.Punt eerste = zichtbaar.get(0);
		Verloop.Punt laatste = zichtbaar.get(zichtbaar.size() - 1);
		return tekst("pulse.grafiek.verloop.lijn", naam, getal(eerste.score().gemiddelde()), eerste.golf().titel(),
				getal(laatste.score().gemiddelde()), laatste.golf().titel(), verborgen);
	}

	private static List<Double> waarden(List<Verloop.Punt> punten) {
		return punten.stream().map(p -> p.isVerborgen() ? null : p.score().gemiddelde()).toList();
	}

	private String getal(double waarde) {
		Locale taal = LocaleContextHolder.getLocale();
		return String.format(taal.getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("nl"), "%.2f", waarde);
	}

	private String tekst(String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, LocaleContextHolder.getLocale());
	}

}
