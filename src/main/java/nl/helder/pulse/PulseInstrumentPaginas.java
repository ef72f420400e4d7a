// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.pulse.internal.EigenInstrumentDienst;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The instruments page: what the organisation can use, and loading its own licensed instrument in two steps. The
 * check page shows what would be loaded and stores nothing; "Laden" sends the checked text again from a hidden field
 * and it is checked again, so a changed or broken text still stores nothing.
 */
@Controller
class PulseInstrumentPaginas {

	private final EigenInstrumentDienst dienst;

	private final MessageSource berichten;

	PulseInstrumentPaginas(EigenInstrumentDienst dienst, MessageSource berichten) {
		this.dienst = dienst;
		this.berichten = berichten;
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/pulse/instrumenten")
	String overzicht(Aanvrager aanvrager, Model model) {
		return overzichtPagina(aanvrager, model, null);
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/instrumenten/controle")
	String controleer(@RequestParam(name = "bestand", required = false) MultipartFile bestand,
			@RequestParam(name = "definitie", required = false) String geplakt, Aanvrager aanvrager, Model model,
			HttpServletResponse antwoord) {
		String definitie = inhoud(bestand);
		if (definitie.isBlank() && geplakt != null) {
			definitie = geplakt;
		}
		try {
			model.addAttribute("regel", dienst.proef(aanvrager.organisatieCode(), definitie));
			model.addAttribute("definitie", definitie);
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			model.addAttribute("meldingen", teksten(fout));
		}
		return "pulse/instrument-controle";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/instrumenten")
	String laad(@RequestParam(name = "definitie", required = false) String definitie, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven, HttpServletResponse antwoord) {
		try {
			dienst.laad(aanvrager.organisatieCode(), definitie, aanvrager);
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			model.addAttribute("meldingen", teksten(fout));
			return "pulse/instrument-controle";
		}
		doorgeven.addFlashAttribute("melding", "pulse.instrument.melding.geladen");
		return "redirect:/pulse/instrumenten";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/instrumenten/{id}/{versie}/verwijderen")
	String verwijder(@PathVariable String id, @PathVariable String versie, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven, HttpServletResponse antwoord) {
		try {
			dienst.verwijder(aanvrager.organisatieCode(), id, versie);
		}
		catch (EigenInstrumentDienst.InGebruik fout) {
			antwoord.setStatus(409);
			return overzichtPagina(aanvrager, model,
					berichten.getMessage("pulse.instrument.fout.in-gebruik-golven",
							new Object[] { String.join(", ", fout.golven()) }, LocaleContextHolder.getLocale()));
		}
		doorgeven.addFlashAttribute("melding", "pulse.instrument.melding.verwijderd");
		return "redirect:/pulse/instrumenten";
	}

	private String overzichtPagina(Aanvrager aanvrager, Model model, String fout) {
		List<EigenInstrumentDienst.Regel> regels = dienst.overzicht(aanvrager.organisatieCode());
		model.addAttribute("meegeleverd", regels.stream().filter(r -> !r.eigen()).toList());
		model.addAttribute("eigen", regels.stream().filter(EigenInstrumentDienst.Regel::eigen).toList());
		model.addAttribute("fout", fout);
		return "pulse/instrumenten";
	}

	private List<String> teksten(OngeldigeInvoer fout) {
		return fout.fouten()
			.stream()
			.map(f -> berichten.getMessage(f.melding(), null, f.melding(), LocaleContextHolder.getLocale()))
			.toList();
	}

	/** The uploaded file as text; a byte-order mark some editors write is not part of the JSON. */
	private static String inhoud(MultipartFile bestand) {
		if (bestand == null || bestand.isEmpty()) {
			return "";
		}
		try {
			String tekst = new String(bestand.getBytes(), StandardCharsets.UTF_8);
			return tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
		}
		catch (IOException fout) {
			return "";
		}
	}

}
