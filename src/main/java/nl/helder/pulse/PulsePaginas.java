// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.pulse.internal.Golf;
import nl.helder.pulse.internal.PulseDienst;
import nl.helder.pulse.internal.PulseHerinneringen;
import nl.helder.pulse.internal.PulseRapporten;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The pulse for staff: the waves, preparing and opening one (HR, AI coordinator), the suppressed results as the
 * caller may see them, what was done with them, and the before/after view of a toepassing.
 */
@Controller
class PulsePaginas {

	private final PulseDienst dienst;

	private final PulseRapporten rapporten;

	private final Organisatiegids organisaties;

	private final Registergids register;

	private final MessageSource berichten;

	private final PulseHerinneringen herinneringen;

	PulsePaginas(PulseDienst dienst, PulseRapporten rapporten, Organisatiegids organisaties, Registergids register,
			MessageSource berichten, PulseHerinneringen herinneringen) {
		this.herinneringen = herinneringen;
		this.berichten = berichten;
		this.dienst = dienst;
		this.rapporten = rapporten;
		this.organisaties = organisaties;
		this.register = register;
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping("/pulse")
	String overzicht(Aanvrager aanvrager, Model model) {
		return overzichtPagina(aanvrager, model,
				new PulseDienst.Gegevens("", "", "", List.of(), "5", PulseDienst.INSTRUMENT), Map.of());
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/golven")
	String maak(@RequestParam(required = false) String titel, @RequestParam(required = false) String opent,
			@RequestParam(required = false) String sluit, @RequestParam(required = false) List<String> teams,
			@RequestParam(required = false) String k, @RequestParam(required = false) String instrument,
			Aanvrager aanvrager, Model model, HttpServletResponse antwoord) {
		PulseDienst.Gegevens gegevens = new PulseDienst.Gegevens(titel, opent, sluit, teams == null ? List.of() : teams, k,
				instrument);
		try {
			Golf golf = dienst.maak(aanvrager.organisatieCode(), gegevens, aanvrager);
			return "redirect:/pulse/golven/" + golf.id();
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			return overzichtPagina(aanvrager, model, gegevens, fout.perVeld());
		}
	}

	private String overzichtPagina(Aanvrager aanvrager, Model model, PulseDienst.Gegevens invoer,
			Map<String, List<String>> fouten) {
		model.addAttribute("golven", dienst.golven(aanvrager.organisatieCode()));
		model.addAttribute("magBeheren", magBeheren(aanvrager));
		model.addAttribute("teams", organisaties.teams(aanvrager.organisatieCode()));
		model.addAttribute("invoer", invoer);
		model.addAttribute("fouten", fouten);
		model.addAttribute("vandaag", dienst.vandaag());
		model.addAttribute("instrumentkeuzes", dienst.instrumentkeuzes(aanvrager.organisatieCode()));
		return "pulse/overzicht";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping("/pulse/golven/{id}")
	String golf(@PathVariable UUID id, Aanvrager aanvrager, Model model) {
		return golfPagina(id, aanvrager, model, Map.of());
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/golven/{id}/instemming")
	String instemming(@PathVariable UUID id, @RequestParam(required = false) String orInstemmingDatum,
			@RequestParam(required = false) String orInstemmingDocument,
			@RequestParam(required = false) String dpiaReferentie, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven, HttpServletResponse antwoord) {
		return stap(id, aanvrager, model, doorgeven, antwoord, () -> dienst.legInstemmingVast(aanvrager.organisatieCode(),
				id, orInstemmingDatum, orInstemmingDocument, dpiaReferentie), "pulse.melding.instemming", "");
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/golven/{id}/k")
	String k(@PathVariable UUID id, @RequestParam(required = false) String k, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven, HttpServletResponse antwoord) {
		return stap(id, aanvrager, model, doorgeven, antwoord, () -> dienst.zetK(aanvrager.organisatieCode(), id, k),
				"pulse.melding.k", "");
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/golven/{id}/openen")
	String open(@PathVariable UUID id, Aanvrager aanvrager, Model model, RedirectAttributes doorgeven,
			HttpServletResponse antwoord) {
		return stap(id, aanvrager, model, doorgeven, antwoord, () -> dienst.open(aanvrager.organisatieCode(), id),
				"pulse.melding.geopend", "");
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/golven/{id}/sluiten")
	String sluit(@PathVariable UUID id, Aanvrager aanvrager, Model model, RedirectAttributes doorgeven,
			HttpServletResponse antwoord) {
		return stap(id, aanvrager, model, doorgeven, antwoord, () -> dienst.sluit(aanvrager.organisatieCode(), id),
				"pulse.melding.gesloten", "");
	}

	// --- reminders and newcomers (PulseHerinneringen)

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/golven/{id}/herinneringen")
	String herinneringen(@PathVariable UUID id, @RequestParam(required = false) List<String> herinneringen,
			Aanvrager aanvrager, Model model, RedirectAttributes doorgeven, HttpServletResponse antwoord) {
		return stap(id, aanvrager, model, doorgeven, antwoord,
				() -> this.herinneringen.zetHerinneringen(aanvrager.organisatieCode(), id, herinneringen),
				"pulse.herinnering.melding", "#herinneringen-kop");
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/golven/{id}/nieuwe-collegas")
	String nieuweCollegas(@PathVariable UUID id, Aanvrager aanvrager, Model model, RedirectAttributes doorgeven,
			HttpServletResponse antwoord) {
		return stap(id, aanvrager, model, doorgeven, antwoord,
				() -> herinneringen.nodigNieuweUit(aanvrager.organisatieCode(), id), "pulse.nieuw.collega.melding",
				"#nieuwe-collegas");
	}

	@Toegang(Rol.HR)
	@PostMapping("/pulse/golven/{id}/acties")
	String actie(@PathVariable UUID id, @RequestParam(required = false) String tekst, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven, HttpServletResponse antwoord) {
		try {
			dienst.legActieVast(aanvrager.organisatieCode(), id, tekst, aanvrager);
			doorgeven.addFlashAttribute("melding", "pulse.melding.actie");
			return "redirect:/pulse/golven/" + id + "#acties";
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			model.addAttribute("actieInvoer", tekst);
			return golfPagina(id, aanvrager, model, fout.perVeld());
		}
	}

	/** One step on a wave: done, back to the wave with a message; refused, the wave page with the reasons (400). */
	private String stap(UUID id, Aanvrager aanvrager, Model model, RedirectAttributes doorgeven,
			HttpServletResponse antwoord, Runnable stap, String melding, String anker) {
		try {
			stap.run();
			doorgeven.addFlashAttribute("melding", melding);
			return "redirect:/pulse/golven/" + id + anker;
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			return golfPagina(id, aanvrager, model, fout.perVeld());
		}
	}

	private String golfPagina(UUID id, Aanvrager aanvrager, Model model, Map<String, List<String>> fouten) {
		PulseRapporten.Zicht zicht = rapporten.zicht(aanvrager.organisatieCode(), id, aanvrager);
		Map<UUID, String> teamnamen = new java.util.LinkedHashMap<>();
		organisaties.teams(aanvrager.organisatieCode()).forEach(t -> teamnamen.put(t.id(), t.naam()));
		model.addAttribute("zicht", zicht);
		model.addAttribute("golf", zicht.golf());
		nl.helder.pulse.internal.Instrument instrument = dienst.instrument(zicht.golf());
		model.addAttribute("instrument", instrument);
		model.addAttribute("groepnamen", groepnamen(instrument));
		model.addAttribute("doelteams", zicht.golf().doelteams().stream().map(t -> teamnamen.getOrDefault(t, "?")).toList());
		model.addAttribute("magBeheren", magBeheren(aanvrager));
		model.addAttribute("magActies", aanvrager.heeftRol(Rol.HR));
		model.addAttribute("fouten", fouten);
		model.addAttribute("vandaag", dienst.vandaag());
		return "pulse/golf";
	}

	// --- before and after a toepassing went live: PulseVerloopPaginas

	/** Labels of the function and tool-use groups by cell key, as the instrument words them. */
	private Map<String, String> groepnamen(nl.helder.pulse.internal.Instrument instrument) {
		Map<String, String> namen = new java.util.LinkedHashMap<>();
		String onbekend = berichten.getMessage("pulse.groep.onbekend", null, LocaleContextHolder.getLocale());
		for (String[] vraag : new String[][] { { "fg:", nl.helder.pulse.internal.Instrument.FUNCTIEGROEP },
				{ "tg:", nl.helder.pulse.internal.Instrument.GEBRUIKSGROEP } }) {
			instrument.vraag(vraag[1]).ifPresent(v -> v.opties().forEach(o -> namen.put(vraag[0] + o.code(), o.label())));
			namen.put(vraag[0] + nl.helder.pulse.internal.Rapportage.ONBEKEND, onbekend);
		}
		return namen;
	}

	static boolean magBeheren(Aanvrager aanvrager) {
		return aanvrager.heeftRol(Rol.HR) || aanvrager.heeftRol(Rol.AI_COORDINATOR);
	}

}
