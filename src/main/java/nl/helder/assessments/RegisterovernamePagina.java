// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import nl.helder.assessments.internal.BeoordelingDienst;
import nl.helder.assessments.internal.Registerovername;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * From an approved assessment to the Algoritmeregister: the proposal beside what the register says now, editable,
 * and written only when the user confirms. The same roles that edit the register may do this.
 */
@Controller
class RegisterovernamePagina {

	private static final String PAD = "/toepassingen/{toepassingId}/beoordelingen/{id}/register";

	private final Registerovername overname;

	private final BeoordelingDienst dienst;

	private final Registergids register;

	private final MessageSource berichten;

	RegisterovernamePagina(Registerovername overname, BeoordelingDienst dienst, Registergids register,
			MessageSource berichten) {
		this.overname = overname;
		this.dienst = dienst;
		this.register = register;
		this.berichten = berichten;
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@GetMapping(PAD)
	String toon(@PathVariable UUID toepassingId, @PathVariable UUID id, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		try {
			Registerovername.Voorstel voorstel = overname.voorstel(aanvrager.organisatieCode(), toepassingId, id);
			return pagina(model, aanvrager, toepassingId, id, voorstel, voorstel.biedtAfwegingen()
					&& !voorstel.afwegingen().isEmpty(), voorstel.afwegingen(), true, null, Map.of());
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("stapfouten", teksten(fout).values().stream().flatMap(List::stream).toList());
			return "redirect:/toepassingen/" + toepassingId + "/beoordelingen/" + id;
		}
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping(PAD)
	String neemOver(@PathVariable UUID toepassingId, @PathVariable UUID id,
			@RequestParam(name = "metAfwegingen", required = false) String metAfwegingen,
			@RequestParam(required = false) String afwegingen,
			@RequestParam(name = "metImpacttoets", required = false) String metImpacttoets,
			@RequestParam(required = false) String link, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		boolean afw = metAfwegingen != null;
		boolean toets = metImpacttoets != null;
		try {
			overname.neemOver(aanvrager.organisatieCode(), toepassingId, id,
					afw ? (afwegingen == null ? "" : afwegingen) : null, toets, link, aanvrager);
			doorgeven.addFlashAttribute("melding", "beoordeling.register.gedaan");
			return "redirect:/toepassingen/" + toepassingId + "/beoordelingen/" + id;
		}
		catch (OngeldigeInvoer fout) {
			Registerovername.Voorstel voorstel = overname.voorstel(aanvrager.organisatieCode(), toepassingId, id);
			return pagina(model, aanvrager, toepassingId, id, voorstel, afw, afwegingen, toets, link, teksten(fout));
		}
	}

	private String pagina(Model model, Aanvrager aanvrager, UUID toepassingId, UUID id,
			Registerovername.Voorstel voorstel, boolean metAfwegingen, String afwegingen, boolean metImpacttoets,
			String link, Map<String, List<String>> fouten) {
		model.addAttribute("kop", register.kop(aanvrager.organisatieCode(), toepassingId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		var beoordeling = dienst.toon(aanvrager.organisatieCode(), toepassingId, id);
		model.addAttribute("b", beoordeling);
		model.addAttribute("lijstTitel", dienst.vragenlijst(beoordeling).titel());
		model.addAttribute("voorstel", voorstel);
		model.addAttribute("metAfwegingen", metAfwegingen);
		model.addAttribute("afwegingen", afwegingen);
		model.addAttribute("metImpacttoets", metImpacttoets);
		model.addAttribute("link", link);
		model.addAttribute("fouten", fouten);
		return "assessments/register";
	}

	private Map<String, List<String>> teksten(OngeldigeInvoer fout) {
		Map<String, List<String>> teksten = new LinkedHashMap<>();
		fout.fouten().forEach(f -> teksten.computeIfAbsent(f.veld(), k -> new ArrayList<>())
			.add(berichten.getMessage(f.melding(), null, f.melding(), LocaleContextHolder.getLocale())));
		return teksten;
	}

}
