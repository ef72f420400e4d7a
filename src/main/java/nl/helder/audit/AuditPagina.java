// SPDX-License-Identifier: EUPL-1.2
package nl.helder.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.helder.audit.internal.AuditOpslag;
import nl.helder.audit.internal.AuditZoekvraag;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@Controller
class AuditPagina {

	private final AuditOpslag opslag;

	AuditPagina(AuditOpslag opslag) {
		this.opslag = opslag;
	}

	@Toegang(Rol.BEHEERDER)
	@GetMapping("/beheer/audit")
	String toon(AuditZoekvraag vraag, Aanvrager aanvrager, Model model) {
		model.addAttribute("vraag", vraag);
		model.addAttribute("typen", opslag.entiteitTypen(aanvrager.organisatieCode()));
		try {
			model.addAttribute("resultaat", opslag.zoek(aanvrager.organisatieCode(), vraag.filter(),
					vraag.paginaOfEerste(), vraag.grootteOfStandaard()));
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.fouten());
		}
		return "audit/overzicht";
	}

}
