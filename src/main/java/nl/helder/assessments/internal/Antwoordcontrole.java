// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.helder.assessments.internal.Vragenlijst.Berekening;
import nl.helder.assessments.internal.Vragenlijst.Kolom;
import nl.helder.assessments.internal.Vragenlijst.Optie;
import nl.helder.assessments.internal.Vragenlijst.Vraag;

/**
 * Answers against a definition: each answer in the form its type asks for, answers to questions that are hidden by
 * their condition dropped, and, when the assessment is offered for advice, every visible required question filled.
 * Pure logic, so the rules can be tested without a database.
 */
public final class Antwoordcontrole {

	static final int KORT_MAX = 500;

	static final int LANG_MAX = 20_000;

	static final int MAX_RIJEN = 100;

	private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private Antwoordcontrole() {
	}

	/** A broken rule: the field (question id, or {@code id[rij].kolom}), a message key and its arguments. */
	public record Melding(String veld, String sleutel, List<Object> argumenten) {

		Melding(String veld, String sleutel, Object... argumenten) {
			this(veld, sleutel, List.of(argumenten));
		}

	}

	/** The clean answers, the ids of answers dropped because their question is hidden, and the problems. */
	public record Uitkomst(Map<String, Object> antwoorden, List<String> weggelaten, List<Melding> fouten) {

		public boolean isGoed() {
			return fouten.isEmpty();
		}

	}

	/**
	 * Checks a complete set of answers. While drafting, required questions may stay empty; {@code indienen} asks
	 * for every visible required question.
	 */
	public static Uitkomst controleer(Vragenlijst lijst, Map<String, Object> invoer, boolean indienen) {
		List<Melding> fouten = new ArrayList<>();
		Map<String, Object> schoon = new LinkedHashMap<>();
		Map<String, Object> gegeven = invoer == null ? Map.of() : invoer;
		for (Map.Entry<String, Object> antwoord : gegeven.entrySet()) {
			if (lijst.vraag(antwoord.getKey()).isEmpty()) {
				fouten.add(new Melding(antwoord.getKey(), "beoordeling.antwoord.onbekende-vraag", lijst.titel()));
			}
		}
		for (Vraag vraag : lijst.vragen()) {
			Object waarde = normaliseer(vraag, gegeven.get(vraag.id()), fouten);
			if (waarde != null) {
				schoon.put(vraag.id(), waarde);
			}
		}
		Set<String> zichtbaar = zichtbaar(lijst, schoon);
		List<String> weggelaten = new ArrayList<>();
		schoon.keySet().removeIf(id -> {
			boolean weg = !zichtbaar.contains(id);
			if (weg) {
				weggelaten.add(id);
			}
			return weg;
		});
		// An error on a hidden question does not count: its answer is dropped anyway.
		fouten.removeIf(f -> !zichtbaar.contains(vraagVan(f.veld())) && lijst.vraag(vraagVan(f.veld())).isPresent());
		if (indienen) {
			for (Vraag vraag : lijst.vragen()) {
				if (vraag.verplicht() && zichtbaar.contains(vraag.id()) && !schoon.containsKey(vraag.id())
						&& fouten.stream().noneMatch(f -> vraagVan(f.veld()).equals(vraag.id()))) {
					fouten.add(new Melding(vraag.id(), "beoordeling.antwoord.verplicht", vraag.tekst()));
				}
			}
		}
		return new Uitkomst(schoon, weggelaten, fouten);
	}

	/** The questions shown for these answers, in form order; a hidden question hides those that depend on it. */
	public static Set<String> zichtbaar(Vragenlijst lijst, Map<String, Object> antwoorden) {
		Map<String, Object> waarden = leeg(lijst);
		Set<String> zichtbaar = new LinkedHashSet<>();
		for (Vraag vraag : lijst.vragen()) {
			if (vraag.toonAls() == null || vraag.toonAls().isWaar(waarden)) {
				zichtbaar.add(vraag.id());
				Object antwoord = antwoorden.get(vraag.id());
				if (antwoord != null) {
					waarden.put(vraag.id(), antwoord);
				}
			}
		}
		return zichtbaar;
	}

