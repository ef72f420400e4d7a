// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.helder.aiact.internal.Agenda;
import nl.helder.aiact.internal.Bewijsbestand;
import nl.helder.aiact.internal.Bewijsdienst;
import nl.helder.aiact.internal.ClassificatieDienst;
import nl.helder.aiact.internal.Taak;
import nl.helder.aiact.internal.Tijdlijn;
import nl.helder.aiact.internal.TijdlijnKeuze;
import nl.helder.aiact.internal.Verplichtingen;
import nl.helder.aiact.internal.Wetsdata;
import nl.helder.assessments.Beoordelingsgids;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The requirements as work: one requirement of one toepassing (status, explanation, evidence), the overview of the
 * whole municipality by urgency and role, and the platform administrator's choice of the legal timeline.
 */
@Controller
class VerplichtingenPaginas {

	private final Verplichtingen verplichtingen;

	private final TijdlijnKeuze tijdlijnen;

	private final Wetsdata wet;

	private final Registergids register;

	private final MessageSource berichten;

	private final Agenda agenda;

	private final ClassificatieDienst classificaties;

	private final Bewijsdienst bewijsdienst;

	private final Beoordelingsgids beoordelingen;

	VerplichtingenPaginas(Verplichtingen verplichtingen, TijdlijnKeuze tijdlijnen, Wetsdata wet, Registergids register,
			MessageSource berichten, Agenda agenda, ClassificatieDienst classificaties, Bewijsdienst bewijsdienst,
			Beoordelingsgids beoordelingen) {
		this.beoordelingen = beoordelingen;
		this.bewijsdienst = bewijsdienst;
		this.agenda = agenda;
		this.classificaties = classificaties;
		this.verplichtingen = verplichtingen;
		this.tijdlijnen = tijdlijnen;
		this.wet = wet;
		this.register = register;
		this.berichten = berichten;
	}

	// --- one requirement of one toepassing

	@Toegang(ingelogd = true)
	@GetMapping("/toepassingen/{id}/ai-verordening/taken/{vereiste}")
	String taak(@PathVariable UUID id, @PathVariable String vereiste, Aanvrager aanvrager, Model model) {
		Verplichtingen.Regel regel = regel(aanvrager, id, vereiste);
		return taakpagina(model, aanvrager, id, regel, regel.status().name(), regel.toelichting(), regel.bewijs(), null);
	}

	@Toegang({ Rol.AICO, Rol.AI_COORDINATOR, Rol.PRIVACY_OFFICER, Rol.REGISTER_BEHEERDER, Rol.HR })
	@PostMapping("/toepassingen/{id}/ai-verordening/taken/{vereiste}")
	String wijzig(@PathVariable UUID id, @PathVariable String vereiste, @RequestParam(required = false) String status,
			@RequestParam(required = false) String toelichting,
			@RequestParam(name = "bewijs", required = false) List<String> bewijs,
			@RequestParam(required = false) Long versie, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		Verplichtingen.Regel regel = regel(aanvrager, id, vereiste);
		List<String> links = bewijs == null ? List.of() : bewijs;
		try {
			verplichtingen.wijzig(aanvrager.organisatieCode(), id, vereiste, status(status), toelichting, links, versie,
					aanvrager);
			doorgeven.addFlashAttribute("melding", "aiact.taak.opgeslagen");
			return "redirect:/toepassingen/" + id + "/ai-verordening";
		}
		catch (OngeldigeInvoer fout) {
			return taakpagina(model, aanvrager, id, regel, status, toelichting, links, teksten(fout));
		}
		catch (Conflict conflict) {
			model.addAttribute("conflict", true);
			return taakpagina(model, aanvrager, id, regel, status, toelichting, links, null);
		}
	}

	private String taakpagina(Model model, Aanvrager aanvrager, UUID id, Verplichtingen.Regel regel, String status,
			String toelichting, List<String> bewijs, Map<String, List<String>> fouten) {
		model.addAttribute("kop", register.kop(aanvrager.organisatieCode(), id).orElseThrow());
		model.addAttribute("regel", regel);
		model.addAttribute("statussen", Taak.Status.values());
		model.addAttribute("status", status);
		model.addAttribute("toelichting", toelichting);
		model.addAttribute("bewijs", bewijs);
		model.addAttribute("lijstvelden", Math.max(3, bewijs.size() + 1));
		model.addAttribute("fouten", fouten);
		model.addAttribute("magWijzigen", Verplichtingen.magWijzigen(regel.vereiste(), aanvrager));
		model.addAttribute("bestanden", bewijsdienst.lijst(aanvrager.organisatieCode(), id, regel.vereiste().code()));
		model.addAttribute("gekoppeld", gekoppeld(aanvrager.organisatieCode(), id, regel));
		return "aiact/taak";
	}

