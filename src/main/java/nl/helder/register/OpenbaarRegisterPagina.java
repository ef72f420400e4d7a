// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.organisaties.OrganisatieInfo;
import nl.helder.organisaties.Organisatiegids;
import nl.helder.register.internal.OpenbaarRegister;
import nl.helder.register.internal.Veldcatalogus;
import nl.helder.register.internal.Weergave;
import nl.helder.shared.Openbaar;

/** The public algorithm register of a municipality, for residents: no login, only published descriptions. */
@Controller
class OpenbaarRegisterPagina {

	private final OpenbaarRegister register;

	private final Organisatiegids organisaties;

	private final Veldcatalogus catalogus;

	private final Weergave weergave;

	OpenbaarRegisterPagina(OpenbaarRegister register, Organisatiegids organisaties, Veldcatalogus catalogus,
			Weergave weergave) {
		this.weergave = weergave;
		this.register = register;
		this.organisaties = organisaties;
		this.catalogus = catalogus;
	}

	@Openbaar
	@GetMapping("/register/{gemeentecode}")
	String lijst(@PathVariable String gemeentecode, @RequestParam(required = false) String zoek,
			@RequestParam(required = false) String thema,
			@RequestParam(required = false) String status, @RequestParam(required = false) String categorie,
			Model model) {
		OrganisatieInfo gemeente = gemeente(gemeentecode);
		List<Map<String, Object>> alle = register.gepubliceerd(gemeentecode);
		List<Map<String, Object>> gevonden = alle;
		if (!leeg(zoek)) {
			List<String> volgorde = register.zoek(gemeentecode, zoek).stream().map(UUID::toString).toList();
			gevonden = alle.stream()
				.filter(t -> volgorde.contains(String.valueOf(t.get("lars"))))
				.sorted(java.util.Comparator.comparingInt(t -> volgorde.indexOf(String.valueOf(t.get("lars")))))
				.toList();
		}
		List<Map<String, Object>> gefilterd = gevonden.stream()
			.filter(t -> leeg(thema) || t.get("category") instanceof Collection<?> c && c.contains(thema))
			.filter(t -> leeg(status) || status.equals(t.get("status")))
			.filter(t -> leeg(categorie) || categorie.equals(t.get("publication_category")))
			.toList();
		model.addAttribute("gemeente", gemeente);
		model.addAttribute("toepassingen", gefilterd);
		model.addAttribute("totaal", alle.size());
		model.addAttribute("zoek", zoek);
		model.addAttribute("thema", thema);
		model.addAttribute("status", status);
		model.addAttribute("categorie", categorie);
		model.addAttribute("themas", catalogus.veld("category").orElseThrow().waarden());
		model.addAttribute("statussen", catalogus.veld("status").orElseThrow().waarden());
		model.addAttribute("categorieen", catalogus.veld("publication_category").orElseThrow().waarden());
		return "register/openbaar-lijst";
	}

	@Openbaar
	@GetMapping("/register/{gemeentecode}/{id}")
	String detail(@PathVariable String gemeentecode, @PathVariable UUID id, Model model) {
		OrganisatieInfo gemeente = gemeente(gemeentecode);
		model.addAttribute("gemeente", gemeente);
		Map<String, Object> toepassing = register.gepubliceerd(gemeentecode, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("toepassing", toepassing);
		model.addAttribute("secties", weergave.openbaar(toepassing));
		return "register/openbaar-detail";
	}

	private OrganisatieInfo gemeente(String code) {
		return organisaties.vind(code)
			.filter(OrganisatieInfo::isGemeente)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean leeg(String tekst) {
		return tekst == null || tekst.isBlank();
	}

}
