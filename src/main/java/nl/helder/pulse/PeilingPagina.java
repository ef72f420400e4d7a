// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.helder.pulse.internal.AnoniemeOpslag;
import nl.helder.pulse.internal.PulseDienst;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Openbaar;

/**
 * The respondent's form, reached through a single-use link without logging in. It says what happens with the
 * answers and what k is before the first question. Nothing about the visit is stored; the answer only once.
 */
@Controller
class PeilingPagina {

	private final PulseDienst dienst;

	PeilingPagina(PulseDienst dienst) {
		this.dienst = dienst;
	}

	@Openbaar
	@GetMapping("/peiling/{token}")
	String formulier(@PathVariable String token, Model model, HttpServletResponse antwoord) {
		PulseDienst.Peiling peiling = dienst.peiling(token);
		if (peiling.stand() != AnoniemeOpslag.Linkstand.BRUIKBAAR || !peiling.open()) {
			return fout(peiling.stand() == AnoniemeOpslag.Linkstand.BRUIKBAAR ? AnoniemeOpslag.Linkstand.GESLOTEN
					: peiling.stand(), model, antwoord);
		}
		return formulierPagina(token, peiling, Map.of(), Map.of(), model);
	}

	@Openbaar
	@PostMapping("/peiling/{token}")
	String beantwoord(@PathVariable String token, @RequestParam Map<String, String> invoer, Model model,
			HttpServletResponse antwoord) {
		try {
			AnoniemeOpslag.Linkstand stand = dienst.beantwoord(token, invoer);
			if (stand != AnoniemeOpslag.Linkstand.BRUIKBAAR) {
				return fout(stand, model, antwoord);
			}
			return "pulse/bedankt";
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			return formulierPagina(token, dienst.peiling(token), invoer, fout.perVeld(), model);
		}
	}

	private String formulierPagina(String token, PulseDienst.Peiling peiling, Map<String, String> invoer,
			Map<String, List<String>> fouten, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("golf", peiling.golf());
		model.addAttribute("instrument", dienst.instrument(peiling.golf()));
		model.addAttribute("invoer", invoer);
		model.addAttribute("fouten", fouten);
		return "pulse/peiling";
	}

	private static String fout(AnoniemeOpslag.Linkstand stand, Model model, HttpServletResponse antwoord) {
		// 410 Gone for a used or closed link: it existed but cannot be used again; 404 for an unknown one.
		antwoord.setStatus(stand == AnoniemeOpslag.Linkstand.ONBEKEND ? 404 : 410);
		model.addAttribute("stand", stand.name());
		return "pulse/link";
	}

}
