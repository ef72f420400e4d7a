// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.organisaties.internal.InrichtingDienst;
import nl.helder.organisaties.internal.OrganisatieDienst;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Toegang;

/** The platform administrator's page: all organisations, and adding a municipality or sector body. */
@Controller
class PlatformPagina {

	private final OrganisatieDienst organisaties;

	private final InrichtingDienst inrichting;

	PlatformPagina(OrganisatieDienst organisaties, InrichtingDienst inrichting) {
		this.organisaties = organisaties;
		this.inrichting = inrichting;
	}

	@Toegang(platformbeheer = true)
	@GetMapping("/platform/organisaties")
	String lijst(Model model) {
		model.addAttribute("organisaties", organisaties.alle());
		return "platform/organisaties";
	}

	@Toegang(platformbeheer = true)
	@PostMapping("/platform/organisaties")
	String maakAan(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "GEMEENTE") String soort,
			@RequestParam(defaultValue = "") String naam, @RequestParam(required = false) String inwoners,
			@RequestParam(required = false) String beheerderGebruikersnaam,
			@RequestParam(required = false) String beheerderNaam,
			@RequestParam(required = false) String beheerderWachtwoord, Model model, RedirectAttributes doorgeven) {
		try {
			OrganisatieSoort gekozen;
			try {
				gekozen = OrganisatieSoort.valueOf(soort.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException fout) {
				throw new OngeldigeInvoer("soort", "organisatie.soort.verplicht");
			}
			inrichting.richtIn(code, gekozen,
					new OrganisatieDienst.Gegevens(naam, BeheerPaginas.geheelGetal("inwoners", inwoners), null, null, null),
					new InrichtingDienst.EersteBeheerder(beheerderGebruikersnaam, beheerderNaam, beheerderWachtwoord));
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("invoer",
					new String[] { code, soort, naam, inwoners, beheerderGebruikersnaam, beheerderNaam });
			return lijst(model);
		}
		doorgeven.addFlashAttribute("melding", "platform.organisatie.aangemaakt");
		return "redirect:/platform/organisaties";
	}

}
