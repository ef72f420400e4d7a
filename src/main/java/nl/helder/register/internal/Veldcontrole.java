// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.helder.shared.OngeldigeInvoer.Veldfout;

/**
 * Checks the standard's fields against the catalogue. The limits (length, allowed values, HTML subset, formats)
 * hold while drafting; the fields the standard requires are only demanded at publication.
 */
@Component
public class Veldcontrole {

	private static final Pattern MAAND = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Veldcatalogus catalogus;

	private final MessageSource berichten;

	Veldcontrole(Veldcatalogus catalogus, MessageSource berichten) {
		this.catalogus = catalogus;
		this.berichten = berichten;
	}

	/** Every broken limit; the field name is the standard's key (group items as key[i].onderdeel). */
	public List<Veldfout> controleer(Map<String, Object> standaard) {
		List<Veldfout> fouten = new ArrayList<>();
		for (Map.Entry<String, Object> invoer : standaard.entrySet()) {
			var veld = catalogus.veld(invoer.getKey());
			if (veld.isEmpty()) {
				fouten.add(new Veldfout(invoer.getKey(), tekst("register.veld.onbekend", invoer.getKey())));
				continue;
			}
			if (!isLeeg(invoer.getValue())) {
				controleerWaarde(veld.get(), invoer.getKey(), invoer.getValue(), fouten);
			}
		}
		controleerPeriode(standaard, fouten);
		return fouten;
	}

	/** Months as yyyy-mm compare as text; only checked when both are well-formed. */
	private void controleerPeriode(Map<String, Object> standaard, List<Veldfout> fouten) {
		if (standaard.get("begin_date") instanceof String begin && standaard.get("end_date") instanceof String eind
				&& MAAND.matcher(begin.strip()).matches() && MAAND.matcher(eind.strip()).matches()
				&& eind.strip().compareTo(begin.strip()) < 0) {
			fouten.add(new Veldfout("end_date", tekst("register.veld.eind-voor-begin")));
		}
	}

	/** The fields the standard requires that are still empty, in catalogue order. */
	public List<Veldfout> ontbrekendVoorPublicatie(Map<String, Object> standaard) {
		List<Veldfout> fouten = new ArrayList<>();
		for (Veld veld : catalogus.velden()) {
			if (veld.verplichtBijPublicatie() && !veld.isVast() && isLeeg(standaard.get(veld.sleutel()))) {
				fouten.add(new Veldfout(veld.sleutel(), tekst("register.veld.verplicht", veld.label())));
			}
		}
		return fouten;
	}

	private void controleerWaarde(Veld veld, String naam, Object waarde, List<Veldfout> fouten) {
		switch (veld.type()) {
			case "keuzes" -> {
				if (!(waarde instanceof Collection<?> lijst)) {
					fouten.add(new Veldfout(naam, tekst("register.veld.lijst", veld.label())));
					return;
				}
				Set<Object> gezien = new HashSet<>();
				for (Object item : lijst) {
					if (!veld.waarden().contains(String.valueOf(item)) || !gezien.add(item)) {
						fouten.add(new Veldfout(naam, tekst("register.veld.keuze", veld.label(), String.join(", ", veld.waarden()))));
						return;
					}
				}
			}
			case "groep" -> controleerGroep(veld, naam, waarde, fouten);
			default -> {
				if (!(waarde instanceof String tekst)) {
					fouten.add(new Veldfout(naam, tekst("register.veld.tekst", veld.label())));
					return;
				}
				controleerTekst(veld, naam, tekst.strip(), fouten);
			}
		}
	}

	private void controleerGroep(Veld veld, String naam, Object waarde, List<Veldfout> fouten) {
		if (!(waarde instanceof List<?> items)) {
			fouten.add(new Veldfout(naam, tekst("register.veld.lijst", veld.label())));
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			if (!(items.get(i) instanceof Map<?, ?> item)) {
				fouten.add(new Veldfout(naam + "[" + i + "]", tekst("register.veld.groep", veld.label())));
				continue;
			}
			for (Object sleutel : item.keySet()) {
				if (veld.onderdelen().stream().noneMatch(o -> o.sleutel().equals(sleutel))) {
					fouten.add(new Veldfout(naam + "[" + i + "]." + sleutel, tekst("register.veld.onbekend", String.valueOf(sleutel))));
				}
			}
			for (Veld onderdeel : veld.onderdelen()) {
				String onderdeelNaam = naam + "[" + i + "]." + onderdeel.sleutel();
				Object onderdeelWaarde = item.get(onderdeel.sleutel());
				if (isLeeg(onderdeelWaarde)) {
					if (onderdeel.verplichtBijPublicatie()) {
						fouten.add(new Veldfout(onderdeelNaam, tekst("register.veld.verplicht", onderdeel.label())));
					}
				}
				else if (onderdeelWaarde instanceof String tekst) {
					controleerTekst(onderdeel, onderdeelNaam, tekst.strip(), fouten);
				}
				else {
					fouten.add(new Veldfout(onderdeelNaam, tekst("register.veld.tekst", onderdeel.label())));
				}
			}
		}
	}

	private void controleerTekst(Veld veld, String naam, String waarde, List<Veldfout> fouten) {
		switch (veld.type()) {
			case "html" -> {
				List<String> verboden = HtmlTekst.nietToegestaneTags(waarde, Set.copyOf(veld.htmlTags()));
				if (!verboden.isEmpty()) {
					fouten.add(new Veldfout(naam, tekst("register.veld.html", veld.label(), String.join(", ", verboden),
							String.join(", ", veld.htmlTags()))));
				}
				if (veld.maxLengte() != null && HtmlTekst.lengteZonderTags(waarde) > veld.maxLengte()) {
					fouten.add(new Veldfout(naam, tekst("register.veld.te-lang", veld.label(), veld.maxLengte())));
				}
				return;
			}
			case "keuze", "vast" -> {
				if (!veld.waarden().contains(waarde)) {
					fouten.add(new Veldfout(naam, tekst("register.veld.keuze", veld.label(), String.join(", ", veld.waarden()))));
				}
				return;
			}
			case "maand" -> {
				if (!MAAND.matcher(waarde).matches()) {
					fouten.add(new Veldfout(naam, tekst("register.veld.maand", veld.label())));
				}
			}
			case "url" -> {
				if (!isUrl(waarde)) {
					fouten.add(new Veldfout(naam, tekst("register.veld.url", veld.label())));
				}
			}
			case "contact" -> {
				if (!isUrl(waarde) && !EMAIL.matcher(waarde).matches()) {
					fouten.add(new Veldfout(naam, tekst("register.veld.contact", veld.label())));
				}
			}
			default -> {
				if (waarde.contains("<")) {
					fouten.add(new Veldfout(naam, tekst("register.veld.geen-html", veld.label())));
				}
			}
		}
		if (veld.maxLengte() != null && waarde.codePointCount(0, waarde.length()) > veld.maxLengte()) {
			fouten.add(new Veldfout(naam, tekst("register.veld.te-lang", veld.label(), veld.maxLengte())));
		}
	}

	static boolean isLeeg(Object waarde) {
		return waarde == null || waarde instanceof String s && s.isBlank()
				|| waarde instanceof Collection<?> c && c.isEmpty();
	}

	private static boolean isUrl(String waarde) {
		try {
			URI uri = new URI(waarde);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException fout) {
			return false;
		}
	}

	private String tekst(String sleutel, Object... argumenten) {
		Locale taal = LocaleContextHolder.getLocale();
		return berichten.getMessage(sleutel, argumenten, taal);
	}

}
