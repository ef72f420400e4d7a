// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import nl.helder.register.internal.HtmlTekst;
import nl.helder.register.internal.RegisterDienst;
import nl.helder.register.internal.ToepassingVersies;
import nl.helder.register.internal.Toepassingen;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;

/** What other modules may ask the register: does a toepassing exist in this organisation, and its page header. */
@Service
public class Registergids {

	private final Toepassingen toepassingen;

	private final ToepassingVersies versies;

	private final List<ToepassingTab> tabs;

	private final RegisterDienst dienst;

	Registergids(Toepassingen toepassingen, ToepassingVersies versies, List<ToepassingTab> tabs, RegisterDienst dienst) {
		this.toepassingen = toepassingen;
		this.versies = versies;
		this.dienst = dienst;
		this.tabs = tabs.stream().sorted(Comparator.comparingInt(ToepassingTab::volgorde)).toList();
	}

	/** The header of a toepassing's pages; empty when it does not exist in this organisation. */
	public Optional<ToepassingKop> kop(String organisatieCode, UUID id) {
		return toepassingen.findByIdAndOrganisatieCode(id, organisatieCode)
			.map(t -> new ToepassingKop(t.id(), t.naam(), t.werkstatus(),
					tabs.stream().map(tab -> new ToepassingKop.Tab(tab.sleutel(), tab.titel(), tab.pad(t.id()))).toList()));
	}

	/** The names of all toepassingen of an organisation by id, in one query, for overviews across toepassingen. */
	public Map<UUID, String> namen(String organisatieCode) {
		Map<UUID, String> namen = new LinkedHashMap<>();
		toepassingen.findByOrganisatieCodeOrderByNaam(organisatieCode).forEach(t -> namen.put(t.id(), t.naam()));
		return namen;
	}

	/** One entry of the standard's field "Impacttoetsen": the name of an assessment and, when public, a link to it. */
	public record Impacttoets(String titel, String link) {
	}

	/**
	 * The fields of the standard's section "Verantwoord gebruik" that assessments can fill: "Afwegingen" as plain
	 * text (empty string when not filled) and the list of "Impacttoetsen".
	 */
	public record VerantwoordGebruik(String afwegingen, List<Impacttoets> impacttoetsen) {
	}

	public Optional<VerantwoordGebruik> verantwoordGebruik(String organisatieCode, UUID id) {
		if (!bestaat(organisatieCode, id)) {
			return Optional.empty();
		}
		Map<String, Object> standaard = dienst.toon(organisatieCode, id).werk().standaard();
		Object afwegingen = standaard.get(AFWEGINGEN);
		return Optional.of(new VerantwoordGebruik(afwegingen instanceof String html ? HtmlTekst.naarPlatteTekst(html) : "",
				impacttoetsen(standaard).stream()
					.map(t -> new Impacttoets(tekst(t.get("title")), tekst(t.get("link"))))
					.toList()));
	}

	/**
	 * Writes text from elsewhere in Helder into the working version, as a new version with {@code herkomst} as its
	 * note: {@code afwegingen} (plain text, paragraphs by blank lines; null leaves the field as it is) replaces the
	 * field "Afwegingen", and {@code toets} (null for none) is added to "Impacttoetsen" or replaces the entry with the
	 * same name. Refusals come as {@code OngeldigeInvoer} on the fields {@code afwegingen} and {@code impacttoets}.
	 * @return the number of the new version
	 */
	public int neemOver(String organisatieCode, UUID id, String afwegingen, Impacttoets toets, String herkomst,
			Aanvrager aanvrager) {
		Map<String, Object> standaard = dienst.toon(organisatieCode, id).werk().standaard();
		Map<String, Object> velden = new LinkedHashMap<>();
		if (afwegingen != null) {
			velden.put(AFWEGINGEN, alinea(afwegingen));
		}
		if (toets != null) {
			List<Map<String, Object>> lijst = new ArrayList<>(impacttoetsen(standaard));
			lijst.removeIf(t -> toets.titel().equalsIgnoreCase(tekst(t.get("title"))));
			Map<String, Object> nieuw = new LinkedHashMap<>();
			nieuw.put("title", toets.titel());
			if (toets.link() != null && !toets.link().isBlank()) {
				nieuw.put("link", toets.link().strip());
			}
			lijst.add(nieuw);
			velden.put(IMPACTTOETSEN, lijst);
		}
		try {
			return dienst.vulAan(organisatieCode, id, velden, aanvrager, herkomst).werk().nummer();
		}
		catch (OngeldigeInvoer fout) {
			throw new OngeldigeInvoer(fout.fouten()
				.stream()
				.map(f -> new OngeldigeInvoer.Veldfout(
						f.veld().startsWith(AFWEGINGEN) ? "afwegingen" : "impacttoets", f.melding()))
				.toList());
		}
	}

