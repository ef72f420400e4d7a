// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.aiact.internal.Classificatie;
import nl.helder.aiact.internal.ClassificatieDienst;
import nl.helder.aiact.internal.TijdlijnKeuze;
import nl.helder.aiact.internal.Verplichtingen;
import nl.helder.aiact.internal.Wetsdata;
import nl.helder.register.Registergids;
import nl.helder.register.ToepassingKop;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The AI Act tab of a toepassing: the classification wizard (one question per screen, back, "I don't know", a remark
 * per answer, resume later) and the result with risk group, role, legal sources and the requirements with due dates.
 */
@Controller
class ClassificatiePaginas {

	private final ClassificatieDienst dienst;

	private final Wetsdata wet;

	private final Registergids register;

	private final MessageSource berichten;

	private final Verplichtingen verplichtingen;

	private final TijdlijnKeuze tijdlijnen;

	ClassificatiePaginas(ClassificatieDienst dienst, Wetsdata wet, Registergids register, MessageSource berichten,
			Verplichtingen verplichtingen, TijdlijnKeuze tijdlijnen) {
		this.dienst = dienst;
		this.wet = wet;
		this.register = register;
		this.berichten = berichten;
		this.verplichtingen = verplichtingen;
		this.tijdlijnen = tijdlijnen;
	}

	/** The result of a finished classification, ready for the page, with the work on each requirement. */
	public record Uitkomst(Conclusie conclusie, List<String> risicogroep, List<String> rol, List<String> labels,
			List<Verplichtingen.Regel> verplichtingen) {
	}

	@Toegang(ingelogd = true)
	@GetMapping("/toepassingen/{id}/ai-verordening")
	String overzicht(@PathVariable UUID id, Aanvrager aanvrager, Model model) {
		ToepassingKop kop = kop(aanvrager, id);
		List<Classificatie> geschiedenis = dienst.geschiedenis(aanvrager.organisatieCode(), id);
		model.addAttribute("kop", kop);
		model.addAttribute("geschiedenis", geschiedenis);
		model.addAttribute("magClassificeren", magClassificeren(aanvrager));
		model.addAttribute("tijdlijn", tijdlijnen.geldend());
		geschiedenis.stream().filter(Classificatie::klaar).findFirst().ifPresent(laatste -> {
			Beslisboom boom = dienst.boom(laatste);
			model.addAttribute("afgerond", laatste);
			model.addAttribute("uitkomst", new Uitkomst(boom.conclusie(laatste.conclusieId()).orElseThrow(),
					wet.inDimensie("risicogroep", laatste.labels()), wet.inDimensie("rol", laatste.labels()),
					laatste.labels(), verplichtingen.voorToepassing(aanvrager.organisatieCode(), id)));
			model.addAttribute("vragen", boom.vragen().stream().collect(Collectors.toMap(Vraag::vraagId, Vraag::tekst)));
		});
		geschiedenis.stream().findFirst().filter(c -> !c.klaar()).ifPresent(c -> model.addAttribute("bezig", c));
		return "aiact/overzicht";
	}

	@Toegang({ Rol.AICO, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/{id}/ai-verordening/classificatie/start")
	String start(@PathVariable UUID id, Aanvrager aanvrager) {
		dienst.start(aanvrager.organisatieCode(), id, aanvrager);
		return "redirect:/toepassingen/" + id + "/ai-verordening/classificatie";
	}

	@Toegang({ Rol.AICO, Rol.AI_COORDINATOR })
	@GetMapping("/toepassingen/{id}/ai-verordening/classificatie")
	String vraag(@PathVariable UUID id, Aanvrager aanvrager, Model model) {
		Classificatie classificatie = dienst.huidige(aanvrager.organisatieCode(), id).orElse(null);
		if (classificatie == null || classificatie.klaar()) {
			return "redirect:/toepassingen/" + id + "/ai-verordening";
		}
		return vraagpagina(model, aanvrager, id, classificatie, null, null);
	}

	@Toegang({ Rol.AICO, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/{id}/ai-verordening/classificatie")
	String stap(@PathVariable UUID id, @RequestParam(defaultValue = "volgende") String actie,
			@RequestParam(required = false) String antwoord, @RequestParam(required = false) String opmerking,
			@RequestParam(required = false) Long versie, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		String code = aanvrager.organisatieCode();
		try {
			Classificatie classificatie = switch (actie) {
				case "terug" -> dienst.terug(code, id, versie);
				case "weet-niet" -> dienst.weetNiet(code, id, opmerking, versie);
				default -> dienst.beantwoord(code, id, geheelGetal(antwoord), opmerking, versie);
			};
			if (classificatie.klaar()) {
				doorgeven.addFlashAttribute("melding", "aiact.classificatie.klaar");
				return "redirect:/toepassingen/" + id + "/ai-verordening";
			}
			if ("weet-niet".equals(actie)) {
				doorgeven.addFlashAttribute("melding", "aiact.classificatie.later-verder");
				return "redirect:/toepassingen/" + id + "/ai-verordening";
			}
			return "redirect:/toepassingen/" + id + "/ai-verordening/classificatie";
		}
		catch (OngeldigeInvoer fout) {
			Classificatie classificatie = dienst.huidige(code, id).orElse(null);
			if (classificatie == null || classificatie.klaar()) {
				doorgeven.addFlashAttribute("melding", "aiact.classificatie.al-klaar");
				return "redirect:/toepassingen/" + id + "/ai-verordening";
			}
			return vraagpagina(model, aanvrager, id, classificatie, teksten(fout), opmerking);
		}
		catch (Conflict conflict) {
			// A colleague answered in another window: show the question as it is now, with a note.
			doorgeven.addFlashAttribute("melding", "aiact.classificatie.conflict");
			return "redirect:/toepassingen/" + id + "/ai-verordening/classificatie";
		}
	}

	private String vraagpagina(Model model, Aanvrager aanvrager, UUID id, Classificatie classificatie,
			Map<String, List<String>> fouten, String opmerking) {
		Beslisboom boom = dienst.boom(classificatie);
		model.addAttribute("kop", kop(aanvrager, id));
		model.addAttribute("classificatie", classificatie);
		model.addAttribute("vraag", boom.vraag(classificatie.openVraag()).orElseThrow());
		model.addAttribute("stapnummer", classificatie.antwoorden().size() + 1);
		model.addAttribute("fouten", fouten);
		model.addAttribute("opmerking", opmerking != null ? opmerking : classificatie.weetNiet());
		return "aiact/vraag";
	}

	private ToepassingKop kop(Aanvrager aanvrager, UUID id) {
		return register.kop(aanvrager.organisatieCode(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Map<String, List<String>> teksten(OngeldigeInvoer fout) {
		Map<String, List<String>> perVeld = new LinkedHashMap<>();
		fout.perVeld()
			.forEach((veld, meldingen) -> perVeld.put(veld, meldingen.stream()
				.map(m -> berichten.getMessage(m, new Object[] { ClassificatieDienst.MAX_OPMERKING }, m,
						LocaleContextHolder.getLocale()))
				.toList()));
		return perVeld;
	}

	private static boolean magClassificeren(Aanvrager aanvrager) {
		return aanvrager.heeftRol(Rol.AICO) || aanvrager.heeftRol(Rol.AI_COORDINATOR);
	}

	private static Integer geheelGetal(String tekst) {
		try {
			return tekst == null || tekst.isBlank() ? null : Integer.valueOf(tekst.strip());
		}
		catch (NumberFormatException fout) {
			return null;
		}
	}

}
