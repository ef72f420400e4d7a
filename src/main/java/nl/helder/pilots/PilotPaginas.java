// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.pilots.internal.Invoer;
import nl.helder.pilots.internal.Kpistand;
import nl.helder.pilots.internal.Metinglezer;
import nl.helder.pilots.internal.Pilot;
import nl.helder.pilots.internal.PilotDienst;
import nl.helder.register.Registergids;
import nl.helder.register.ToepassingKop;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The pilot pages: the tab on a toepassing, one page per pilot with its parts, a form per part (intake, plan, KPIs,
 * decision) and the municipality's portfolio. A refused form comes back with what was typed and the messages at the
 * fields; nothing is written.
 */
@Controller
class PilotPaginas {

	private static final String BASIS = "/toepassingen/{toepassingId}/pilots";

	private static final String PILOT = BASIS + "/{pilotId}";

	private static final String SESSIE = "pilots.import";

	private final PilotDienst dienst;

	private final Registergids register;

	private final Organisatiegids organisaties;

	PilotPaginas(PilotDienst dienst, Registergids register, Organisatiegids organisaties) {
		this.dienst = dienst;
		this.register = register;
		this.organisaties = organisaties;
	}

	/** A checked CSV file waiting for confirmation, bound to one pilot. */
	record Gecontroleerd(UUID pilotId, String inhoud) implements java.io.Serializable {
	}

