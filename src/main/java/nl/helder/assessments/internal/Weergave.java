// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.helder.assessments.internal.Vragenlijst.Kolom;
import nl.helder.assessments.internal.Vragenlijst.Optie;
import nl.helder.assessments.internal.Vragenlijst.Sectie;
import nl.helder.assessments.internal.Vragenlijst.Vraag;

/**
 * A definition with answers, ready for a Thymeleaf page: only the visible questions, each with its value in the
 * form the inputs need, its errors, and a readable answer for the overview. Public records, because the templates
 * read them.
 */
public final class Weergave {

	/** Empty rows a table question offers below its filled rows, so a row can be added without JavaScript. */
	public static final int LEGE_RIJEN = 2;

	/** Rows read back from a form; a bound on what one request can make Helder do. */
	public static final int MAX_RIJEN = Antwoordcontrole.MAX_RIJEN;

	private Weergave() {
	}

	public record SectieWeergave(String id, String titel, String uitleg, List<VraagWeergave> vragen) {
	}

	/**
	 * One question on a page. {@code tekst} is the single value of a simple input, {@code gekozen} the chosen codes
	 * of a multiple choice, {@code rijen} the rows of a table (with empty rows in a form), {@code antwoord} the
	 * answer as a person reads it, {@code rijTeksten} the table as readable cells.
	 */
	public record VraagWeergave(Vraag vraag, String tekst, List<String> gekozen, List<Map<String, Object>> rijen,
			String antwoord, List<List<String>> rijTeksten, List<String> fouten, boolean overgenomen) {

		public boolean isBeantwoord() {
			return antwoord != null || !rijTeksten.isEmpty();
		}

		/** The ids that describe the input (help text, errors), for aria-describedby. */
		public String beschrijving() {
			List<String> ids = new ArrayList<>();
			if (vraag.hulp() != null) {
				ids.add("hulp-" + vraag.id());
			}
			if (overgenomen) {
				ids.add("over-" + vraag.id());
			}
			if (!fouten.isEmpty()) {
				ids.add("fout-" + vraag.id());
			}
			return ids.isEmpty() ? null : String.join(" ", ids);
		}

		/** The options of a scale as numbers from min to max. */
		public List<Integer> schaalwaarden() {
			List<Integer> waarden = new ArrayList<>();
			if (vraag.schaal() != null) {
				for (int i = vraag.schaal().min(); i <= vraag.schaal().max(); i++) {
					waarden.add(i);
				}
			}
			return waarden;
		}

	}

	/**
	 * The visible questions per section. {@code formulier} adds empty table rows; {@code fouten} are messages by
	 * field as the service gave them (a table cell's field is {@code id[rij].kolom}).
	 */
	public static List<SectieWeergave> secties(Vragenlijst lijst, Map<String, Object> antwoorden, Set<String> zichtbaar,
			Collection<String> overgenomen, Map<String, List<String>> fouten, boolean formulier) {
		List<SectieWeergave> secties = new ArrayList<>();
		for (Sectie sectie : lijst.secties()) {
			List<VraagWeergave> vragen = new ArrayList<>();
			for (Vraag vraag : sectie.vragen()) {
				if (!zichtbaar.contains(vraag.id())) {
					continue;
				}
				vragen.add(vraag(vraag, antwoorden.get(vraag.id()), foutenVan(vraag.id(), fouten),
						overgenomen.contains(vraag.id()), formulier));
			}
			if (!vragen.isEmpty()) {
				secties.add(new SectieWeergave(sectie.id(), sectie.titel(), sectie.uitleg(), List.copyOf(vragen)));
			}
		}
		return secties;
	}

	private static List<String> foutenVan(String id, Map<String, List<String>> fouten) {
		List<String> lijst = new ArrayList<>();
		fouten.forEach((veld, meldingen) -> {
			if (veld.equals(id) || veld.startsWith(id + "[")) {
				lijst.addAll(meldingen);
			}
		});
		return lijst;
	}

