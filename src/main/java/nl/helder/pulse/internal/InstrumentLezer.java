// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a pulse instrument in the questionnaire format of ADR 0007 and checks the rules a pulse needs on top of it:
 * anonymous, a minimum group of at least {@value #LAAGSTE_K}, scale items that belong to a declared subscale,
 * minimum answers a subscale can reach, and only the fixed attribute and free-text questions besides scale items.
 * The assessments engine reads the same format; pulse has its own reader because that engine's reader is internal
 * to its module.
 */
public final class InstrumentLezer {

	/** Never lower: the industry norm and Effectory's absolute minimum (domain notes §2.1). */
	public static final int LAAGSTE_K = 5;

	private static final Pattern VRAAG_ID = Pattern.compile("[a-z][a-z0-9_]{0,59}");

	private static final Pattern LIJST_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private static final Pattern VERSIE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,19}");

	/** Limits that keep an uploaded file sensible: a pulse is short, and a scale is a few points, not a slider. */
	static final int MAX_VRAGEN = 80;

	static final int MAX_SCHAALPUNTEN = 11;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private InstrumentLezer() {
	}

	record Bron(String titel, String url) {
	}

	record RuwBestand(String id, String versie, String geldigVanaf, String soort, Boolean anoniem, Integer minimumGroep,
			String titel, String omschrijving, String herkomst, String licentie, List<Bron> bronnen,
			List<RuweSubschaal> subschalen, List<RuweSectie> secties) {
	}

	record RuweSubschaal(String id, String titel, Integer minimumAntwoorden, String richting, Boolean optioneel) {
	}

	record RuweSectie(String id, String titel, String uitleg, List<RuweVraag> vragen) {
	}

	record RuweVraag(String id, String type, String tekst, String hulp, Boolean verplicht, List<Instrument.Optie> opties,
			Instrument.Schaal schaal, String subschaal, Boolean omgekeerd, Integer maxLengte) {
	}

	/** An uploaded definition as text; the same rules as a shipped file. */
	public static Instrument lees(String bestand, String tekst) {
		return lees(bestand, new ByteArrayInputStream((tekst == null ? "" : tekst).getBytes(StandardCharsets.UTF_8)));
	}

	public static Instrument lees(String bestand, InputStream invoer) {
		RuwBestand ruw;
		try {
			ruw = JSON.readValue(invoer, RuwBestand.class);
		}
		catch (JacksonException fout) {
			// The line and column let someone find the mistake in a file they did not write themselves.
			String plek = fout.getLocation() == null || fout.getLocation().getLineNr() < 1 ? ""
					: " op regel " + fout.getLocation().getLineNr() + ", kolom " + fout.getLocation().getColumnNr();
			throw new OngeldigInstrument(List.of("Instrument " + bestand + ": het bestand is geen geldige JSON of heeft een onbekend veld"
					+ plek + " (" + fout.getOriginalMessage() + ")."));
		}
		if (ruw == null) {
			throw new OngeldigInstrument(List.of("Instrument " + bestand + ": het bestand is leeg."));
		}
		List<String> fouten = new ArrayList<>();
		String bij = "Instrument " + bestand + ": ";
		if (ruw.id() == null || !LIJST_ID.matcher(ruw.id()).matches()) {
			fouten.add(bij + "'id' ontbreekt of bevat andere tekens dan kleine letters, cijfers en '-' (hoogstens 40 tekens).");
		}
		if (ruw.versie() == null || ruw.versie().isBlank()) {
			fouten.add(bij + "'versie' ontbreekt.");
		}
		else if (!VERSIE.matcher(ruw.versie()).matches()) {
			fouten.add(bij + "'versie' mag alleen letters, cijfers, punten en '-' bevatten (hoogstens 20 tekens).");
		}
		LocalDate geldigVanaf = null;
		try {
			geldigVanaf = ruw.geldigVanaf() == null ? null : LocalDate.parse(ruw.geldigVanaf());
		}
		catch (DateTimeParseException fout) {
			fouten.add(bij + "'geldigVanaf' is geen datum (jjjj-mm-dd).");
		}
		if (geldigVanaf == null && ruw.geldigVanaf() == null) {
			fouten.add(bij + "'geldigVanaf' ontbreekt.");
		}
		if (!"peiling".equals(ruw.soort())) {
			fouten.add(bij + "'soort' moet 'peiling' zijn.");
		}
		if (!Boolean.TRUE.equals(ruw.anoniem())) {
			fouten.add(bij + "een pulse is altijd anoniem: zet 'anoniem' op true.");
		}
		if (ruw.minimumGroep() == null || ruw.minimumGroep() < LAAGSTE_K) {
			fouten.add(bij + "'minimumGroep' moet " + LAAGSTE_K + " of hoger zijn.");
		}
		if (blanco(ruw.titel())) {
			fouten.add(bij + "'titel' ontbreekt.");
		}
		else if (ruw.titel().length() > 300) {
			fouten.add(bij + "'titel' is langer dan 300 tekens.");
		}
		if (blanco(ruw.licentie())) {
			fouten.add(bij + "'licentie' ontbreekt: zeg onder welke voorwaarden de vragen gebruikt mogen worden.");
		}
		List<Instrument.Subschaal> subschalen = new ArrayList<>();
		Set<String> subschaalIds = new HashSet<>();
		for (RuweSubschaal s : lijst(ruw.subschalen())) {
			if (s.id() == null || !VRAAG_ID.matcher(s.id()).matches() || !subschaalIds.add(s.id())) {
				fouten.add(bij + "subschaal '" + s.id() + "' heeft geen geldig of een dubbel id.");
				continue;
			}
			Instrument.Richting richting;
			try {
				richting = Instrument.Richting.valueOf(String.valueOf(s.richting()).toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException fout) {
				fouten.add(bij + "subschaal '" + s.id() + "': 'richting' moet 'eis' of 'hulpbron' zijn.");
				continue;
			}
			if (s.minimumAntwoorden() == null || s.minimumAntwoorden() < 1) {
				fouten.add(bij + "subschaal '" + s.id() + "': 'minimumAntwoorden' moet 1 of meer zijn.");
				continue;
			}
			subschalen.add(new Instrument.Subschaal(s.id(), s.titel() == null ? s.id() : s.titel(), s.minimumAntwoorden(),
					richting, Boolean.TRUE.equals(s.optioneel())));
		}
		if (subschalen.isEmpty()) {
			fouten.add(bij + "er is geen enkele subschaal.");
		}
		List<Instrument.Sectie> secties = new ArrayList<>();
		Set<String> vraagIds = new HashSet<>();
		Set<String> sectieIds = new HashSet<>();
		for (RuweSectie sectie : lijst(ruw.secties())) {
			if (sectie.id() == null || !VRAAG_ID.matcher(sectie.id()).matches() || !sectieIds.add(sectie.id())) {
				fouten.add(bij + "sectie '" + sectie.id() + "' heeft geen geldig of een dubbel id.");
			}
			if (blanco(sectie.titel())) {
				fouten.add(bij + "sectie '" + sectie.id() + "' heeft geen 'titel'.");
			}
			List<Instrument.Vraag> vragen = new ArrayList<>();
			for (RuweVraag v : lijst(sectie.vragen())) {
				String waar = bij + "vraag '" + v.id() + "' ";
				if (v.id() == null || !VRAAG_ID.matcher(v.id()).matches() || !vraagIds.add(v.id())) {
					fouten.add(waar + "heeft geen geldig of een dubbel id.");
					continue;
				}
				if (blanco(v.tekst())) {
					fouten.add(waar + "heeft geen 'tekst'.");
				}
				if (Boolean.TRUE.equals(v.verplicht())) {
					fouten.add(waar + "is verplicht, maar in een anonieme pulse is elke vraag vrijwillig.");
				}
				switch (String.valueOf(v.type())) {
					case "schaal" -> {
						if (v.schaal() == null || v.schaal().min() >= v.schaal().max()) {
							fouten.add(waar + "is een schaalvraag zonder geldige 'schaal' (min kleiner dan max).");
						}
						else if (v.schaal().min() < 0 || v.schaal().max() - v.schaal().min() + 1 > MAX_SCHAALPUNTEN) {
							fouten.add(waar + "heeft een schaal van " + v.schaal().min() + " tot " + v.schaal().max()
									+ "; een schaal begint bij 0 of hoger en heeft hoogstens " + MAX_SCHAALPUNTEN + " punten.");
						}
						else if (blanco(v.schaal().labelMin()) || blanco(v.schaal().labelMax())) {
							fouten.add(waar + "heeft geen 'labelMin' en 'labelMax' bij de schaal (de woorden bij het laagste en hoogste punt).");
						}
						if (v.subschaal() == null || !subschaalIds.contains(v.subschaal())) {
							fouten.add(waar + "hoort bij subschaal '" + v.subschaal() + "', die niet bestaat.");
						}
					}
					case "enkeleKeuze" -> {
						if (!v.id().equals(Instrument.FUNCTIEGROEP) && !v.id().equals(Instrument.GEBRUIKSGROEP)) {
							fouten.add(waar + "is een keuzevraag; een pulse kent alleen 'functiegroep' en 'gebruiksgroep' als keuzevraag.");
						}
						if (lijst(v.opties()).size() < 2) {
							fouten.add(waar + "heeft minder dan twee 'opties'.");
						}
						if (lijst(v.opties()).stream().anyMatch(o -> blanco(o.code()) || blanco(o.label()))) {
							fouten.add(waar + "heeft een optie zonder 'code' of 'label'.");
						}
					}
					case "langeTekst" -> {
						if (!v.id().equals(Instrument.TOELICHTING)) {
							fouten.add(waar + "is een open vraag; een pulse kent alleen 'toelichting' als open vraag.");
						}
					}
					default -> fouten.add(waar + "heeft type '" + v.type() + "'; een pulse kent 'schaal', 'enkeleKeuze' en 'langeTekst'.");
				}
				if (!"schaal".equals(v.type()) && (v.subschaal() != null || Boolean.TRUE.equals(v.omgekeerd()))) {
					fouten.add(waar + "heeft 'subschaal' of 'omgekeerd', maar is geen schaalvraag.");
				}
				vragen.add(new Instrument.Vraag(v.id(), v.type(), v.tekst(), v.hulp(), lijst(v.opties()), v.schaal(),
						v.subschaal(), Boolean.TRUE.equals(v.omgekeerd()), v.maxLengte() == null ? 1000 : v.maxLengte()));
			}
			secties.add(new Instrument.Sectie(sectie.id(), sectie.titel(), sectie.uitleg(), vragen));
		}
		if (vraagIds.size() > MAX_VRAGEN) {
			fouten.add(bij + "er zijn " + vraagIds.size() + " vragen; een pulse heeft er hoogstens " + MAX_VRAGEN + ".");
		}
		if (secties.stream().allMatch(x -> x.vragen().stream().noneMatch(Instrument.Vraag::isSchaal))) {
			fouten.add(bij + "er is geen enkele schaalvraag.");
		}
		for (Instrument.Subschaal s : subschalen) {
			long items = secties.stream()
				.flatMap(x -> x.vragen().stream())
				.filter(v -> s.id().equals(v.subschaal()))
				.count();
			if (items < s.minimumAntwoorden()) {
				fouten.add(bij + "subschaal '" + s.id() + "' vraagt " + s.minimumAntwoorden() + " antwoorden maar heeft "
						+ items + " vraag/vragen.");
			}
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigInstrument(fouten);
		}
		return new Instrument(ruw.id(), ruw.versie(), geldigVanaf, ruw.titel(), ruw.omschrijving(), ruw.herkomst(),
				ruw.licentie(), ruw.minimumGroep(), List.copyOf(subschalen), List.copyOf(secties));
	}

	private static boolean blanco(String tekst) {
		return tekst == null || tekst.isBlank();
	}

	/** A missing list is empty; a null entry (a stray comma's worth of JSON) is skipped rather than crashing. */
	private static <T> List<T> lijst(List<T> lijst) {
		return lijst == null ? List.of() : lijst.stream().filter(java.util.Objects::nonNull).toList();
	}

}
