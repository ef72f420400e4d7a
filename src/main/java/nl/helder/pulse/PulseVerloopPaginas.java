// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.helder.pulse.internal.PulseRapporten;
import nl.helder.pulse.internal.Verloop;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The trend across closed waves, and before/after a toepassing went live (organisation and, as the caller may, per
 * team). The trend: per subscale a line chart and a table: per subscale a line chart and a table, for the organisation and (as the caller may)
 * one team or group. Each point comes from its own wave's published report; a hidden cell is a gap.
 */
@Controller
class PulseVerloopPaginas {

	private final Verloop verloop;

	private final PulseGrafieken grafieken;

	private final PulseRapporten rapporten;

	private final Registergids register;

	PulseVerloopPaginas(Verloop verloop, PulseGrafieken grafieken, PulseRapporten rapporten, Registergids register) {
		this.verloop = verloop;
		this.grafieken = grafieken;
		this.rapporten = rapporten;
		this.register = register;
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping("/pulse/verloop")
	String verloop(@RequestParam(required = false) String instrument, @RequestParam(required = false) String team,
			Aanvrager aanvrager, Model model, HttpServletResponse antwoord) {
		Verloop.Weergave weergave;
		Map<String, List<String>> fouten = Map.of();
		try {
			weergave = verloop.verloop(aanvrager.organisatieCode(), instrument, team, aanvrager);
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			fouten = fout.perVeld();
			weergave = verloop.verloop(aanvrager.organisatieCode(), null, null, aanvrager);
		}
		model.addAttribute("verloop", weergave);
		model.addAttribute("grafieken", grafieken.verloop(weergave));
		model.addAttribute("fouten", fouten);
		model.addAttribute("magKiezen", !weergave.keuzes().isEmpty()
				&& weergave.bereik() == nl.helder.pulse.internal.PulseRapporten.Bereik.ORGANISATIE_VOLLEDIG);
		return "pulse/verloop";
	}

	// --- before and after a toepassing went live

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping("/pulse/voor-na")
	String voorNa(@RequestParam(required = false) String toepassing, @RequestParam(required = false) String instrument,
			Aanvrager aanvrager, Model model, HttpServletResponse antwoord) {
		try {
			return voorNaPagina(toepassing, instrument, aanvrager, model, Map.of(), null);
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			return voorNaPagina(toepassing, null, aanvrager, model, fout.perVeld(), null);
		}
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/pulse/voor-na")
	String zetInvoering(@RequestParam(required = false) String toepassing, @RequestParam(required = false) String datum,
			Aanvrager aanvrager, Model model, HttpServletResponse antwoord) {
		UUID id = toepassingId(toepassing, aanvrager);
		if (id == null) {
			antwoord.setStatus(400);
			return voorNaPagina(null, null, aanvrager, model, Map.of("toepassing", List.of("pulse.fout.toepassing")), datum);
		}
		try {
			rapporten.zetInvoering(aanvrager.organisatieCode(), id, datum);
			return "redirect:/pulse/voor-na?toepassing=" + id;
		}
		catch (OngeldigeInvoer fout) {
			antwoord.setStatus(400);
			return voorNaPagina(toepassing, null, aanvrager, model, fout.perVeld(), datum);
		}
	}

	private String voorNaPagina(String toepassing, String instrument, Aanvrager aanvrager, Model model,
			Map<String, List<String>> fouten, String datumInvoer) {
		Map<UUID, String> namen = register.namen(aanvrager.organisatieCode());
		UUID id = toepassingId(toepassing, aanvrager);
		model.addAttribute("toepassingen", namen);
		model.addAttribute("gekozen", id);
		model.addAttribute("magBeheren", PulsePaginas.magBeheren(aanvrager));
		model.addAttribute("fouten", fouten);
		model.addAttribute("datumInvoer", datumInvoer);
		if (id != null) {
			model.addAttribute("naam", namen.get(id));
			// A date recorded here wins; otherwise the register's Begindatum (a month) gives the first day of it.
			Optional<PulseGrafieken.Invoeringsdatum> datum = grafieken.invoering(aanvrager.organisatieCode(), id);
			if (datum.isPresent()) {
				PulseRapporten.VoorNa voorNa = rapporten.voorNa(aanvrager.organisatieCode(), datum.get().datum(), instrument,
						aanvrager);
				model.addAttribute("invoering", datum.get().datum());
				model.addAttribute("uitRegister", datum.get().uitRegister());
				model.addAttribute("voorNa", voorNa);
				model.addAttribute("grafiek", grafieken.voorNa(voorNa));
			}
		}
		return "pulse/voor-na";
	}

	private UUID toepassingId(String tekst, Aanvrager aanvrager) {
		if (tekst == null || tekst.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(tekst.strip());
			if (!register.bestaat(aanvrager.organisatieCode(), id)) {
				throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
			}
			return id;
		}
		catch (IllegalArgumentException fout) {
			return null;
		}
	}

}