	/**
	 * What expressions see: every question id (an unanswered or hidden one is null, or an empty list for multiple
	 * choice and tables, so {@code size(x)} and {@code 'a' =~ x} need no null checks) and every calculation.
	 */
	public static Map<String, Object> waarden(Vragenlijst lijst, Map<String, Object> antwoorden) {
		Map<String, Object> waarden = leeg(lijst);
		Set<String> zichtbaar = zichtbaar(lijst, antwoorden);
		antwoorden.forEach((id, waarde) -> {
			if (zichtbaar.contains(id) && waarde != null) {
				waarden.put(id, waarde);
			}
		});
		for (Berekening berekening : lijst.berekeningen()) {
			waarden.put(berekening.id(), berekening.formule().waarde(waarden));
		}
		return waarden;
	}

	private static Map<String, Object> leeg(Vragenlijst lijst) {
		Map<String, Object> waarden = new HashMap<>();
		for (Vraag vraag : lijst.vragen()) {
			waarden.put(vraag.id(), vraag.type() == VraagType.MEER_KEUZE || vraag.type() == VraagType.TABEL ? List.of() : null);
		}
		return waarden;
	}

	private static String vraagVan(String veld) {
		int haak = veld.indexOf('[');
		return haak < 0 ? veld : veld.substring(0, haak);
	}

	/** One answer in its stored form, or null when empty; a wrong value adds a message and gives null. */
	static Object normaliseer(Vraag vraag, Object waarde, List<Melding> fouten) {
		if (waarde == null) {
			return null;
		}
		String veld = vraag.id();
		return switch (vraag.type()) {
			case KORT_TEKST -> tekst(veld, waarde, vraag.maxLengte() == null ? KORT_MAX : vraag.maxLengte(), fouten);
			case LANGE_TEKST -> tekst(veld, waarde, vraag.maxLengte() == null ? LANG_MAX : vraag.maxLengte(), fouten);
			case ENKELE_KEUZE -> keuze(veld, waarde, vraag.opties(), fouten);
			case JA_NEE -> jaNee(veld, waarde, fouten);
			case DATUM -> datum(veld, waarde, fouten);
			case SCHAAL -> schaal(vraag, waarde, fouten);
			case MEER_KEUZE -> meerKeuze(vraag, waarde, fouten);
			case TABEL -> tabel(vraag, waarde, fouten);
		};
	}

	private static String tekst(String veld, Object waarde, int max, List<Melding> fouten) {
		if (!(waarde instanceof String tekst)) {
			fouten.add(new Melding(veld, "beoordeling.antwoord.tekst"));
			return null;
		}
		String schoon = tekst.strip();
		if (schoon.isEmpty()) {
			return null;
		}
		int lengte = schoon.codePointCount(0, schoon.length());
		if (lengte > max) {
			fouten.add(new Melding(veld, "beoordeling.antwoord.te-lang", max, lengte));
			return null;
		}
		return schoon;
	}

	private static String keuze(String veld, Object waarde, List<Optie> opties, List<Melding> fouten) {
		if (waarde instanceof String code && code.isBlank()) {
			return null;
		}
		if (!(waarde instanceof String code) || opties.stream().noneMatch(o -> o.code().equals(code))) {
			fouten.add(new Melding(veld, "beoordeling.antwoord.keuze",
					String.join(", ", opties.stream().map(Optie::code).toList())));
			return null;
		}
		return code;
	}

	private static String jaNee(String veld, Object waarde, List<Melding> fouten) {
		if (waarde instanceof Boolean b) {
			return b ? "ja" : "nee";
		}
		if (waarde instanceof String s && s.isBlank()) {
			return null;
		}
		if ("ja".equals(waarde) || "nee".equals(waarde)) {
			return (String) waarde;
		}
		fouten.add(new Melding(veld, "beoordeling.antwoord.ja-nee"));
		return null;
	}

	private static String datum(String veld, Object waarde, List<Melding> fouten) {
		if (waarde instanceof String s && s.isBlank()) {
			return null;
		}
		if (waarde instanceof String s && DATUM.matcher(s.strip()).matches()) {
			try {
				return LocalDate.parse(s.strip()).toString();
			}
			catch (DateTimeParseException e) {
				// falls through to the message: 2026-02-30 has the right shape but is no date
			}
		}
		fouten.add(new Melding(veld, "beoordeling.antwoord.datum"));
		return null;
	}

