// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.helder.platform.CsvLezer;

/**
 * Reads measurements typed by hand or in a CSV file (columns kpi, moment, datum, waarde) and says per line what is
 * wrong, as message keys with arguments, so the caller can show all problems at once and write nothing.
 */
public final class Metinglezer {

	static final List<String> KOLOMMEN = List.of("kpi", "moment", "datum", "waarde");

	private static final Pattern VERVOLG = Pattern.compile("(?i)vervolg(?:meting)?[ -]?(\\d{1,2})");

	private static final Pattern LEGE_REGEL = Pattern.compile("[ \t]*(\r\n|\n|\r)");

	private static final Pattern GETAL = Pattern.compile("-?\\d{1,13}([.,]\\d{1,4})?");

	private static final DateTimeFormatter NEDERLANDS = DateTimeFormatter.ofPattern("dd-MM-uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private Metinglezer() {
	}

	/** A problem: a message key and its arguments. */
	public record Melding(String veld, String sleutel, List<Object> argumenten) {
	}

	/** One line of input: the measurement when it is right, else the problems. */
	public record Regel(int nummer, Meting meting, List<Melding> meldingen) {

		public boolean goed() {
			return meldingen.isEmpty();
		}

	}

	/** The result of reading a file: every line, and problems of the file as a whole (no header, no lines). */
	public record Rapport(List<Regel> regels, List<Melding> bestandsfouten) {

		public boolean heeftFouten() {
			return !bestandsfouten.isEmpty() || regels.stream().anyMatch(r -> !r.goed());
		}

		public List<Meting> metingen() {
			return regels.stream().filter(Regel::goed).map(Regel::meting).toList();
		}

		public long aantalFout() {
			return regels.stream().filter(r -> !r.goed()).count();
		}

	}

	public static Regel lees(int nummer, String kpi, String moment, String datum, String waarde, Pilotdata data,
			LocalDate vandaag) {
		List<Melding> meldingen = new ArrayList<>();
		String k = schoon(kpi);
		Pilotdata.Kpi soort = null;
		if (k.isEmpty()) {
			meldingen.add(new Melding("kpi", "pilot.meting.kpi.leeg", List.of()));
		}
		else {
			soort = data.kpi(k.toLowerCase(Locale.ROOT)).orElse(null);
			if (soort == null) {
				meldingen.add(new Melding("kpi", "pilot.meting.kpi.onbekend", List.of(k)));
			}
		}
		Integer m = moment(schoon(moment));
		if (m == null) {
			meldingen.add(new Melding("moment", "pilot.meting.moment.ongeldig", List.of(schoon(moment))));
		}
		LocalDate d = datum(schoon(datum));
		if (d == null) {
			meldingen.add(new Melding("datum", "pilot.meting.datum.ongeldig", List.of(schoon(datum))));
		}
		else if (d.isAfter(vandaag)) {
			meldingen.add(new Melding("datum", "pilot.meting.datum.toekomst", List.of(schoon(datum))));
		}
		BigDecimal w = getal(schoon(waarde));
		if (w == null) {
			meldingen.add(new Melding("waarde", "pilot.meting.waarde.ongeldig", List.of(schoon(waarde))));
		}
		else if (soort != null && !soort.binnenBereik(w)) {
			meldingen.add(new Melding("waarde", "pilot.meting.waarde.bereik",
					List.of(schoon(waarde), soort.min().toPlainString(), soort.max().toPlainString(), soort.eenheid())));
		}
		Meting meting = meldingen.isEmpty() ? new Meting(soort.id(), m, d, w) : null;
		return new Regel(nummer, meting, List.copyOf(meldingen));
	}

