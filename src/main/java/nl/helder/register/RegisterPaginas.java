// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.TeamInfo;
import nl.helder.register.internal.RegisterDienst;
import nl.helder.register.internal.RegisterDienst.Stand;
import nl.helder.register.internal.Weergave;
import nl.helder.register.internal.Veld;
import nl.helder.register.internal.Veldcatalogus;
import nl.helder.register.internal.WeergaveDienst;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The register for the municipality's own staff: the list, one form generated from the field catalogue, the detail
 * page with the publication workflow, and the versions with their differences.
 */
@Controller
class RegisterPaginas {

	/** Empty rows a group field offers beside its items, so a link can be added without JavaScript. */
	private static final int LEGE_RIJEN = 2;

	/** Group rows read from a form; far more than anyone types, and a bound on what a request can make us do. */
	private static final int MAX_RIJEN = 50;

	/** The internal fields the form shows as plain text inputs, in form order. */
	static final List<String> INTERNE_TEKSTVELDEN = List.of("eigenaar", "verantwoordelijke", "leverancier", "product",
			"land", "voorwaarden");

	private final RegisterDienst dienst;

	private final Veldcatalogus catalogus;

	private final Weergave weergave;

	private final MessageSource berichten;

	private final Registergids gids;

	private final Organisatiegids organisaties;

	private final WeergaveDienst weergaven;

	RegisterPaginas(RegisterDienst dienst, Veldcatalogus catalogus, Weergave weergave, MessageSource berichten,
			Registergids gids, Organisatiegids organisaties, WeergaveDienst weergaven) {
		this.dienst = dienst;
		this.catalogus = catalogus;
		this.weergave = weergave;
		this.berichten = berichten;
		this.gids = gids;
		this.organisaties = organisaties;
		this.weergaven = weergaven;
	}

	/** A choice in a list of the organisation's own things (teams, other toepassingen): its id and a readable label. */
	public record Keuze(String id, String label) {
	}

	/** A saved view as the list shows it: a link with its filters, and whether the user may remove it. */
	public record OpgeslagenWeergave(UUID id, String naam, String adres, boolean gedeeld, boolean eigen,
			boolean actief) {
	}

	// --- lijst

	@Toegang(ingelogd = true)
	@GetMapping("/toepassingen")
	String lijst(@RequestParam(required = false) String werkstatus, @RequestParam(required = false) String soort,
			@RequestParam(required = false) String toolbeleid, @RequestParam(required = false) String categorie,
			@RequestParam(defaultValue = "naam") String sorteer, Aanvrager aanvrager, Model model) {
		List<Stand> alle = dienst.lijst(aanvrager.organisatieCode());
		Map<Werkstatus, Long> aantallen = new LinkedHashMap<>();
		for (Werkstatus status : Werkstatus.values()) {
			aantallen.put(status, alle.stream().filter(s -> s.toepassing().werkstatus() == status).count());
		}
		// Counts per kind, tool policy and publication category; the sector benchmark will build on these.
		Map<String, Map<String, Long>> verdeling = new LinkedHashMap<>();
		verdeling.put("soort", tel(alle, s -> s.werk().intern().get("soort"), InterneGegevens.Soort.values()));
		verdeling.put("toolbeleid",
				tel(alle, s -> s.werk().intern().get("toolbeleid"), InterneGegevens.Toolbeleid.values()));
		Map<String, Long> perCategorie = new LinkedHashMap<>();
		catalogus.veld("publication_category").orElseThrow().waarden().forEach(w -> perCategorie.put(w,
				alle.stream().filter(s -> w.equals(s.werk().standaard().get("publication_category"))).count()));
		List<Stand> standen = alle.stream()
			.filter(s -> leeg(werkstatus) || s.toepassing().werkstatus().name().equals(werkstatus))
			.filter(s -> leeg(soort) || soort.equals(s.werk().intern().get("soort")))
			.filter(s -> leeg(toolbeleid) || toolbeleid.equals(s.werk().intern().get("toolbeleid")))
			.filter(s -> leeg(categorie) || categorie.equals(s.werk().standaard().get("publication_category")))
			.sorted(switch (sorteer) {
				case "volledigheid" -> java.util.Comparator.<Stand>comparingInt(s -> s.volledigheid().score());
				case "gewijzigd" -> java.util.Comparator.<Stand, java.time.Instant>comparing(s -> s.toepassing().gewijzigd())
					.reversed();
				default -> java.util.Comparator.<Stand, String>comparing(s -> s.toepassing().naam(),
						String.CASE_INSENSITIVE_ORDER);
			})
			.toList();
		model.addAttribute("standen", standen);
		model.addAttribute("totaal", alle.size());
		model.addAttribute("aantallen", aantallen);
		model.addAttribute("verdeling", verdeling);
		model.addAttribute("perCategorie", perCategorie);
		Map<String, String> filter = Map.of("werkstatus", leegAlsNull(werkstatus), "soort", leegAlsNull(soort),
				"toolbeleid", leegAlsNull(toolbeleid), "categorie", leegAlsNull(categorie), "sorteer", sorteer);
		model.addAttribute("filter", filter);
		model.addAttribute("soorten", InterneGegevens.Soort.values());
		model.addAttribute("toolbeleiden", InterneGegevens.Toolbeleid.values());
		model.addAttribute("categorieen", perCategorie.keySet());
		model.addAttribute("magSchrijven", magSchrijven(aanvrager));
		model.addAttribute("sorteringen", WeergaveDienst.SORTERINGEN);
		// The view whose filters equal the list's is marked as the current one.
		Map<String, String> huidig = zonderStandaardSortering(filter);
		model.addAttribute("weergaven", weergaven.zichtbaar(aanvrager)
			.stream()
			.map(w -> new OpgeslagenWeergave(w.id(), w.naam(), RegisterWeergaven.lijstAdres(w.filter()), w.gedeeld(),
					w.eigenaar().equals(aanvrager.persoonId()), zonderStandaardSortering(w.filter()).equals(huidig)))
			.toList());
		return "register/lijst";
	}