	@Toegang(ingelogd = true)
	@GetMapping(BASIS)
	String lijst(@PathVariable UUID toepassingId, Aanvrager aanvrager, Model model) {
		model.addAttribute("kop", kop(aanvrager, toepassingId));
		model.addAttribute("pilots", dienst.lijst(aanvrager.organisatieCode(), toepassingId));
		model.addAttribute("toepassingId", toepassingId);
		model.addAttribute("magBewerken", magBewerken(aanvrager));
		return "pilots/lijst";
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(BASIS)
	String maakAan(@PathVariable UUID toepassingId, @RequestParam(required = false) String titel, Aanvrager aanvrager,
			Model model) {
		try {
			Pilot pilot = dienst.maakAan(aanvrager.organisatieCode(), toepassingId, titel, aanvrager);
			return "redirect:/toepassingen/" + toepassingId + "/pilots/" + pilot.id() + "/intake";
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("titel", titel);
			return lijst(toepassingId, aanvrager, model);
		}
	}

	@Toegang(ingelogd = true)
	@GetMapping(PILOT)
	String pilot(@PathVariable UUID toepassingId, @PathVariable UUID pilotId, Aanvrager aanvrager, Model model) {
		Pilot pilot = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		basis(model, aanvrager, pilot);
		model.addAttribute("signalen", dienst.signalen(pilot));
		model.addAttribute("kpis", dienst.kpistanden(pilot));
		model.addAttribute("criteria", dienst.criteria(pilot));
		Map<UUID, String> teamnamen = new LinkedHashMap<>();
		organisaties.teams(aanvrager.organisatieCode()).forEach(t -> teamnamen.put(t.id(), t.naam()));
		model.addAttribute("teamnamen", teamnamen);
		return "pilots/pilot";
	}

	// --- intake

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@GetMapping(PILOT + "/intake")
	String intake(@PathVariable UUID toepassingId, @PathVariable UUID pilotId, Aanvrager aanvrager, Model model) {
		Pilot p = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		Map<String, Invoer.Score> scores = new LinkedHashMap<>();
		p.scores().forEach((id, s) -> {
			if (s instanceof Map<?, ?> m) {
				scores.put(id, new Invoer.Score(m.get("score") == null ? null : String.valueOf(m.get("score")),
						m.get("toelichting") == null ? null : String.valueOf(m.get("toelichting"))));
			}
		});
		Invoer.Intake invoer = new Invoer.Intake(p.titel(), p.probleem(), p.probleemhouder(), p.huidigProces(),
				p.waaromAi(), p.alternatieven(), scores, p.intakeUitkomst() == null ? null : p.intakeUitkomst().name(),
				p.intakeRedenen(), p.revisie());
		return intakeFormulier(model, aanvrager, p, invoer, Map.of());
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(PILOT + "/intake")
	String bewaarIntake(@PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestParam MultiValueMap<String, String> formulier, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		Pilot p = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		Map<String, Invoer.Score> scores = new LinkedHashMap<>();
		dienst.criteria(p).criteria()
			.forEach(c -> scores.put(c.id(), new Invoer.Score(formulier.getFirst("score-" + c.id()),
					formulier.getFirst("toelichting-" + c.id()))));
		Invoer.Intake invoer = new Invoer.Intake(formulier.getFirst("titel"), formulier.getFirst("probleem"),
				formulier.getFirst("probleemhouder"), formulier.getFirst("huidigProces"), formulier.getFirst("waaromAi"),
				formulier.getFirst("alternatieven"), scores, formulier.getFirst("uitkomst"), formulier.getFirst("redenen"),
				getal(formulier.getFirst("revisie")));
		return bewaar(model, () -> dienst.bewaarIntake(aanvrager.organisatieCode(), toepassingId, pilotId, invoer, aanvrager),
				"pilot.pagina.intake-opgeslagen", doorgeven, toepassingId, pilotId,
				fouten -> intakeFormulier(model, aanvrager, p, invoer, fouten));
	}

	private String intakeFormulier(Model model, Aanvrager aanvrager, Pilot pilot, Invoer.Intake invoer,
			Map<String, List<String>> fouten) {
		basis(model, aanvrager, pilot);
		model.addAttribute("invoer", invoer);
		model.addAttribute("criteria", dienst.criteria(pilot));
		model.addAttribute("uitkomsten", Intakeuitkomst.values());
		model.addAttribute("fouten", fouten);
		return "pilots/intake";
	}

	// --- plan

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@GetMapping(PILOT + "/plan")
	String plan(@PathVariable UUID toepassingId, @PathVariable UUID pilotId, Aanvrager aanvrager, Model model) {
		Pilot p = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		Invoer.Plan invoer = new Invoer.Plan(p.leerdoelen(), p.teams().stream().map(UUID::toString).toList(),
				p.aantalDeelnemers() == null ? null : String.valueOf(p.aantalDeelnemers()), iso(p.startdatum()),
				iso(p.einddatum()), p.kpis(), iso(p.vervolgmetingOp()), p.orSoort() == null ? null : p.orSoort().name(),
				iso(p.orDatum()), p.orUitkomst(), iso(p.medewerkersGeinformeerdOp()), p.revisie());
		return planFormulier(model, aanvrager, p, invoer, Map.of());
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(PILOT + "/plan")
	String bewaarPlan(@PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestParam MultiValueMap<String, String> formulier, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		Pilot p = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		Invoer.Plan invoer = new Invoer.Plan(formulier.getFirst("leerdoelen"), lijst(formulier.get("teams")),
				formulier.getFirst("aantalDeelnemers"), formulier.getFirst("startdatum"), formulier.getFirst("einddatum"),
				lijst(formulier.get("kpis")), formulier.getFirst("vervolgmetingOp"), formulier.getFirst("orSoort"),
				formulier.getFirst("orDatum"), formulier.getFirst("orUitkomst"),
				formulier.getFirst("medewerkersGeinformeerdOp"), getal(formulier.getFirst("revisie")));
		return bewaar(model, () -> dienst.bewaarPlan(aanvrager.organisatieCode(), toepassingId, pilotId, invoer, aanvrager),
				"pilot.pagina.plan-opgeslagen", doorgeven, toepassingId, pilotId,
				fouten -> planFormulier(model, aanvrager, p, invoer, fouten));
	}

	private String planFormulier(Model model, Aanvrager aanvrager, Pilot pilot, Invoer.Plan invoer,
			Map<String, List<String>> fouten) {
		basis(model, aanvrager, pilot);
		model.addAttribute("invoer", invoer);
		model.addAttribute("teams", organisaties.teams(aanvrager.organisatieCode()));
		model.addAttribute("kpisoorten", dienst.data().kpis());
		model.addAttribute("suggesties", dienst.data().leerdoelen());
		model.addAttribute("signalen", dienst.signalen(pilot));
		model.addAttribute("orSoorten", OrSoort.values());
		model.addAttribute("fouten", fouten);
		return "pilots/plan";
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(PILOT + "/start")
	String start(@PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestParam(required = false) String revisie, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		try {
			dienst.start(aanvrager.organisatieCode(), toepassingId, pilotId, getal(revisie), aanvrager);
			doorgeven.addFlashAttribute("melding", "pilot.pagina.gestart");
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("stapfouten", fout.fouten().stream().map(f -> dienst.bericht(f.melding())).toList());
		}
		catch (Conflict | OptimisticLockingFailureException conflict) {
			doorgeven.addFlashAttribute("stapfouten", List.of(dienst.bericht("pilot.pagina.conflict")));
		}
		return "redirect:/toepassingen/" + toepassingId + "/pilots/" + pilotId;
	}

	// --- KPIs

	@Toegang(ingelogd = true)
	@GetMapping(PILOT + "/kpis")
	String kpis(@PathVariable UUID toepassingId, @PathVariable UUID pilotId, Aanvrager aanvrager, Model model) {
		Pilot p = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		return kpiPagina(model, aanvrager, p, new Invoer.Waarneming(p.kpis().isEmpty() ? null : p.kpis().get(0),
				"nulmeting", iso(dienst.vandaag()), null), Map.of());
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(PILOT + "/kpis")
	String voegToe(@PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestParam(required = false) String kpi, @RequestParam(required = false) String moment,
			@RequestParam(required = false) String datum, @RequestParam(required = false) String waarde,
			Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		Pilot p = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		Invoer.Waarneming invoer = new Invoer.Waarneming(kpi, moment, datum, waarde);
		try {
			dienst.voegToe(aanvrager.organisatieCode(), toepassingId, pilotId, invoer, aanvrager);
			doorgeven.addFlashAttribute("melding", "pilot.pagina.meting-opgeslagen");
			return "redirect:/toepassingen/" + toepassingId + "/pilots/" + pilotId + "/kpis";
		}
		catch (OngeldigeInvoer fout) {
			Map<String, List<String>> fouten = new LinkedHashMap<>(teksten(fout));
			// A refusal of the phase has no field on the page: it is shown above the form.
			List<String> fase = fouten.remove("fase");
			if (fase != null) {
				model.addAttribute("stapfouten", fase);
			}
			return kpiPagina(model, aanvrager, p, invoer, fouten);
		}
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(PILOT + "/kpis/{waarnemingId}/verwijderen")
	String verwijder(@PathVariable UUID toepassingId, @PathVariable UUID pilotId, @PathVariable UUID waarnemingId,
			Aanvrager aanvrager, RedirectAttributes doorgeven) {
		try {
			dienst.verwijder(aanvrager.organisatieCode(), toepassingId, pilotId, waarnemingId);
			doorgeven.addFlashAttribute("melding", "pilot.pagina.meting-verwijderd");
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("stapfouten", fout.fouten().stream().map(f -> dienst.bericht(f.melding())).toList());
		}
		return "redirect:/toepassingen/" + toepassingId + "/pilots/" + pilotId + "/kpis";
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(PILOT + "/kpis/import")
	String proef(@PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestParam(name = "bestand", required = false) MultipartFile bestand, Aanvrager aanvrager,
			HttpSession sessie, Model model) {
		Pilot p = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		sessie.removeAttribute(SESSIE);
		String inhoud = inhoud(bestand);
		try {
			Metinglezer.Rapport rapport = dienst.proef(aanvrager.organisatieCode(), toepassingId, pilotId, inhoud);
			model.addAttribute("rapport", rapport);
			model.addAttribute("importfouten", dienst.fouten(rapport).stream().map(f -> f.melding()).toList());
			if (!rapport.heeftFouten()) {
				sessie.setAttribute(SESSIE, new Gecontroleerd(pilotId, inhoud));
			}
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("importfouten", fout.fouten().stream().map(f -> dienst.bericht(f.melding())).toList());
		}
		return kpiPagina(model, aanvrager, p, new Invoer.Waarneming(null, "nulmeting", iso(dienst.vandaag()), null), Map.of());
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(PILOT + "/kpis/import/bevestiging")
	String importeer(@PathVariable UUID toepassingId, @PathVariable UUID pilotId, Aanvrager aanvrager,
			HttpSession sessie, Model model, RedirectAttributes doorgeven) {
		Pilot p = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		Invoer.Waarneming leeg = new Invoer.Waarneming(null, "nulmeting", iso(dienst.vandaag()), null);
		if (!(sessie.getAttribute(SESSIE) instanceof Gecontroleerd bestand) || !bestand.pilotId().equals(pilotId)) {
			model.addAttribute("importfouten", List.of(dienst.bericht("pilot.import.verlopen")));
			return kpiPagina(model, aanvrager, p, leeg, Map.of());
		}
		try {
			Metinglezer.Rapport rapport = dienst.importeer(aanvrager.organisatieCode(), toepassingId, pilotId,
					bestand.inhoud(), aanvrager);
			doorgeven.addFlashAttribute("melding", "pilot.pagina.import-klaar");
			doorgeven.addFlashAttribute("aantalGeimporteerd", rapport.regels().size());
			return "redirect:/toepassingen/" + toepassingId + "/pilots/" + pilotId + "/kpis";
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("importfouten", fout.fouten().stream().map(f -> dienst.bericht(f.melding())).toList());
			return kpiPagina(model, aanvrager, p, leeg, Map.of());
		}
		finally {
			sessie.removeAttribute(SESSIE);
		}
	}

	private String kpiPagina(Model model, Aanvrager aanvrager, Pilot pilot, Invoer.Waarneming invoer,
			Map<String, List<String>> fouten) {
		basis(model, aanvrager, pilot);
		model.addAttribute("kpis", dienst.kpistanden(pilot));
		model.addAttribute("waarnemingen", dienst.waarnemingen(pilot));
		model.addAttribute("kpisoorten", dienst.data().kpis());
		Map<String, String> kpinamen = new LinkedHashMap<>();
		dienst.data().kpis().forEach(k -> kpinamen.put(k.id(), k.naam()));
		model.addAttribute("kpinamen", kpinamen);
		model.addAttribute("invoer", invoer);
		model.addAttribute("fouten", fouten);
		return "pilots/kpis";
	}

	// --- decision

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@GetMapping(PILOT + "/besluit")
	String besluit(@PathVariable UUID toepassingId, @PathVariable UUID pilotId, Aanvrager aanvrager, Model model) {
		Pilot p = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		return besluitFormulier(model, aanvrager, p, new Invoer.Besluit(null, null, null, false, p.revisie()), Map.of());
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(PILOT + "/besluit")
	String bewaarBesluit(@PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestParam(required = false) String besluit, @RequestParam(required = false) String redenen,
			@RequestParam(required = false) String lessen, @RequestParam(required = false) String lessenDeelbaar,
			@RequestParam(required = false) String revisie, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		Pilot p = dienst.toon(aanvrager.organisatieCode(), toepassingId, pilotId);
		Invoer.Besluit invoer = new Invoer.Besluit(besluit, redenen, lessen, "ja".equals(lessenDeelbaar), getal(revisie));
		return bewaar(model, () -> dienst.besluit(aanvrager.organisatieCode(), toepassingId, pilotId, invoer, aanvrager),
				"pilot.pagina.besluit-opgeslagen", doorgeven, toepassingId, pilotId,
				fouten -> besluitFormulier(model, aanvrager, p, invoer, fouten));
	}

	private String besluitFormulier(Model model, Aanvrager aanvrager, Pilot pilot, Invoer.Besluit invoer,
			Map<String, List<String>> fouten) {
		basis(model, aanvrager, pilot);
		model.addAttribute("invoer", invoer);
		model.addAttribute("kpis", dienst.kpistanden(pilot));
		model.addAttribute("besluiten", Besluit.values());
		model.addAttribute("fouten", fouten);
		return "pilots/besluit";
	}

	// --- portfolio

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO, Rol.BEHEERDER })
	@GetMapping("/pilots")
	String portfolio(Aanvrager aanvrager, Model model) {
		List<PilotDienst.Portfoliorij> rijen = dienst.portfolio(aanvrager.organisatieCode());
		Map<String, List<PilotDienst.Portfoliorij>> perFase = new LinkedHashMap<>();
		for (Pilotfase fase : Pilotfase.values()) {
			perFase.put(fase.name(), rijen.stream().filter(r -> r.pilot().fase() == fase).toList());
		}
		model.addAttribute("perFase", perFase);
		model.addAttribute("achterstand", rijen.stream().filter(r -> !r.achterstanden().isEmpty()).toList());
		model.addAttribute("besluiten", rijen.stream().filter(r -> r.pilot().besluit() != null).toList());
		model.addAttribute("waarde", rijen.stream().flatMap(r -> r.kpis().stream()
			.filter(k -> k.laatsteVervolg() != null)
			.map(k -> new Waarde(r, k))).toList());
		return "pilots/portfolio";
	}

	/** One KPI change of one pilot in the portfolio. */
	public record Waarde(PilotDienst.Portfoliorij rij, Kpistand kpi) {
	}

	// --- helpers

	private interface Formulier {

		String toon(Map<String, List<String>> fouten);

	}

	private String bewaar(Model model, Supplier<Pilot> actie, String melding, RedirectAttributes doorgeven,
			UUID toepassingId, UUID pilotId, Formulier formulier) {
		try {
			actie.get();
			doorgeven.addFlashAttribute("melding", melding);
			return "redirect:/toepassingen/" + toepassingId + "/pilots/" + pilotId;
		}
		catch (OngeldigeInvoer fout) {
			return formulier.toon(teksten(fout));
		}
		catch (Conflict | OptimisticLockingFailureException conflict) {
			model.addAttribute("conflict", true);
			return formulier.toon(Map.of());
		}
	}

	private Map<String, List<String>> teksten(OngeldigeInvoer fout) {
		Map<String, List<String>> perVeld = new LinkedHashMap<>();
		fout.perVeld().forEach((veld, meldingen) -> perVeld.put(veld, meldingen.stream().map(dienst::bericht).toList()));
		return perVeld;
	}

	private void basis(Model model, Aanvrager aanvrager, Pilot pilot) {
		model.addAttribute("kop", kop(aanvrager, pilot.toepassingId()));
		model.addAttribute("p", pilot);
		model.addAttribute("toepassingId", pilot.toepassingId());
		model.addAttribute("magBewerken", magBewerken(aanvrager));
	}

	private ToepassingKop kop(Aanvrager aanvrager, UUID toepassingId) {
		return register.kop(aanvrager.organisatieCode(), toepassingId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean magBewerken(Aanvrager aanvrager) {
		return aanvrager.heeftRol(Rol.AI_COORDINATOR) || aanvrager.heeftRol(Rol.AICO);
	}

	private static String inhoud(MultipartFile bestand) {
		if (bestand == null || bestand.isEmpty()) {
			return "";
		}
		try {
			return new String(bestand.getBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException fout) {
			return "";
		}
	}

	private static List<String> lijst(List<String> waarden) {
		return waarden == null ? List.of() : new ArrayList<>(waarden);
	}

	private static String iso(java.time.LocalDate datum) {
		return datum == null ? null : datum.toString();
	}

	private static Long getal(String tekst) {
		try {
			return tekst == null || tekst.isBlank() ? null : Long.valueOf(tekst.strip());
		}
		catch (NumberFormatException fout) {
			return null;
		}
	}

}