	/**
	 * Reads a CSV file with a header row. The separator is a semicolon when the header has one (as Dutch spreadsheet
	 * programs write it, with a decimal comma), else a comma; cells in double quotes may hold the separator (a
	 * spreadsheet quotes "3,5" in a comma-separated file). A line identical to an earlier line, or to a stored
	 * measurement, is refused as a duplicate: the usual cause is importing the same export twice.
	 */
	public static Rapport leesCsv(String inhoud, Set<Meting> bestaand, Pilotdata data, LocalDate vandaag) {
		List<Melding> bestandsfouten = new ArrayList<>();
		List<Regel> regels = new ArrayList<>();
		// Blank lines before the header are skipped and still counted, so line numbers match what the user sees.
		String tekst = inhoud == null ? "" : inhoud.replace("\uFEFF", "");
		int overgeslagen = 0;
		Matcher lege = LEGE_REGEL.matcher(tekst);
		while (lege.lookingAt()) {
			overgeslagen++;
			tekst = tekst.substring(lege.end());
			lege = LEGE_REGEL.matcher(tekst);
		}
		List<CsvLezer.Regel> records = CsvLezer.lees(tekst.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE);
		if (records.isEmpty() || leeg(records.get(0))) {
			bestandsfouten.add(new Melding("bestand", "pilot.import.leeg", List.of()));
			return new Rapport(List.of(), bestandsfouten);
		}
		List<String> koppen = records.get(0).cellen().stream().map(c -> schoon(c).toLowerCase(Locale.ROOT)).toList();
		Map<String, Integer> positie = new HashMap<>();
		for (String kolom : KOLOMMEN) {
			int p = koppen.indexOf(kolom);
			if (p < 0) {
				bestandsfouten.add(new Melding("bestand", "pilot.import.kolom-ontbreekt", List.of(kolom)));
			}
			positie.put(kolom, p);
		}
		if (!bestandsfouten.isEmpty()) {
			return new Rapport(List.of(), bestandsfouten);
		}
		Map<Meting, Integer> gezien = new HashMap<>();
		for (CsvLezer.Regel record : records.subList(1, records.size())) {
			if (leeg(record)) {
				continue;
			}
			int nummer = record.nummer() + overgeslagen;
			List<String> cellen = record.cellen();
			Regel regel = lees(nummer, cel(cellen, positie.get("kpi")), cel(cellen, positie.get("moment")),
					cel(cellen, positie.get("datum")), cel(cellen, positie.get("waarde")), data, vandaag);
			if (regel.goed()) {
				Integer eerder = gezien.putIfAbsent(regel.meting(), nummer);
				if (eerder != null) {
					regel = new Regel(nummer, null,
							List.of(new Melding("regel", "pilot.import.dubbel-bestand", List.of(eerder))));
				}
				else if (bestaand.contains(regel.meting())) {
					regel = new Regel(nummer, null, List.of(new Melding("regel", "pilot.import.dubbel-opgeslagen", List.of())));
				}
			}
			regels.add(regel);
		}
		if (regels.isEmpty()) {
			bestandsfouten.add(new Melding("bestand", "pilot.import.geen-regels", List.of()));
		}
		return new Rapport(List.copyOf(regels), bestandsfouten);
	}

	static Integer moment(String tekst) {
		if (tekst.equalsIgnoreCase("nulmeting") || tekst.equalsIgnoreCase("baseline")) {
			return 0;
		}
		Matcher vervolg = VERVOLG.matcher(tekst);
		if (vervolg.matches()) {
			int n = Integer.parseInt(vervolg.group(1));
			return n >= 1 && n <= 99 ? n : null;
		}
		return null;
	}

	static LocalDate datum(String tekst) {
		try {
			return LocalDate.parse(tekst);
		}
		catch (DateTimeParseException iso) {
			try {
				return LocalDate.parse(tekst, NEDERLANDS);
			}
			catch (DateTimeParseException nederlands) {
				return null;
			}
		}
	}

	static BigDecimal getal(String tekst) {
		if (!GETAL.matcher(tekst).matches()) {
			return null;
		}
		return new BigDecimal(tekst.replace(',', '.'));
	}

	private static boolean leeg(CsvLezer.Regel record) {
		return record.cellen().stream().allMatch(String::isBlank);
	}

	private static String cel(List<String> cellen, int positie) {
		return positie < cellen.size() ? cellen.get(positie) : "";
	}

	private static String schoon(String tekst) {
		if (tekst == null) {
			return "";
		}
		String s = tekst.strip();
		if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
			s = s.substring(1, s.length() - 1).strip();
		}
		return s;
	}

}
