// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.organisaties.internal.Gebruikers;
import nl.helder.organisaties.internal.Principals;
import nl.helder.organisaties.internal.TokenDienst;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Toegang;

/** Your own account: your details and roles, your password, your API tokens. */
@Controller
class ProfielPagina {

	private final Gebruikers gebruikers;

	private final GebruikerDienst dienst;

	private final TokenDienst tokens;

	ProfielPagina(Gebruikers gebruikers, GebruikerDienst dienst, TokenDienst tokens) {
		this.gebruikers = gebruikers;
		this.dienst = dienst;
		this.tokens = tokens;
	}

	@Toegang(ingelogd = true)
	@GetMapping("/profiel")
	String profiel(Aanvrager aanvrager, Model model) {
		UUID id = Principals.gebruikerId(aanvrager);
		model.addAttribute("gebruiker", gebruikers.findById(id).orElseThrow());
		model.addAttribute("tokens", tokens.vanGebruiker(id));
		// One moment for the whole list; templates have no clean way to get an Instant of their own.
		model.addAttribute("nu", Instant.now());
		return "profiel";
	}

	@Toegang(ingelogd = true)
	@PostMapping("/profiel/wachtwoord")
	String wachtwoord(@RequestParam(defaultValue = "") String huidigWachtwoord,
			@RequestParam(defaultValue = "") String nieuwWachtwoord, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		try {
			dienst.wijzigEigenWachtwoord(Principals.gebruikerId(aanvrager), huidigWachtwoord, nieuwWachtwoord);
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			return profiel(aanvrager, model);
		}
		doorgeven.addFlashAttribute("melding", "profiel.wachtwoord.gewijzigd");
		return "redirect:/profiel";
	}

	@Toegang(ingelogd = true)
	@PostMapping("/profiel/tokens")
	String nieuwToken(@RequestParam(defaultValue = "") String naam, @RequestParam(required = false) Integer geldigDagen,
			Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		try {
			var nieuw = tokens.maakAan(Principals.gebruikerId(aanvrager), naam, geldigDagen);
			doorgeven.addFlashAttribute("nieuwToken", nieuw.waarde());
			doorgeven.addFlashAttribute("nieuwTokenNaam", nieuw.token().naam());
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("tokenNaam", naam);
			return profiel(aanvrager, model);
		}
		return "redirect:/profiel#tokens";
	}

	@Toegang(ingelogd = true)
	@PostMapping("/profiel/tokens/{id}/intrekken")
	String trekIn(@PathVariable UUID id, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		if (tokens.trekIn(Principals.gebruikerId(aanvrager), id)) {
			doorgeven.addFlashAttribute("melding", "profiel.token.ingetrokken");
		}
		return "redirect:/profiel#tokens";
	}

}
