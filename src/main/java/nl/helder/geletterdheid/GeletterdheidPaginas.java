// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.geletterdheid.internal.AfrondingImport;
import nl.helder.geletterdheid.internal.Bron;
import nl.helder.geletterdheid.internal.Dekking;
import nl.helder.geletterdheid.internal.DekkingDienst;
import nl.helder.geletterdheid.internal.GeletterdheidDienst;
import nl.helder.geletterdheid.internal.Importverslag;
import nl.helder.geletterdheid.internal.Medewerker;
import nl.helder.geletterdheid.internal.Niveau;
import nl.helder.geletterdheid.internal.Onderwerpen;
import nl.helder.geletterdheid.internal.RoosterImport;
import nl.helder.geletterdheid.internal.Toepassingsrolsoort;
import nl.helder.geletterdheid.internal.Training;
import nl.helder.geletterdheid.internal.Voorwaarde;
import nl.helder.geletterdheid.internal.Vorm;
import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.TeamInfo;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The AI literacy pages: coverage for HR, the AI coordinator and teamleiders; roster, catalogue, rules and import for
 * HR and the AI coordinator; and every employee's own trainings.
 */
@Controller
class GeletterdheidPaginas {

	static final String SESSIE = "geletterdheid.import.bestand";

	static final String SESSIE_ROOSTER = "geletterdheid.rooster.bestand";

	static final int MAX_GATEN = 200;

	private final GeletterdheidDienst dienst;

	private final DekkingDienst dekking;

	private final AfrondingImport importeur;

	private final RoosterImport rooster;

	private final Organisatiegids organisaties;

	private final Registergids register;

	private final MessageSource berichten;

	GeletterdheidPaginas(GeletterdheidDienst dienst, DekkingDienst dekking, AfrondingImport importeur,
			RoosterImport rooster, Organisatiegids organisaties, Registergids register, MessageSource berichten) {
		this.dienst = dienst;
		this.dekking = dekking;
		this.importeur = importeur;
		this.rooster = rooster;
		this.organisaties = organisaties;
		this.register = register;
		this.berichten = berichten;
	}

	/** The checked file, for the organisation it was checked for. */
	record Gecontroleerd(String organisatieCode, byte[] inhoud) implements java.io.Serializable {
	}