	/**
	 * The assessments that do this requirement's work (the requirement names their questionnaires), so that a DPIA
	 * started from a pre-scan shows up on requirement avg-13; the requirement's own status stays the user's call.
	 */
	private List<Beoordelingsgids.Stand> gekoppeld(String organisatieCode, UUID id, Verplichtingen.Regel regel) {
		List<String> lijsten = regel.vereiste().beoordelingen();
		if (lijsten.isEmpty()) {
			return List.of();
		}
		return beoordelingen.vanToepassing(organisatieCode, id)
			.stream()
			.filter(b -> lijsten.contains(b.vragenlijstId()))
			.toList();
	}

	@Toegang({ Rol.AICO, Rol.AI_COORDINATOR, Rol.PRIVACY_OFFICER, Rol.REGISTER_BEHEERDER, Rol.HR })
	@PostMapping("/toepassingen/{id}/ai-verordening/taken/{vereiste}/bestanden")
	String voegBestandToe(@PathVariable UUID id, @PathVariable String vereiste,
			@RequestParam(name = "bestand", required = false) MultipartFile bestand,
			Aanvrager aanvrager, RedirectAttributes doorgeven) throws IOException {
		try {
			bewijsdienst.voegToe(aanvrager.organisatieCode(), id, vereiste,
					bestand == null ? null : bestand.getOriginalFilename(), bestand == null ? null : bestand.getBytes(),
					aanvrager);
			doorgeven.addFlashAttribute("melding", "aiact.bewijs.toegevoegd");
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("bestandfouten", teksten(fout).getOrDefault("bestand", List.of()));
		}
		return "redirect:/toepassingen/" + id + "/ai-verordening/taken/" + vereiste + "#bewijsbestanden";
	}