	@SuppressWarnings("unchecked")
	static VraagWeergave vraag(Vraag vraag, Object waarde, List<String> fouten, boolean overgenomen, boolean formulier) {
		List<String> gekozen = waarde instanceof Collection<?> c && vraag.type() == VraagType.MEER_KEUZE
				? c.stream().map(String::valueOf).toList() : List.of();
		List<Map<String, Object>> rijen = new ArrayList<>();
		List<List<String>> rijTeksten = new ArrayList<>();
		if (vraag.type() == VraagType.TABEL) {
			if (waarde instanceof Collection<?> c) {
				for (Object rij : c) {
					if (rij instanceof Map<?, ?> m) {
						rijen.add((Map<String, Object>) m);
						List<String> cellen = new ArrayList<>();
						for (Kolom kolom : vraag.kolommen()) {
							cellen.add(leesbaar(kolom.type(), kolom.opties(), m.get(kolom.id())));
						}
						rijTeksten.add(cellen);
					}
				}
			}
			if (formulier) {
				for (int i = 0; i < LEGE_RIJEN; i++) {
					rijen.add(Map.of());
				}
			}
		}
		String tekst = waarde == null || waarde instanceof Collection<?> ? null : String.valueOf(waarde);
		String antwoord = vraag.type() == VraagType.TABEL || waarde == null ? null
				: leesbaar(vraag.type(), vraag.opties(), waarde);
		return new VraagWeergave(vraag, tekst, gekozen, rijen, antwoord, rijTeksten, fouten, overgenomen);
	}

	/** An answer as a person reads it: option labels instead of codes, Ja/Nee, lists joined. */
	static String leesbaar(VraagType type, List<Optie> opties, Object waarde) {
		if (waarde == null) {
			return "";
		}
		if (type == VraagType.JA_NEE) {
			return "ja".equals(waarde) ? "Ja" : "nee".equals(waarde) ? "Nee" : String.valueOf(waarde);
		}
		if (type.isKeuze()) {
			List<String> labels = new ArrayList<>();
			Collection<?> codes = waarde instanceof Collection<?> c ? c : List.of(waarde);
			for (Object code : codes) {
				labels.add(opties.stream().filter(o -> o.code().equals(code)).map(Optie::label).findFirst()
					.orElse(String.valueOf(code)));
			}
			return String.join("; ", labels);
		}
		return String.valueOf(waarde);
	}

	/**
	 * The answers as a form sent them: field {@code v.<id>} per question, several values for a multiple choice,
	 * {@code v.<id>[i].<kolom>} for table cells. Empty table rows are left out; the service checks the rest.
	 */
	public static Map<String, Object> uitFormulier(Vragenlijst lijst, Map<String, List<String>> formulier) {
		Map<String, Object> antwoorden = new LinkedHashMap<>();
		for (Vraag vraag : lijst.vragen()) {
			String naam = "v." + vraag.id();
			switch (vraag.type()) {
				case MEER_KEUZE -> {
					List<String> gekozen = formulier.getOrDefault(naam, List.of()).stream().filter(t -> !t.isBlank()).toList();
					if (!gekozen.isEmpty()) {
						antwoorden.put(vraag.id(), gekozen);
					}
				}
				case TABEL -> {
					List<Map<String, Object>> rijen = new ArrayList<>();
					for (int i = 0; i < MAX_RIJEN; i++) {
						Map<String, Object> rij = new LinkedHashMap<>();
						for (Kolom kolom : vraag.kolommen()) {
							List<String> waarden = formulier.get(naam + "[" + i + "]." + kolom.id());
							if (waarden != null && !waarden.isEmpty() && !waarden.get(0).isBlank()) {
								rij.put(kolom.id(), waarden.get(0));
							}
						}
						if (!rij.isEmpty()) {
							rijen.add(rij);
						}
					}
					if (!rijen.isEmpty()) {
						antwoorden.put(vraag.id(), rijen);
					}
				}
				default -> {
					List<String> waarden = formulier.get(naam);
					if (waarden != null && !waarden.isEmpty() && !waarden.get(0).isBlank()) {
						antwoorden.put(vraag.id(), waarden.get(0));
					}
				}
			}
		}
		return antwoorden;
	}

}
