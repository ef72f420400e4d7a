// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.helder.organisaties.internal.OidcDienst;
import nl.helder.shared.Aanvragers;
import nl.helder.shared.Openbaar;

@Controller
class InlogPagina {

	private final OidcDienst oidc;

	InlogPagina(OidcDienst oidc) {
		this.oidc = oidc;
	}

	@Openbaar
	@GetMapping("/inloggen")
	String inloggen(Model model) {
		if (Aanvragers.huidige().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("aanbieders", oidc.actieveAanbieders());
		return "inloggen";
	}

}
