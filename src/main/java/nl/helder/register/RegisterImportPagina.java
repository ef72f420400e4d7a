// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.register.internal.RegisterImport;
import nl.helder.register.internal.RegisterImport.Rapport;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * Importing a spreadsheet from the browser: upload, see the check, then "Nu importeren". The checked file stays in
 * the user's own session (one file at most, removed after importing), not in a hidden field: the browser cannot
 * change it between check and import, and a 5 MB file does not have to travel twice. Importing checks it again.
 */
@Controller
class RegisterImportPagina {

	static final String SESSIE = "register.import.bestand";

	private final RegisterImport importeur;

	private final RegisterBestanden bestanden;

	private final MessageSource berichten;

	RegisterImportPagina(RegisterImport importeur, MessageSource berichten, RegisterBestanden bestanden) {
		this.bestanden = bestanden;
		this.importeur = importeur;
		this.berichten = berichten;
	}

	/** The checked file, for the organisation it was checked for. */
	record Gecontroleerd(String organisatieCode, byte[] inhoud) implements java.io.Serializable {
	}

	@Toegang(ingelogd = true)
	@GetMapping("/toepassingen/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(Aanvrager aanvrager) {
		return bestanden.xlsx(aanvrager.organisatieCode());
	}

	@Toegang(ingelogd = true)
	@GetMapping("/toepassingen/export.csv")
	ResponseEntity<byte[]> exportCsv(Aanvrager aanvrager) {
		return bestanden.csv(aanvrager.organisatieCode());
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@GetMapping("/toepassingen/import")
	String formulier() {
		return "register/import";
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/import")
	String controleer(@RequestParam(name = "bestand", required = false) MultipartFile bestand, Aanvrager aanvrager,
			HttpSession sessie, Model model) {
		sessie.removeAttribute(SESSIE);
		try {
			byte[] inhoud = ToepassingImportApi.inhoud(bestand);
			Rapport rapport = importeur.proef(aanvrager.organisatieCode(), inhoud);
			if (!rapport.heeftFouten() && !rapport.rijen().isEmpty()) {
				sessie.setAttribute(SESSIE, new Gecontroleerd(aanvrager.organisatieCode(), inhoud));
			}
			model.addAttribute("rapport", rapport);
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("meldingen", teksten(fout));
		}
		return "register/import";
	}

	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/toepassingen/import/bevestiging")
	String importeer(Aanvrager aanvrager, HttpSession sessie, Model model, RedirectAttributes doorgeven) {
		if (!(sessie.getAttribute(SESSIE) instanceof Gecontroleerd bestand)
				|| !bestand.organisatieCode().equals(aanvrager.organisatieCode())) {
			model.addAttribute("meldingen", List.of(tekst("register.import.verlopen")));
			return "register/import";
		}
		try {
			Rapport rapport = importeur.importeer(aanvrager.organisatieCode(), bestand.inhoud(), aanvrager);
			if (rapport.heeftFouten()) {
				model.addAttribute("rapport", rapport);
				return "register/import";
			}
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("meldingen", teksten(fout));
			return "register/import";
		}
		finally {
			sessie.removeAttribute(SESSIE);
		}
		doorgeven.addFlashAttribute("melding", "register.import.klaar");
		return "redirect:/toepassingen";
	}

	private List<String> teksten(OngeldigeInvoer fout) {
		return fout.fouten().stream().map(f -> tekst(f.melding())).toList();
	}

	private String tekst(String sleutelOfTekst) {
		return berichten.getMessage(sleutelOfTekst, null, sleutelOfTekst, LocaleContextHolder.getLocale());
	}

}