	private static Integer schaal(Vraag vraag, Object waarde, List<Melding> fouten) {
		if (waarde instanceof String s && s.isBlank()) {
			return null;
		}
		Integer getal = null;
		if (waarde instanceof Integer || waarde instanceof Long || waarde instanceof Short || waarde instanceof BigInteger) {
			long l = ((Number) waarde).longValue();
			getal = l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (int) l : null;
		}
		else if (waarde instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
			getal = d.intValue();
		}
		else if (waarde instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9) {
			getal = d.intValue();
		}
		else if (waarde instanceof String s && s.strip().matches("-?\\d{1,9}")) {
			getal = Integer.valueOf(s.strip());
		}
		var schaal = vraag.schaal();
		if (getal == null || getal < schaal.min() || getal > schaal.max()) {
			fouten.add(new Melding(vraag.id(), "beoordeling.antwoord.schaal", schaal.min(), schaal.max()));
			return null;
		}
		return getal;
	}

	private static List<String> meerKeuze(Vraag vraag, Object waarde, List<Melding> fouten) {
		if (!(waarde instanceof Collection<?> gekozen)) {
			fouten.add(new Melding(vraag.id(), "beoordeling.antwoord.keuzes",
					String.join(", ", vraag.opties().stream().map(Optie::code).toList())));
			return null;
		}
		Set<String> codes = new LinkedHashSet<>();
		for (Object item : gekozen) {
			if (!(item instanceof String code) || vraag.optie(code).isEmpty()) {
				fouten.add(new Melding(vraag.id(), "beoordeling.antwoord.keuzes",
						String.join(", ", vraag.opties().stream().map(Optie::code).toList())));
				return null;
			}
			codes.add(code);
		}
		// Stored in the order of the options, so the same choice is always the same value.
		List<String> geordend = vraag.opties().stream().map(Optie::code).filter(codes::contains).toList();
		return geordend.isEmpty() ? null : geordend;
	}

	private static List<Map<String, Object>> tabel(Vraag vraag, Object waarde, List<Melding> fouten) {
		if (!(waarde instanceof Collection<?> rijen)) {
			fouten.add(new Melding(vraag.id(), "beoordeling.antwoord.tabel"));
			return null;
		}
		if (rijen.size() > MAX_RIJEN) {
			fouten.add(new Melding(vraag.id(), "beoordeling.antwoord.te-veel-rijen", MAX_RIJEN));
			return null;
		}
		List<Map<String, Object>> schoon = new ArrayList<>();
		int index = 0;
		for (Object rij : rijen) {
			if (!(rij instanceof Map<?, ?> cellen)) {
				fouten.add(new Melding(vraag.id(), "beoordeling.antwoord.tabel"));
				return null;
			}
			Map<String, Object> schoneRij = new LinkedHashMap<>();
			for (Map.Entry<?, ?> cel : cellen.entrySet()) {
				String kolomId = String.valueOf(cel.getKey());
				String veld = vraag.id() + "[" + index + "]." + kolomId;
				Kolom kolom = vraag.kolommen().stream().filter(k -> k.id().equals(kolomId)).findFirst().orElse(null);
				if (kolom == null) {
					fouten.add(new Melding(veld, "beoordeling.antwoord.kolom-onbekend", kolomId));
					continue;
				}
				if (cel.getValue() == null) {
					continue;
				}
				Object celwaarde = switch (kolom.type()) {
					case KORT_TEKST -> tekst(veld, cel.getValue(), KORT_MAX, fouten);
					case LANGE_TEKST -> tekst(veld, cel.getValue(), LANG_MAX / 4, fouten);
					case DATUM -> datum(veld, cel.getValue(), fouten);
					case JA_NEE -> jaNee(veld, cel.getValue(), fouten);
					case ENKELE_KEUZE -> keuze(veld, cel.getValue(), kolom.opties(), fouten);
					default -> null;
				};
				if (celwaarde != null) {
					schoneRij.put(kolomId, celwaarde);
				}
			}
			if (!schoneRij.isEmpty()) {
				// Cells in column order, whatever order they arrived in.
				Map<String, Object> geordend = new LinkedHashMap<>();
				vraag.kolommen().forEach(k -> {
					if (schoneRij.containsKey(k.id())) {
						geordend.put(k.id(), schoneRij.get(k.id()));
					}
				});
				schoon.add(geordend);
			}
			index++;
		}
		return schoon.isEmpty() ? null : schoon;
	}

}
