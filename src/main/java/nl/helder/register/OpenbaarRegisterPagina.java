// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.Collection;
import java.util.LinkedHashMap;
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
import nl.helder.register.internal.RegisterHtml;
import nl.helder.register.internal.Veld;
import nl.helder.register.internal.Veldcatalogus;
import nl.helder.shared.Openbaar;

/** The public algorithm register of a municipality, for residents: no login, only published descriptions. */
@Controller
class OpenbaarRegisterPagina {

	private final OpenbaarRegister register;

	private final Organisatiegids organisaties;

	private final Veldcatalogus catalogus;

	private final RegisterHtml html;

	OpenbaarRegisterPagina(OpenbaarRegister register, Organisatiegids organisaties, Veldcatalogus catalogus,
			RegisterHtml html) {
		this.html = html;
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
		model.addAttribute("secties", zichtbareVelden(toepassing));
		return "register/openbaar-detail";
	}

	/**
	 * A field on the public page with its value, or null when empty but shown anyway ("niet ingevuld"); for HTML
	 * fields {@code html} holds the value with only the standard's bare tags let through.
	 */
	record Regel(Veld veld, Object waarde, String html) {
	}

	/**
	 * The standard's display rules: never the NOOIT fields; VERPLICHT and ALTIJD always (empty as "niet ingevuld");
	 * ALS_INGEVULD only with a value. In the catalogue's order, per section.
	 */
	private Map<String, List<Regel>> zichtbareVelden(Map<String, Object> toepassing) {
		Map<String, List<Regel>> secties = new LinkedHashMap<>();
		catalogus.perSectie().forEach((sectie, velden) -> {
			List<Regel> regels = velden.stream()
				.filter(Veld::openbaar)
				.filter(v -> !"ALS_INGEVULD".equals(v.weergave()) || toepassing.get(v.sleutel()) != null)
				.filter(v -> !v.isVast())
				.map(v -> {
					Object waarde = toepassing.get(v.sleutel());
					boolean isHtml = "html".equals(v.type()) && waarde != null;
					return new Regel(v, waarde, isHtml ? html.veilig(waarde, v.htmlTags()) : null);
				})
				.toList();
			if (!regels.isEmpty()) {
				secties.put(sectie, regels);
			}
		});
		return secties;
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