	/** The filters that are set; sorting by name is the default and counts as not set. */
	private static Map<String, String> zonderStandaardSortering(Map<String, String> filter) {
		Map<String, String> kopie = new LinkedHashMap<>(filter);
		kopie.remove("sorteer", "naam");
		kopie.values().removeIf(String::isEmpty);
		return kopie;
	}

	private static Map<String, Long> tel(List<Stand> standen, java.util.function.Function<Stand, Object> waarde,
			Enum<?>[] mogelijk) {
		Map<String, Long> telling = new LinkedHashMap<>();
		for (Enum<?> optie : mogelijk) {
			telling.put(optie.name(), standen.stream().filter(s -> optie.name().equals(waarde.apply(s))).count());
		}
		return telling;
	}

	private static String leegAlsNull(String tekst) {
		return leeg(tekst) ? "" : tekst;
	}

	// --- formulier

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@GetMapping("/toepassingen/nieuw")
	String nieuw(Aanvrager aanvrager, Model model) {
		return formulier(model, aanvrager, null, null, new LinkedHashMap<>(), new LinkedHashMap<>());
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/nieuw")
	String maakAan(@RequestParam MultiValueMap<String, String> invoer, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		Map<String, Object> standaard = standaardUit(invoer);
		Map<String, Object> intern = internUit(invoer);
		try {
			Stand stand = dienst.maakAan(aanvrager.organisatieCode(),
					new RegisterDienst.Invoer(standaard, interneGegevens(intern)), aanvrager);
			doorgeven.addFlashAttribute("melding", "register.pagina.aangemaakt");
			return "redirect:/toepassingen/" + stand.toepassing().id();
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", teksten(fout));
			return formulier(model, aanvrager, null, null, standaard, intern);
		}
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@GetMapping("/toepassingen/{id}/bewerken")
	String bewerken(@PathVariable UUID id, Aanvrager aanvrager, Model model) {
		Stand stand = dienst.toon(aanvrager.organisatieCode(), id);
		return formulier(model, aanvrager, stand, stand.toepassing().werkversie(), new LinkedHashMap<>(stand.werk().standaard()),
				new LinkedHashMap<>(stand.werk().intern()));
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/{id}/bewerken")
	String wijzig(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> invoer, Aanvrager aanvrager,
			Model model, RedirectAttributes doorgeven) {
		Stand stand = dienst.toon(aanvrager.organisatieCode(), id);
		Map<String, Object> standaard = standaardUit(invoer);
		Map<String, Object> intern = internUit(invoer);
		Integer versie = geheelGetal(invoer.getFirst("versie"));
		try {
			dienst.wijzig(aanvrager.organisatieCode(), id, new RegisterDienst.Invoer(standaard, interneGegevens(intern)),
					versie, aanvrager);
			doorgeven.addFlashAttribute("melding", "register.pagina.opgeslagen");
			return "redirect:/toepassingen/" + id;
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", teksten(fout));
			return formulier(model, aanvrager, stand, versie, standaard, intern);
		}
		catch (Conflict conflict) {
			// A colleague saved first. The user keeps what they typed, sees what is there now, and the form now
			// carries the newest version number: saving again is a deliberate choice to overwrite.
			Map<String, Object> huidig = kaart(conflict.huidig().get("huidig"));
			Map<String, Object> huidigeStandaard = kaart(huidig.get("standaard"));
			model.addAttribute("conflict", Map.of("versie", conflict.huidig().get("huidigeVersie"), "auteur",
					String.valueOf(huidig.get("auteur")), "verschillen", conflictVerschillen(huidigeStandaard, standaard)));
			return formulier(model, aanvrager, stand, (Integer) conflict.huidig().get("huidigeVersie"), standaard, intern);
		}
	}

	private String formulier(Model model, Aanvrager aanvrager, Stand stand, Integer versie,
			Map<String, Object> standaard, Map<String, Object> intern) {
		Map<String, List<Veld>> secties = new LinkedHashMap<>();
		catalogus.perSectie().forEach((sectie, velden) -> {
			List<Veld> zichtbaar = velden.stream().filter(v -> !v.isVast()).toList();
			if (!zichtbaar.isEmpty()) {
				secties.put(sectie, zichtbaar);
			}
		});
		Map<String, List<Map<String, Object>>> rijen = new LinkedHashMap<>();
		catalogus.velden().stream().filter(Veld::isGroep).forEach(v -> {
			List<Map<String, Object>> items = new ArrayList<>();
			if (standaard.get(v.sleutel()) instanceof Collection<?> bestaand) {
				bestaand.forEach(item -> items.add(kaart(item)));
			}
			for (int i = 0; i < LEGE_RIJEN; i++) {
				items.add(Map.of());
			}
			rijen.put(v.sleutel(), items);
		});
		model.addAttribute("stand", stand);
		model.addAttribute("versie", versie);
		model.addAttribute("secties", secties);
		model.addAttribute("waarden", standaard);
		model.addAttribute("rijen", rijen);
		model.addAttribute("intern", intern);
		model.addAttribute("interneTekstvelden", INTERNE_TEKSTVELDEN);
		model.addAttribute("herkomsten", InterneGegevens.Herkomst.values());
		model.addAttribute("soorten", InterneGegevens.Soort.values());
		model.addAttribute("levensfasen", InterneGegevens.Levensfase.values());
		model.addAttribute("toolbeleiden", InterneGegevens.Toolbeleid.values());
		model.addAttribute("dataclassificaties", InterneGegevens.Dataclassificatie.values());
		model.addAttribute("teamkeuzes", teamkeuzes(aanvrager.organisatieCode()));
		UUID zelf = stand == null ? null : stand.toepassing().id();
		model.addAttribute("koppelkeuzes", dienst.lijst(aanvrager.organisatieCode())
			.stream()
			.map(Stand::toepassing)
			.filter(t -> !t.id().equals(zelf))
			.sorted(java.util.Comparator.comparing(t -> t.naam(), String.CASE_INSENSITIVE_ORDER))
			.map(t -> new Keuze(t.id().toString(), t.naam()))
			.toList());
		return "register/formulier";
	}

	// --- detail en werkstroom

	@Toegang(ingelogd = true)
	@GetMapping("/toepassingen/{id}")
	String detail(@PathVariable UUID id, Aanvrager aanvrager, Model model) {
		Stand stand = dienst.toon(aanvrager.organisatieCode(), id);
		model.addAttribute("stand", stand);
		model.addAttribute("kop", kop(aanvrager, id));
		model.addAttribute("teamnamen", teamkeuzes(aanvrager.organisatieCode()).stream()
			.collect(Collectors.toMap(Keuze::id, Keuze::label)));
		model.addAttribute("koppelingen", koppelingen(aanvrager.organisatieCode(), stand.werk().intern().get("gekoppeld")));
		model.addAttribute("secties", weergave.perSectie(stand.werk().standaard(), v -> true));
		// Empty lists are stored as such; the page leaves them out like any other empty field.
		Map<String, Object> intern = new LinkedHashMap<>(stand.werk().intern());
		intern.values().removeIf(w -> w == null || w instanceof Collection<?> c && c.isEmpty());
		model.addAttribute("intern", intern);
		model.addAttribute("interneVelden", internLabels());
		model.addAttribute("gemeentecode", aanvrager.organisatieCode());
		model.addAttribute("magSchrijven", magSchrijven(aanvrager));
		return "register/detail";
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/{id}/review")
	String review(@PathVariable UUID id, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		return stap(id, doorgeven, "register.pagina.review-gedaan", () -> dienst.naarReview(aanvrager.organisatieCode(), id));
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/{id}/afwijzing")
	String afwijzing(@PathVariable UUID id, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		return stap(id, doorgeven, "register.pagina.afgewezen", () -> dienst.afwijzen(aanvrager.organisatieCode(), id));
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/{id}/publicatie")
	String publiceer(@PathVariable UUID id, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		return stap(id, doorgeven, "register.pagina.gepubliceerd",
				() -> dienst.publiceer(aanvrager.organisatieCode(), id, aanvrager));
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/{id}/intrekking")
	String trekIn(@PathVariable UUID id, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		return stap(id, doorgeven, "register.pagina.ingetrokken", () -> dienst.trekIn(aanvrager.organisatieCode(), id));
	}

	/**
	 * One workflow step. A refused step (four eyes, missing fields) is an everyday situation, not a failure: it comes
	 * back as an alert on the detail page.
	 */
	private String stap(UUID id, RedirectAttributes doorgeven, String gelukt, Runnable actie) {
		try {
			actie.run();
			doorgeven.addFlashAttribute("melding", gelukt);
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("stapfouten", fout.fouten().stream().map(f -> tekst(f.melding())).toList());
		}
		return "redirect:/toepassingen/" + id;
	}

	// --- versies

	/** One difference for the page: labels and values already readable. */
	record VerschilRegel(String label, String voor, String na) {
	}

	@Toegang(ingelogd = true)
	@GetMapping("/toepassingen/{id}/versies")
	String versies(@PathVariable UUID id, @RequestParam(required = false) Integer van,
			@RequestParam(required = false) Integer tot, Aanvrager aanvrager, Model model) {
		Stand stand = dienst.toon(aanvrager.organisatieCode(), id);
		var versies = dienst.versies(aanvrager.organisatieCode(), id);
		int nieuwste = stand.toepassing().werkversie();
		int vanaf = van != null ? van : Math.max(1, nieuwste - 1);
		int tm = tot != null ? tot : nieuwste;
		model.addAttribute("stand", stand);
		model.addAttribute("kop", kop(aanvrager, id));
		model.addAttribute("versies", versies);
		model.addAttribute("van", vanaf);
		model.addAttribute("tot", tm);
		model.addAttribute("magSchrijven", magSchrijven(aanvrager));
		if (van != null || tot != null) {
			Map<String, String> interneLabels = internLabels();
			model.addAttribute("verschillen", dienst.verschillen(aanvrager.organisatieCode(), id, vanaf, tm)
				.stream()
				.map(v -> new VerschilRegel(
						v.veld().startsWith("intern.")
								? interneLabels.getOrDefault(v.veld().substring("intern.".length()), v.label()) : v.label(),
						alsTekst(v.voor()), alsTekst(v.na())))
				.toList());
		}
		return "register/versies";
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/{id}/herstel")
	String herstel(@PathVariable UUID id, @RequestParam int nummer, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		try {
			dienst.herstel(aanvrager.organisatieCode(), id, nummer, aanvrager);
			doorgeven.addFlashAttribute("melding", "register.pagina.hersteld");
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("stapfouten", fout.fouten().stream().map(f -> tekst(f.melding())).toList());
		}
		return "redirect:/toepassingen/" + id;
	}

	// --- van formulier naar invoer

	/** The standard's fields from the form, by their keys; empty fields and empty group rows are left out. */
	private Map<String, Object> standaardUit(MultiValueMap<String, String> invoer) {
		Map<String, Object> standaard = new LinkedHashMap<>();
		for (Veld veld : catalogus.velden()) {
			String sleutel = veld.sleutel();
			if (veld.isVast()) {
				continue;
			}
			if ("keuzes".equals(veld.type())) {
				List<String> gekozen = invoer.getOrDefault(sleutel, List.of()).stream().filter(t -> !leeg(t)).toList();
				if (!gekozen.isEmpty()) {
					standaard.put(sleutel, gekozen);
				}
			}
			else if (veld.isGroep()) {
				List<Map<String, Object>> items = new ArrayList<>();
				for (int i = 0; i < MAX_RIJEN; i++) {
					Map<String, Object> item = new LinkedHashMap<>();
					for (Veld onderdeel : veld.onderdelen()) {
						String waarde = invoer.getFirst(sleutel + "[" + i + "]." + onderdeel.sleutel());
						if (!leeg(waarde)) {
							item.put(onderdeel.sleutel(), waarde.strip());
						}
					}
					if (!item.isEmpty()) {
						items.add(item);
					}
				}
				if (!items.isEmpty()) {
					standaard.put(sleutel, items);
				}
			}
			else if (!leeg(invoer.getFirst(sleutel))) {
				standaard.put(sleutel, invoer.getFirst(sleutel));
			}
		}
		return standaard;
	}

	/** The internal fields as typed (strings and lists), so a refused form shows them back unchanged. */
	private static Map<String, Object> internUit(MultiValueMap<String, String> invoer) {
		Map<String, Object> intern = new LinkedHashMap<>();
		for (String veld : List.of("eigenaar", "verantwoordelijke", "afdelingId", "leverancier", "product", "herkomst",
				"land", "soort", "levensfase", "toolbeleid", "voorwaarden", "reviewdatum")) {
			String waarde = invoer.getFirst("intern." + veld);
			if (!leeg(waarde)) {
				intern.put(veld, waarde.strip());
			}
		}
		for (String veld : List.of("teamIds", "dataclassificaties", "gekoppeld")) {
			List<String> waarden = invoer.getOrDefault("intern." + veld, List.of()).stream().filter(t -> !leeg(t)).toList();
			if (!waarden.isEmpty()) {
				intern.put(veld, waarden);
			}
		}
		return intern;
	}

	/** The typed internal fields as the service's record; a value that cannot be read is an error at its field. */
	private static InterneGegevens interneGegevens(Map<String, Object> intern) {
		List<Veldfout> fouten = new ArrayList<>();
		var gegevens = new InterneGegevens(tekst(intern, "eigenaar"), tekst(intern, "verantwoordelijke"),
				lees(intern, "afdelingId", UUID::fromString, fouten), lijst(intern, "teamIds", UUID::fromString, fouten),
				tekst(intern, "leverancier"), tekst(intern, "product"),
				lees(intern, "herkomst", InterneGegevens.Herkomst::valueOf, fouten), tekst(intern, "land"),
				lees(intern, "soort", InterneGegevens.Soort::valueOf, fouten),
				lees(intern, "levensfase", InterneGegevens.Levensfase::valueOf, fouten),
				lees(intern, "toolbeleid", InterneGegevens.Toolbeleid::valueOf, fouten), tekst(intern, "voorwaarden"),
				lijst(intern, "dataclassificaties", InterneGegevens.Dataclassificatie::valueOf, fouten),
				lees(intern, "reviewdatum", LocalDate::parse, fouten), lijst(intern, "gekoppeld", UUID::fromString, fouten));
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		return gegevens;
	}

	private static String tekst(Map<String, Object> intern, String veld) {
		Object waarde = intern.get(veld);
		return waarde == null ? null : String.valueOf(waarde);
	}

	private static <T> T lees(Map<String, Object> intern, String veld, Function<String, T> lezer, List<Veldfout> fouten) {
		Object waarde = intern.get(veld);
		if (waarde == null) {
			return null;
		}
		try {
			return lezer.apply(String.valueOf(waarde));
		}
		catch (IllegalArgumentException | DateTimeParseException fout) {
			fouten.add(new Veldfout("intern." + veld, "register.pagina.ongeldige-keuze"));
			return null;
		}
	}

	private static <T> List<T> lijst(Map<String, Object> intern, String veld, Function<String, T> lezer,
			List<Veldfout> fouten) {
		List<T> lijst = new ArrayList<>();
		if (intern.get(veld) instanceof Collection<?> waarden) {
			for (Object waarde : waarden) {
				try {
					lijst.add(lezer.apply(String.valueOf(waarde)));
				}
				catch (IllegalArgumentException fout) {
					fouten.add(new Veldfout("intern." + veld, "register.pagina.ongeldige-keuze"));
					break;
				}
			}
		}
		return lijst;
	}

	// --- weergave

	private ToepassingKop kop(Aanvrager aanvrager, UUID id) {
		return gids.kop(aanvrager.organisatieCode(), id).orElseThrow();
	}

	/** The teams as choices, a team under a department labelled with its path: "Sociaal domein › Jeugd". */
	private List<Keuze> teamkeuzes(String organisatieCode) {
		Map<UUID, String> labels = new LinkedHashMap<>();
		for (TeamInfo team : organisaties.teams(organisatieCode)) {
			String ouder = team.ouderId() == null ? null : labels.get(team.ouderId());
			labels.put(team.id(), ouder == null ? team.naam() : ouder + " › " + team.naam());
		}
		return labels.entrySet().stream().map(e -> new Keuze(e.getKey().toString(), e.getValue())).toList();
	}

	/** The linked toepassingen that still exist, by name; a link to a deleted record is simply not shown. */
	private List<Keuze> koppelingen(String organisatieCode, Object gekoppeld) {
		if (!(gekoppeld instanceof Collection<?> ids)) {
			return List.of();
		}
		Map<String, String> namen = new LinkedHashMap<>();
		gids.namen(organisatieCode).forEach((id, naam) -> namen.put(id.toString(), naam));
		return ids.stream()
			.map(String::valueOf)
			.filter(namen::containsKey)
			.map(id -> new Keuze(id, namen.get(id)))
			.toList();
	}

	/** What is saved now where it differs from what the user typed: label and current value. */
	private List<VerschilRegel> conflictVerschillen(Map<String, Object> huidig, Map<String, Object> getypt) {
		List<VerschilRegel> verschillen = new ArrayList<>();
		for (Veld veld : catalogus.velden()) {
			if (veld.isVast()) {
				continue;
			}
			String nu = alsTekst(huidig.get(veld.sleutel()));
			String jij = alsTekst(getypt.get(veld.sleutel()));
			if (!Objects.equals(nu.strip(), jij.strip())) {
				verschillen.add(new VerschilRegel(veld.label(), nu, jij));
			}
		}
		return verschillen;
	}

	private Map<String, String> internLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (var component : InterneGegevens.class.getRecordComponents()) {
			labels.put(component.getName(), tekst("register.intern.veld." + component.getName()));
		}
		return labels;
	}

	/** A stored value as one line of text: lists joined, group items as "title (link)". */
	static String alsTekst(Object waarde) {
		if (waarde == null) {
			return "";
		}
		if (waarde instanceof Collection<?> lijst) {
			List<String> delen = new ArrayList<>();
			for (Object item : lijst) {
				if (item instanceof Map<?, ?> m) {
					Object titel = m.get("title");
					Object link = m.get("link");
					delen.add(titel == null ? String.valueOf(link)
							: link == null ? String.valueOf(titel) : titel + " (" + link + ")");
				}
				else {
					delen.add(String.valueOf(item));
				}
			}
			return String.join("; ", delen);
		}
		return String.valueOf(waarde);
	}

	/** The service's messages are keys or finished sentences; a page needs text either way. */
	private Map<String, List<String>> teksten(OngeldigeInvoer fout) {
		Map<String, List<String>> perVeld = new LinkedHashMap<>();
		fout.perVeld().forEach((veld, meldingen) -> perVeld.put(veld, meldingen.stream().map(this::tekst).toList()));
		return perVeld;
	}

	private String tekst(String sleutelOfZin) {
		return berichten.getMessage(sleutelOfZin, null, sleutelOfZin, LocaleContextHolder.getLocale());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> kaart(Object waarde) {
		return waarde instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	private static boolean magSchrijven(Aanvrager aanvrager) {
		return aanvrager.heeftRol(Rol.REGISTER_BEHEERDER) || aanvrager.heeftRol(Rol.AI_COORDINATOR);
	}

	private static Integer geheelGetal(String tekst) {
		try {
			return leeg(tekst) ? null : Integer.valueOf(tekst.strip());
		}
		catch (NumberFormatException fout) {
			return null;
		}
	}

	private static boolean leeg(String tekst) {
		return tekst == null || tekst.isBlank();
	}

}