	// --- coverage

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER })
	@GetMapping("/geletterdheid")
	String overzicht(Aanvrager aanvrager, Model model) {
		Dekking.Uitkomst uitkomst = dekking.voor(aanvrager);
		model.addAttribute("uitkomst", uitkomst);
		model.addAttribute("alles", DekkingDienst.zietAlles(aanvrager));
		// The most urgent first; a long list helps nobody on a page, the API and the report have them all.
		List<Dekking.Gat> gaten = uitkomst.gaten();
		model.addAttribute("gaten", gaten.subList(0, Math.min(gaten.size(), MAX_GATEN)));
		model.addAttribute("gatenTotaal", gaten.size());
		model.addAttribute("teTeBevestigen", DekkingDienst.zietAlles(aanvrager) ? dienst.aantalTeBevestigen(aanvrager.organisatieCode()) : 0L);
		labels(model);
		return "geletterdheid/overzicht";
	}

	// --- roster

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/geletterdheid/medewerkers")
	String medewerkers(Aanvrager aanvrager, Model model) {
		String org = aanvrager.organisatieCode();
		model.addAttribute("medewerkers", dienst.medewerkers(org));
		model.addAttribute("teams", organisaties.teams(org));
		model.addAttribute("teamnamen", teamnamen(org));
		if (!model.containsAttribute("invoer")) {
			model.addAttribute("invoer", Map.of());
		}
		return "geletterdheid/medewerkers";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/medewerkers")
	String nieuweMedewerker(@RequestParam Map<String, String> invoer, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		try {
			LocalDate inDienst = datum(invoer.get("inDienst"), "inDienst");
			Medewerker m = dienst.slaMedewerkerOp(aanvrager.organisatieCode(), null, null,
					new GeletterdheidDienst.Medewerkergegevens(invoer.get("personeelsnummer"), invoer.get("naam"),
							uuid(invoer.get("teamId"), "teamId"), invoer.get("functiegroep"), invoer.get("email"), inDienst));
			doorgeven.addFlashAttribute("melding", "geletterdheid.medewerker.opgeslagen");
			return "redirect:/geletterdheid/medewerkers/" + m.id();
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("invoer", invoer);
			return medewerkers(aanvrager, model);
		}
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/geletterdheid/medewerkers/import")
	String roosterformulier() {
		return "geletterdheid/rooster-import";
	}

	/** Checks an export of the HR system and keeps it in the session until the user confirms; nothing is stored. */
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/medewerkers/import")
	String controleerRooster(@RequestParam(name = "bestand", required = false) MultipartFile bestand,
			Aanvrager aanvrager, HttpSession sessie, Model model) {
		return controleer(bestand, aanvrager, sessie, model, SESSIE_ROOSTER, "geletterdheid/rooster-import",
				(org, inhoud) -> rooster.proef(org, inhoud, LocaleContextHolder.getLocale()));
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/medewerkers/import/bevestiging")
	String importeerRooster(Aanvrager aanvrager, HttpSession sessie, Model model, RedirectAttributes doorgeven) {
		return bevestig(aanvrager, sessie, model, SESSIE_ROOSTER, "geletterdheid/rooster-import",
				(org, inhoud) -> rooster.importeer(org, inhoud, LocaleContextHolder.getLocale()),
				rapport -> doorgeven.addFlashAttribute("melding", "geletterdheid.rooster.klaar"),
				"redirect:/geletterdheid/medewerkers");
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/geletterdheid/medewerkers/{id}")
	String medewerker(@PathVariable UUID id, Aanvrager aanvrager, Model model) {
		String org = aanvrager.organisatieCode();
		Medewerker m = dienst.medewerker(org, id);
		model.addAttribute("medewerker", m);
		model.addAttribute("teamnamen", teamnamen(org));
		model.addAttribute("trainingen", dienst.trainingen(org));
		model.addAttribute("trainingnamen", dienst.trainingen(org).stream().collect(Collectors.toMap(Training::id, Training::titel)));
		model.addAttribute("afrondingen", dienst.afrondingenVan(org, id));
		model.addAttribute("koppelingen", dienst.toepassingsrollen(org, id));
		model.addAttribute("toepassingen", register.namen(org));
		Dekking.Uitkomst uitkomst = dekking.bereken(org, new DekkingDienst.Zicht(true, java.util.Set.of()), dienst.vandaag());
		model.addAttribute("stand", uitkomst.stand(id));
		labels(model);
		return "geletterdheid/medewerker";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/geletterdheid/medewerkers/{id}/wijzigen")
	String wijzigMedewerkerPagina(@PathVariable UUID id, Aanvrager aanvrager, Model model) {
		Medewerker m = dienst.medewerker(aanvrager.organisatieCode(), id);
		Map<String, String> invoer = new HashMap<>();
		invoer.put("personeelsnummer", m.personeelsnummer());
		invoer.put("naam", m.naam());
		invoer.put("teamId", m.teamId() == null ? "" : m.teamId().toString());
		invoer.put("functiegroep", m.functiegroep());
		invoer.put("email", m.email());
		invoer.put("inDienst", m.inDienst() == null ? null : m.inDienst().toString());
		return medewerkerFormulier(aanvrager, model, m, invoer, String.valueOf(m.revisie()));
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/medewerkers/{id}/wijzigen")
	String wijzigMedewerker(@PathVariable UUID id, @RequestParam Map<String, String> invoer, Aanvrager aanvrager,
			Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
		String org = aanvrager.organisatieCode();
		try {
			dienst.slaMedewerkerOp(org, id, revisie(invoer.get("revisie")),
					new GeletterdheidDienst.Medewerkergegevens(invoer.get("personeelsnummer"), invoer.get("naam"),
							uuid(invoer.get("teamId"), "teamId"), invoer.get("functiegroep"), invoer.get("email"),
							datum(invoer.get("inDienst"), "inDienst")));
			doorgeven.addFlashAttribute("melding", "geletterdheid.medewerker.opgeslagen");
			return "redirect:/geletterdheid/medewerkers/" + id;
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			model.addAttribute("fouten", fout.perVeld());
			return medewerkerFormulier(aanvrager, model, dienst.medewerker(org, id), invoer, invoer.get("revisie"));
		}
		catch (Conflict | OptimisticLockingFailureException conflict) {
			antwoord.setStatus(409);
			model.addAttribute("conflict", true);
			Medewerker nu = dienst.medewerker(org, id);
			return medewerkerFormulier(aanvrager, model, nu, invoer, String.valueOf(nu.revisie()));
		}
	}

	private String medewerkerFormulier(Aanvrager aanvrager, Model model, Medewerker m, Map<String, String> invoer,
			String revisie) {
		model.addAttribute("medewerker", m);
		model.addAttribute("teams", organisaties.teams(aanvrager.organisatieCode()));
		model.addAttribute("invoer", invoer);
		model.addAttribute("revisie", revisie);
		return "geletterdheid/medewerker-wijzigen";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/medewerkers/{id}/afrondingen")
	String nieuweAfronding(@PathVariable UUID id, @RequestParam(required = false) String trainingId,
			@RequestParam(required = false) String datum, Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		try {
			dienst.registreer(aanvrager.organisatieCode(), id, uuid(trainingId, "trainingId"), datum(datum, "datum"),
					Bron.HANDMATIG, aanvrager);
			doorgeven.addFlashAttribute("melding", "geletterdheid.afronding.opgeslagen");
			return "redirect:/geletterdheid/medewerkers/" + id;
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("datumInvoer", datum);
			return medewerker(id, aanvrager, model);
		}
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/medewerkers/{id}/toepassingen")
	String koppel(@PathVariable UUID id, @RequestParam(required = false) String toepassingId,
			@RequestParam(required = false) String rol, Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		try {
			dienst.koppel(aanvrager.organisatieCode(), id, uuid(toepassingId, "toepassingId"), rolsoort(rol));
			doorgeven.addFlashAttribute("melding", "geletterdheid.koppeling.opgeslagen");
			return "redirect:/geletterdheid/medewerkers/" + id;
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			return medewerker(id, aanvrager, model);
		}
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/medewerkers/{id}/toepassingen/{koppeling}/verwijderen")
	String ontkoppel(@PathVariable UUID id, @PathVariable UUID koppeling, Aanvrager aanvrager,
			RedirectAttributes doorgeven) {
		dienst.ontkoppel(aanvrager.organisatieCode(), koppeling);
		doorgeven.addFlashAttribute("melding", "geletterdheid.koppeling.verwijderd");
		return "redirect:/geletterdheid/medewerkers/" + id;
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/afrondingen/{id}/bevestigen")
	String bevestig(@PathVariable UUID id, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		var afronding = dienst.bevestig(aanvrager.organisatieCode(), id);
		doorgeven.addFlashAttribute("melding", "geletterdheid.afronding.bevestigd");
		return "redirect:/geletterdheid/medewerkers/" + afronding.medewerkerId();
	}

	// --- catalogue

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/geletterdheid/trainingen")
	String trainingen(Aanvrager aanvrager, Model model) {
		model.addAttribute("trainingen", dienst.trainingen(aanvrager.organisatieCode()));
		if (!model.containsAttribute("invoer")) {
			model.addAttribute("invoer", Map.of());
		}
		labels(model);
		return "geletterdheid/trainingen";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/trainingen")
	String nieuweTraining(@RequestParam Map<String, String> invoer,
			@RequestParam(name = "onderwerpen", required = false) List<String> onderwerpen, Aanvrager aanvrager,
			Model model, RedirectAttributes doorgeven) {
		try {
			dienst.slaTrainingOp(aanvrager.organisatieCode(), null, null,
					trainingsgegevens(invoer, onderwerpen == null ? List.of() : onderwerpen));
			doorgeven.addFlashAttribute("melding", "geletterdheid.training.opgeslagen");
			return "redirect:/geletterdheid/trainingen";
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("invoer", invoer);
			model.addAttribute("gekozen", onderwerpen);
			return trainingen(aanvrager, model);
		}
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/geletterdheid/trainingen/{id}/wijzigen")
	String wijzigTrainingPagina(@PathVariable UUID id, Aanvrager aanvrager, Model model) {
		Training t = dienst.training(aanvrager.organisatieCode(), id);
		Map<String, String> invoer = new HashMap<>();
		invoer.put("code", t.code());
		invoer.put("titel", t.titel());
		invoer.put("niveau", t.niveau().name());
		invoer.put("vorm", t.vorm().name());
		invoer.put("aanbieder", t.aanbieder());
		invoer.put("duurUren", t.duurUren() == null ? null : t.duurUren().toPlainString().replace('.', ','));
		invoer.put("geldigMaanden", t.geldigMaanden() == null ? null : t.geldigMaanden().toString());
		invoer.put("aangebodenSinds", t.aangebodenSinds() == null ? null : t.aangebodenSinds().toString());
		return trainingFormulier(model, id, invoer, t.onderwerpen(), String.valueOf(t.revisie()));
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/trainingen/{id}/wijzigen")
	String wijzigTraining(@PathVariable UUID id, @RequestParam Map<String, String> invoer,
			@RequestParam(name = "onderwerpen", required = false) List<String> onderwerpen, Aanvrager aanvrager,
			Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
		String org = aanvrager.organisatieCode();
		List<String> gekozen = onderwerpen == null ? List.of() : onderwerpen;
		try {
			dienst.slaTrainingOp(org, id, revisie(invoer.get("revisie")), trainingsgegevens(invoer, gekozen));
			doorgeven.addFlashAttribute("melding", "geletterdheid.training.opgeslagen");
			return "redirect:/geletterdheid/trainingen";
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			model.addAttribute("fouten", fout.perVeld());
			dienst.training(org, id); // an unknown training is a 404, not a form
			return trainingFormulier(model, id, invoer, gekozen, invoer.get("revisie"));
		}
		catch (Conflict | OptimisticLockingFailureException conflict) {
			antwoord.setStatus(409);
			model.addAttribute("conflict", true);
			return trainingFormulier(model, id, invoer, gekozen, String.valueOf(dienst.training(org, id).revisie()));
		}
	}

	private String trainingFormulier(Model model, UUID id, Map<String, String> invoer, List<String> gekozen,
			String revisie) {
		model.addAttribute("trainingId", id);
		model.addAttribute("invoer", invoer);
		model.addAttribute("gekozen", gekozen);
		model.addAttribute("revisie", revisie);
		labels(model);
		return "geletterdheid/training-wijzigen";
	}

	private static Training.Trainingsgegevens trainingsgegevens(Map<String, String> invoer, List<String> onderwerpen) {
		return new Training.Trainingsgegevens(invoer.get("code"), invoer.get("titel"), keuze(Niveau.class, invoer.get("niveau")),
				onderwerpen, invoer.get("aanbieder"), decimaal(invoer.get("duurUren"), "duurUren"),
				geheel(invoer.get("geldigMaanden"), "geldigMaanden"), keuze(Vorm.class, invoer.get("vorm")),
				datum(invoer.get("aangebodenSinds"), "aangebodenSinds"));
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/trainingen/startcatalogus")
	String startcatalogus(Aanvrager aanvrager, RedirectAttributes doorgeven) {
		int aantal = dienst.laadStartcatalogus(aanvrager.organisatieCode());
		doorgeven.addFlashAttribute("melding", aantal == 0 ? "geletterdheid.startcatalogus.niets" : "geletterdheid.startcatalogus.geladen");
		return "redirect:/geletterdheid/trainingen";
	}

	// --- rules

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/geletterdheid/eisen")
	String eisen(Aanvrager aanvrager, Model model) {
		String org = aanvrager.organisatieCode();
		model.addAttribute("eisen", dienst.eisen(org));
		model.addAttribute("teams", organisaties.teams(org));
		model.addAttribute("toepassingen", register.namen(org));
		model.addAttribute("generatief", dienst.generatief(org));
		Map<String, String> waarden = new HashMap<>();
		teamnamen(org).forEach((id, naam) -> waarden.put(id.toString(), naam));
		register.namen(org).forEach((id, naam) -> waarden.put(id.toString(), naam));
		model.addAttribute("waardenamen", waarden);
		Map<String, String> rolkeuzes = new LinkedHashMap<>();
		for (Toepassingsrolsoort rol : Toepassingsrolsoort.values()) {
			rolkeuzes.put(rol.name().toLowerCase(java.util.Locale.ROOT), tekst("geletterdheid.rol." + rol.name()));
		}
		model.addAttribute("rolkeuzes", rolkeuzes);
		waarden.putAll(rolkeuzes);
		model.addAttribute("jakeuze", Map.of("ja", tekst("geletterdheid.ja")));
		if (!model.containsAttribute("invoer")) {
			model.addAttribute("invoer", Map.of());
		}
		labels(model);
		return "geletterdheid/eisen";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/eisen")
	String nieuweEis(@RequestParam Map<String, String> invoer, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		try {
			List<Voorwaarde> voorwaarden = new ArrayList<>();
			voeg(voorwaarden, "functiegroep", invoer.get("functiegroep"));
			voeg(voorwaarden, "team", invoer.get("team"));
			voeg(voorwaarden, "toepassing", invoer.get("toepassing"));
			voeg(voorwaarden, "toepassingsrol", invoer.get("toepassingsrol"));
			voeg(voorwaarden, "hoog-risico", invoer.get("hoogRisico"));
			voeg(voorwaarden, "generatief", invoer.get("generatief"));
			dienst.slaEisOp(aanvrager.organisatieCode(), new GeletterdheidDienst.Eisgegevens(invoer.get("naam"),
					keuze(Niveau.class, invoer.get("niveau")), voorwaarden, datum(invoer.get("uiterlijk"), "uiterlijk"),
					geheel(invoer.get("binnenDagen"), "binnenDagen")));
			doorgeven.addFlashAttribute("melding", "geletterdheid.eis.opgeslagen");
			return "redirect:/geletterdheid/eisen";
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("invoer", invoer);
			return eisen(aanvrager, model);
		}
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/eisen/{id}/verwijderen")
	String verwijderEis(@PathVariable UUID id, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		dienst.verwijderEis(aanvrager.organisatieCode(), id);
		doorgeven.addFlashAttribute("melding", "geletterdheid.eis.verwijderd");
		return "redirect:/geletterdheid/eisen";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/toepassingen/{toepassingId}/generatief")
	String zetGeneratief(@PathVariable UUID toepassingId, @RequestParam(defaultValue = "false") boolean generatief,
			Aanvrager aanvrager, RedirectAttributes doorgeven) {
		dienst.zetGeneratief(aanvrager.organisatieCode(), toepassingId, generatief);
		doorgeven.addFlashAttribute("melding", "geletterdheid.kenmerk.opgeslagen");
		return "redirect:/geletterdheid/eisen#generatief";
	}

	// --- import

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/geletterdheid/import")
	String importformulier() {
		return "geletterdheid/import";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/import")
	String controleer(@RequestParam(name = "bestand", required = false) MultipartFile bestand, Aanvrager aanvrager,
			HttpSession sessie, Model model) {
		return controleer(bestand, aanvrager, sessie, model, SESSIE, "geletterdheid/import",
				(org, inhoud) -> importeur.proef(org, inhoud, LocaleContextHolder.getLocale()));
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/geletterdheid/import/bevestiging")
	String importeer(Aanvrager aanvrager, HttpSession sessie, Model model, RedirectAttributes doorgeven) {
		return bevestig(aanvrager, sessie, model, SESSIE, "geletterdheid/import",
				(org, inhoud) -> importeur.importeer(org, inhoud, aanvrager, LocaleContextHolder.getLocale()),
				rapport -> doorgeven.addFlashAttribute("importmelding",
						tekst("geletterdheid.import.klaar", String.valueOf(rapport.goed()))),
				"redirect:/geletterdheid");
	}

	/** The dry run of a file import: the file is kept in the session only when every line is right. */
	private String controleer(MultipartFile bestand, Aanvrager aanvrager, HttpSession sessie, Model model, String sleutel,
			String pagina, BiFunction<String, byte[], ? extends Importverslag> proef) {
		sessie.removeAttribute(sleutel);
		try {
			byte[] inhoud = GeletterdheidApi.inhoud(bestand);
			Importverslag rapport = proef.apply(aanvrager.organisatieCode(), inhoud);
			if (!rapport.heeftFouten()) {
				sessie.setAttribute(sleutel, new Gecontroleerd(aanvrager.organisatieCode(), inhoud));
			}
			model.addAttribute("rapport", rapport);
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("meldingen", fout.fouten().stream().map(f -> tekst(f.melding())).toList());
		}
		return pagina;
	}

	/**
	 * Saves the checked file all or nothing. It is checked again inside the transaction, because the data may have
	 * changed since the dry run; the file leaves the session either way.
	 */
	private <R extends Importverslag> String bevestig(Aanvrager aanvrager, HttpSession sessie, Model model, String sleutel,
			String pagina, BiFunction<String, byte[], R> importeer, Consumer<R> klaar, String verder) {
		if (!(sessie.getAttribute(sleutel) instanceof Gecontroleerd bestand)
				|| !bestand.organisatieCode().equals(aanvrager.organisatieCode())) {
			model.addAttribute("meldingen", List.of(tekst("geletterdheid.import.verlopen")));
			return pagina;
		}
		try {
			R rapport = importeer.apply(aanvrager.organisatieCode(), bestand.inhoud());
			if (rapport.heeftFouten()) {
				model.addAttribute("rapport", rapport);
				return pagina;
			}
			klaar.accept(rapport);
			return verder;
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("meldingen", fout.fouten().stream().map(f -> tekst(f.melding())).toList());
			return pagina;
		}
		finally {
			sessie.removeAttribute(sleutel);
		}
	}

	// --- own trainings

	@Toegang(ingelogd = true)
	@GetMapping("/mijn-trainingen")
	String mijnTrainingen(Aanvrager aanvrager, Model model) {
		String org = aanvrager.organisatieCode();
		List<Medewerker> ik = dienst.vanGebruiker(org, aanvrager.persoonId());
		model.addAttribute("ik", ik);
		if (!ik.isEmpty()) {
			Dekking.Uitkomst uitkomst = dekking.bereken(org, new DekkingDienst.Zicht(true, java.util.Set.of()), dienst.vandaag());
			model.addAttribute("standen", ik.stream().map(m -> uitkomst.stand(m.id())).toList());
			Map<UUID, List<nl.helder.geletterdheid.internal.Afronding>> afrondingen = new LinkedHashMap<>();
			ik.forEach(m -> afrondingen.put(m.id(), dienst.afrondingenVan(org, m.id())));
			model.addAttribute("afrondingen", afrondingen);
		}
		model.addAttribute("trainingen", dienst.trainingen(org));
		model.addAttribute("trainingnamen", dienst.trainingen(org).stream().collect(Collectors.toMap(Training::id, Training::titel)));
		labels(model);
		return "geletterdheid/mijn-trainingen";
	}

	@Toegang(ingelogd = true)
	@PostMapping("/mijn-trainingen")
	String meld(@RequestParam(required = false) String trainingId, @RequestParam(required = false) String datum,
			Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		List<Medewerker> ik = dienst.vanGebruiker(aanvrager.organisatieCode(), aanvrager.persoonId());
		try {
			if (ik.isEmpty()) {
				throw new OngeldigeInvoer("trainingId", "geletterdheid.mijn.niet-gekoppeld");
			}
			dienst.registreer(aanvrager.organisatieCode(), ik.get(0).id(), uuid(trainingId, "trainingId"),
					datum(datum, "datum"), Bron.ZELF_GEMELD, aanvrager);
			doorgeven.addFlashAttribute("melding", "geletterdheid.mijn.gemeld");
			return "redirect:/mijn-trainingen";
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("datumInvoer", datum);
			return mijnTrainingen(aanvrager, model);
		}
	}

	// --- helpers

	private Map<UUID, String> teamnamen(String org) {
		return organisaties.teams(org).stream().collect(Collectors.toMap(TeamInfo::id, TeamInfo::naam, (a, b) -> a,
				LinkedHashMap::new));
	}

	/** Enum names as text, so templates need no keys composed at run time. */
	private void labels(Model model) {
		model.addAttribute("niveaus", enumLabels(Niveau.values(), "geletterdheid.niveau."));
		model.addAttribute("vormen", enumLabels(Vorm.values(), "geletterdheid.vorm."));
		model.addAttribute("bronnen", enumLabels(Bron.values(), "geletterdheid.bron."));
		model.addAttribute("statussen", enumLabels(Dekking.Status.values(), "geletterdheid.status."));
		model.addAttribute("rolsoorten", enumLabels(Toepassingsrolsoort.values(), "geletterdheid.rol."));
		model.addAttribute("feiten", enumLabels(Voorwaarde.Feit.values(), "geletterdheid.feit."));
		model.addAttribute("onderwerpen", Onderwerpen.namen());
	}

	private <E extends Enum<E>> Map<String, String> enumLabels(E[] waarden, String voorvoegsel) {
		return Arrays.stream(waarden)
			.collect(Collectors.toMap(Enum::name, e -> tekst(voorvoegsel + e.name()), (a, b) -> a, LinkedHashMap::new));
	}

	private static void voeg(List<Voorwaarde> lijst, String feit, String waarde) {
		if (waarde != null && !waarde.isBlank()) {
			lijst.add(new Voorwaarde(feit, waarde));
		}
	}

	private static Toepassingsrolsoort rolsoort(String tekst) {
		return keuze(Toepassingsrolsoort.class, tekst);
	}

	private static <E extends Enum<E>> E keuze(Class<E> soort, String tekst) {
		if (tekst == null || tekst.isBlank()) {
			return null;
		}
		return Arrays.stream(soort.getEnumConstants()).filter(e -> e.name().equals(tekst)).findFirst().orElse(null);
	}

	/** The revision the form was loaded with; an unreadable one can match no record, so it ends as a conflict. */
	private static Long revisie(String tekst) {
		try {
			return tekst == null || tekst.isBlank() ? null : Long.valueOf(tekst.strip());
		}
		catch (NumberFormatException onleesbaar) {
			return -1L;
		}
	}

	private static LocalDate datum(String tekst, String veld) {
		return leesOf(tekst, veld, LocalDate::parse, "geletterdheid.veld.datum");
	}

	private static UUID uuid(String tekst, String veld) {
		return leesOf(tekst, veld, UUID::fromString, "geletterdheid.veld.keuze");
	}

	private static Integer geheel(String tekst, String veld) {
		return leesOf(tekst, veld, Integer::valueOf, "geletterdheid.veld.geheel");
	}

	private static BigDecimal decimaal(String tekst, String veld) {
		return leesOf(tekst, veld, t -> new BigDecimal(t.replace(',', '.')), "geletterdheid.veld.getal");
	}

	private static <T> T leesOf(String tekst, String veld, Function<String, T> lezer, String melding) {
		if (tekst == null || tekst.isBlank()) {
			return null;
		}
		try {
			return lezer.apply(tekst.strip());
		}
		catch (RuntimeException onleesbaar) {
			throw new OngeldigeInvoer(veld, melding);
		}
	}

	private String tekst(String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, sleutel, LocaleContextHolder.getLocale());
	}

}