	@Toegang(ingelogd = true)
	@GetMapping("/toepassingen/{id}/ai-verordening/taken/{vereiste}/bestanden/{bestandId}")
	ResponseEntity<byte[]> bestand(@PathVariable UUID id, @PathVariable String vereiste,
			@PathVariable UUID bestandId, Aanvrager aanvrager) {
		Bewijsbestand b = bewijsdienst.bestand(aanvrager.organisatieCode(), id, vereiste, bestandId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(b.soort()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(b.naam(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(b.inhoud());
	}

	@Toegang({ Rol.AICO, Rol.AI_COORDINATOR, Rol.PRIVACY_OFFICER, Rol.REGISTER_BEHEERDER, Rol.HR })
	@PostMapping("/toepassingen/{id}/ai-verordening/taken/{vereiste}/bestanden/{bestandId}/verwijdering")
	String verwijderBestand(@PathVariable UUID id, @PathVariable String vereiste, @PathVariable UUID bestandId,
			Aanvrager aanvrager, RedirectAttributes doorgeven) {
		bewijsdienst.verwijder(aanvrager.organisatieCode(), id, vereiste, bestandId, aanvrager);
		doorgeven.addFlashAttribute("melding", "aiact.bewijs.verwijderd");
		return "redirect:/toepassingen/" + id + "/ai-verordening/taken/" + vereiste + "#bewijsbestanden";
	}

	private Verplichtingen.Regel regel(Aanvrager aanvrager, UUID id, String vereiste) {
		return verplichtingen.voorToepassing(aanvrager.organisatieCode(), id)
			.stream()
			.filter(r -> r.vereiste().code().equals(vereiste))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	// --- the municipality's overview

	@Toegang(ingelogd = true)
	@GetMapping("/ai-verordening")
	String overzicht(@RequestParam(required = false) String rol, @RequestParam(required = false) String toon,
			Aanvrager aanvrager, Model model) {
		List<Verplichtingen.Regel> alle = verplichtingen.voorOrganisatie(aanvrager.organisatieCode());
		List<Verplichtingen.Regel> gekozen = alle.stream()
			.filter(r -> rol == null || rol.isBlank() || r.vereiste().verantwoordelijke().equals(rol))
			.toList();
		Map<Verplichtingen.Termijn, Groep> perTermijn = new LinkedHashMap<>();
		for (Verplichtingen.Termijn termijn : Verplichtingen.Termijn.values()) {
			List<Verplichtingen.Regel> regels = gekozen.stream().filter(r -> r.termijn() == termijn).toList();
			if (termijn != Verplichtingen.Termijn.AFGEHANDELD) {
				// A long group shows its most urgent rows; the rest is one click away, so the page stays usable.
				boolean alles = termijn.name().equals(toon) || regels.size() <= PER_GROEP;
				perTermijn.put(termijn, new Groep(alles ? regels : regels.subList(0, PER_GROEP), regels.size()));
			}
		}
		model.addAttribute("perTermijn", perTermijn);
		model.addAttribute("leeg", perTermijn.values().stream().allMatch(g -> g.totaal() == 0));
		model.addAttribute("afgehandeld", gekozen.stream().filter(r -> r.termijn() == Verplichtingen.Termijn.AFGEHANDELD).count());
		model.addAttribute("rollen", alle.stream().map(r -> r.vereiste().verantwoordelijke()).distinct().sorted().toList());
		model.addAttribute("rol", rol == null ? "" : rol);
		model.addAttribute("tijdlijn", tijdlijnen.geldend());
		model.addAttribute("agendaSinds", agenda.aangemaakt(aanvrager).orElse(null));
		Map<UUID, String> namen = register.namen(aanvrager.organisatieCode());
		model.addAttribute("herberekening", classificaties.herberekening(aanvrager.organisatieCode())
			.stream()
			.map(h -> new Herberekend(h, namen.getOrDefault(h.classificatie().toepassingId(), "")))
			.toList());
		model.addAttribute("magClassificeren", aanvrager.heeftRol(Rol.AICO) || aanvrager.heeftRol(Rol.AI_COORDINATOR));
		return "aiact/verplichtingen";
	}

	/** How many rows a group of the overview shows before "show all". */
	static final int PER_GROEP = 50;

	/** The rows of one urgency group that the page shows, and how many there are in all. */
	public record Groep(List<Verplichtingen.Regel> regels, int totaal) {

		public boolean ingekort() {
			return regels.size() < totaal;
		}

	}

	/** A re-run on a newer tree, with the toepassing's name for the page. */
	public record Herberekend(ClassificatieDienst.Herberekening herberekening, String toepassing) {
	}

	@Toegang({ Rol.AICO, Rol.AI_COORDINATOR })
	@PostMapping("/ai-verordening/herberekening/{toepassingId}")
	String neemOver(@PathVariable UUID toepassingId, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		try {
			classificaties.neemOver(aanvrager.organisatieCode(), toepassingId, aanvrager);
			doorgeven.addFlashAttribute("melding", "aiact.herberekening.overgenomen");
			return "redirect:/toepassingen/" + toepassingId + "/ai-verordening";
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("melding", fout.fouten().get(0).melding());
			return "redirect:/ai-verordening";
		}
	}

	// --- the calendar link

	@Toegang(ingelogd = true)
	@PostMapping("/ai-verordening/agenda")
	String maakAgenda(Aanvrager aanvrager, HttpServletRequest verzoek,
			RedirectAttributes doorgeven) {
		String geheim = agenda.maak(aanvrager);
		doorgeven.addFlashAttribute("agendaAdres", ServletUriComponentsBuilder
			.fromContextPath(verzoek)
			.path("/agenda/{geheim}.ics")
			.buildAndExpand(geheim)
			.toUriString());
		return "redirect:/ai-verordening#agenda";
	}

	@Toegang(ingelogd = true)
	@PostMapping("/ai-verordening/agenda/verwijdering")
	String verwijderAgenda(Aanvrager aanvrager, RedirectAttributes doorgeven) {
		agenda.verwijder(aanvrager);
		doorgeven.addFlashAttribute("melding", "aiact.agenda.verwijderd");
		return "redirect:/ai-verordening#agenda";
	}

	// --- the platform's legal timeline

	@Toegang(platformbeheer = true)
	@GetMapping("/platform/ai-verordening")
	String tijdlijnen(@RequestParam(required = false) String versie, Model model) {
		Tijdlijn geldend = tijdlijnen.geldend();
		model.addAttribute("tijdlijnen", wet.tijdlijnen());
		model.addAttribute("geldend", geldend);
		// An unknown version (a mistyped address) simply shows no preview.
		if (versie != null && !versie.equals(geldend.versie()) && wet.tijdlijn(versie).isPresent()) {
			model.addAttribute("kandidaat", tijdlijnen.tijdlijn(versie));
			model.addAttribute("verschuivingen", tijdlijnen.voorbeeld(versie));
		}
		return "aiact/tijdlijnen";
	}

	@Toegang(platformbeheer = true)
	@PostMapping("/platform/ai-verordening/tijdlijn")
	String kies(@RequestParam(required = false) String versie, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		try {
			tijdlijnen.kies(versie == null ? "" : versie, aanvrager);
			doorgeven.addFlashAttribute("melding", "aiact.tijdlijn.gekozen");
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("melding", "aiact.tijdlijn.onbekend");
		}
		return "redirect:/platform/ai-verordening";
	}

	private static Taak.Status status(String tekst) {
		return Arrays.stream(Taak.Status.values()).filter(s -> s.name().equals(tekst)).findFirst().orElse(null);
	}

	private Map<String, List<String>> teksten(OngeldigeInvoer fout) {
		Map<String, List<String>> perVeld = new LinkedHashMap<>();
		fout.perVeld()
			.forEach((veld, meldingen) -> perVeld.put(veld, meldingen.stream()
				.map(m -> berichten.getMessage(m,
						new Object[] { Verplichtingen.MAX_TOELICHTING, Verplichtingen.MAX_BEWIJS,
								Bewijsdienst.MAX_PER_VEREISTE }, m,
						LocaleContextHolder.getLocale()))
				.toList()));
		return perVeld;
	}

}