	private static final String AFWEGINGEN = "proportionality";

	private static final String IMPACTTOETSEN = "impacttoetsen_grouping";

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> impacttoetsen(Map<String, Object> standaard) {
		return standaard.get(IMPACTTOETSEN) instanceof List<?> lijst
				? lijst.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList() : List.of();
	}

	private static String tekst(Object waarde) {
		return waarde == null ? null : waarde.toString();
	}

	/** Plain text as the simple HTML the field allows: a paragraph per block, line breaks kept, all text escaped. */
	private static String alinea(String tekst) {
		StringBuilder html = new StringBuilder();
		for (String blok : tekst.strip().split("\\R\\s*\\R")) {
			if (blok.isBlank()) {
				continue;
			}
			String veilig = blok.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
			html.append("<p>").append(veilig.replaceAll("\\R", "<br>")).append("</p>");
		}
		return html.toString();
	}

	public boolean bestaat(String organisatieCode, UUID id) {
		return toepassingen.findByIdAndOrganisatieCode(id, organisatieCode).isPresent();
	}

	/**
	 * A toepassing's phase as the working version says it (empty when nobody filled it in), with its registration
	 * moment; for work that follows the phase, such as periodic reviews.
	 */
	public record Fase(UUID id, String organisatieCode, String naam, InterneGegevens.Levensfase levensfase,
			Instant geregistreerd) {
	}

	/** The owner as the working version names them (a name or an e-mail address); empty when not filled in. */
	public Optional<String> eigenaar(String organisatieCode, UUID id) {
		return toepassingen.findByIdAndOrganisatieCode(id, organisatieCode)
			.flatMap(t -> versies.findByToepassingIdAndNummer(t.id(), t.werkversie()))
			.map(v -> v.intern().get("eigenaar"))
			.map(String::valueOf)
			.map(String::strip)
			.filter(e -> !e.isEmpty());
	}

	/**
	 * The first day of the month in the standard's field "Begindatum" (when the toepassing went into use), for views
	 * that compare before and after; empty when the field is not filled in.
	 */
	public Optional<LocalDate> begindatum(String organisatieCode, UUID id) {
		return toepassingen.findByIdAndOrganisatieCode(id, organisatieCode)
			.flatMap(t -> versies.findByToepassingIdAndNummer(t.id(), t.werkversie()))
			.map(v -> v.standaard().get("begin_date"))
			.map(String::valueOf)
			.flatMap(maand -> {
				try {
					return Optional.of(YearMonth.parse(maand.strip()).atDay(1));
				}
				catch (DateTimeParseException onleesbaar) {
					// The field is checked on save (jjjj-mm); an older or imported value that is no month is skipped.
					return Optional.empty();
				}
			});
	}

	/** The phases of all toepassingen of an organisation, by name. */
	public List<Fase> fasen(String organisatieCode) {
		return toepassingen.findByOrganisatieCodeOrderByNaam(organisatieCode).stream().map(this::fase).toList();
	}

	/** The phases of all toepassingen of every organisation, for background jobs that serve them all. */
	public List<Fase> alleFasen() {
		return toepassingen.findAll().stream().map(this::fase).toList();
	}

	private Fase fase(nl.helder.register.internal.Toepassing t) {
		Object waarde = versies.findByToepassingIdAndNummer(t.id(), t.werkversie())
			.map(v -> v.intern().get("levensfase"))
			.orElse(null);
		InterneGegevens.Levensfase levensfase = null;
		if (waarde != null) {
			try {
				levensfase = InterneGegevens.Levensfase.valueOf(String.valueOf(waarde));
			}
			catch (IllegalArgumentException onbekend) {
				// Stored versions are checked on save; an unknown value can only come from an older format.
				levensfase = null;
			}
		}
		return new Fase(t.id(), t.organisatieCode(), t.naam(), levensfase, t.aangemaakt());
	}

}
