// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import nl.helder.register.internal.WeergaveDienst;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * Saved views of the register list: save the current filters under a name, remove one of your own. Both answer with
 * the list itself, so the user sees the result where they started.
 */
@Controller
class RegisterWeergaven {

	private final WeergaveDienst dienst;

	private final MessageSource berichten;

	RegisterWeergaven(WeergaveDienst dienst, MessageSource berichten) {
		this.dienst = dienst;
		this.berichten = berichten;
	}

	@Toegang(ingelogd = true)
	@PostMapping("/toepassingen/weergaven")
	String bewaar(@RequestParam(required = false) String naam, @RequestParam(required = false) String gedeeld,
			@RequestParam Map<String, String> invoer, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		Map<String, String> filter = new LinkedHashMap<>();
		WeergaveDienst.FILTERS.forEach(f -> filter.put(f, invoer.get(f)));
		try {
			dienst.bewaar(aanvrager, naam, filter, gedeeld != null,
					aanvrager.heeftRol(Rol.REGISTER_BEHEERDER) || aanvrager.heeftRol(Rol.AI_COORDINATOR));
			doorgeven.addFlashAttribute("melding", "register.weergave.bewaard");
		}
		catch (OngeldigeInvoer fout) {
			Map<String, List<String>> teksten = new LinkedHashMap<>();
			fout.perVeld()
				.forEach((veld, meldingen) -> teksten.put(veld, meldingen.stream()
					.map(m -> berichten.getMessage(m, new Object[] { WeergaveDienst.MAX_NAAM }, m,
							LocaleContextHolder.getLocale()))
					.toList()));
			doorgeven.addFlashAttribute("weergavefouten", teksten);
			doorgeven.addFlashAttribute("weergavenaam", naam);
		}
		return "redirect:" + lijstAdres(filter);
	}

	@Toegang(ingelogd = true)
	@PostMapping("/toepassingen/weergaven/{weergaveId}/verwijdering")
	String verwijder(@PathVariable UUID weergaveId, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		dienst.verwijder(aanvrager, weergaveId);
		doorgeven.addFlashAttribute("melding", "register.weergave.verwijderd");
		return "redirect:/toepassingen";
	}

	/** The list's address with these filters; the values were checked or are dropped by the list itself. */
	static String lijstAdres(Map<String, String> filter) {
		UriComponentsBuilder adres = UriComponentsBuilder.fromPath("/toepassingen");
		filter.forEach((sleutel, waarde) -> {
			if (waarde != null && !waarde.isBlank()) {
				adres.queryParam(sleutel, waarde);
			}
		});
		return adres.encode().build().toUriString();
	}

}
