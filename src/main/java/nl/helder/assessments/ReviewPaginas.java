// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.assessments.internal.Beoordeling;
import nl.helder.assessments.internal.Review;
import nl.helder.assessments.internal.ReviewDienst;
import nl.helder.assessments.internal.Reviewschema;
import nl.helder.register.InterneGegevens.Levensfase;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * Periodic reviews for staff: the municipality's overview of due and overdue reviews, and the actions of the review
 * section on a toepassing's Beoordelingen tab (start, complete, change the cadence). That section itself is part of
 * the tab's page ({@link BeoordelingPaginas}).
 */
@Controller
class ReviewPaginas {

	private static final String BASIS = "/toepassingen/{toepassingId}/reviews";

	private final ReviewDienst dienst;

	private final MessageSource berichten;

	ReviewPaginas(ReviewDienst dienst, MessageSource berichten) {
		this.dienst = dienst;
		this.berichten = berichten;
	}

	@Toegang(ingelogd = true)
	@GetMapping("/reviews")
	String overzicht(Aanvrager aanvrager, Model model) {
		List<Reviewschema.Stand> standen = dienst.overzicht(aanvrager.organisatieCode());
		model.addAttribute("standen", standen);
		model.addAttribute("aandacht", standen.stream().filter(Reviewschema.Stand::isAandacht).count());
		labels(model, berichten);
		return "assessments/reviews";
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO, Rol.REGISTER_BEHEERDER, Rol.PRIVACY_OFFICER })
	@PostMapping(BASIS)
	String start(@PathVariable UUID toepassingId, Aanvrager aanvrager) {
		Beoordeling checklist = dienst.start(aanvrager.organisatieCode(), toepassingId, aanvrager);
		return "redirect:/toepassingen/" + toepassingId + "/beoordelingen/" + checklist.id() + "/invullen";
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO, Rol.REGISTER_BEHEERDER, Rol.PRIVACY_OFFICER })
	@PostMapping(BASIS + "/{id}/afronden")
	String rondAf(@PathVariable UUID toepassingId, @PathVariable UUID id, Aanvrager aanvrager,
			RedirectAttributes doorgeven) {
		try {
			Review review = dienst.rondAf(aanvrager.organisatieCode(), toepassingId, id, aanvrager);
			String melding = review.volgendeDatum() == null ? tekst("review.afgerond.zonder-volgende")
					: tekst("review.afgerond", review.volgendeDatum().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
			doorgeven.addFlashAttribute("reviewmelding", melding);
			doorgeven.addFlashAttribute("herclassificeren", review.herclassificeren());
			return "redirect:/toepassingen/" + toepassingId + "/beoordelingen#review";
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("stapfouten", fout.fouten().stream().map(f -> tekst(f.melding())).toList());
			return "redirect:/toepassingen/" + toepassingId + "/beoordelingen/" + id;
		}
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(BASIS + "/ritme")
	String zetRitme(@PathVariable UUID toepassingId, @RequestParam(required = false) String dagen, Aanvrager aanvrager,
			RedirectAttributes doorgeven) {
		try {
			dienst.zetRitme(aanvrager.organisatieCode(), toepassingId, dagen, aanvrager);
			doorgeven.addFlashAttribute("reviewmelding", tekst("review.ritme.opgeslagen"));
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("ritmefout", fout.fouten().get(0).melding());
			doorgeven.addFlashAttribute("ritmeinvoer", dagen);
		}
		return "redirect:/toepassingen/" + toepassingId + "/beoordelingen#review";
	}

	/** Phase and status names as text, so templates need no keys composed at run time. */
	static void labels(Model model, MessageSource berichten) {
		Map<String, String> fasen = new LinkedHashMap<>();
		for (Levensfase fase : Levensfase.values()) {
			fasen.put(fase.name(), tekst(berichten, "register.levensfase." + fase.name()));
		}
		Map<String, String> statussen = new LinkedHashMap<>();
		for (Reviewschema.Status status : Reviewschema.Status.values()) {
			statussen.put(status.name(), tekst(berichten, "review.status." + status.name()));
		}
		model.addAttribute("fasen", fasen);
		model.addAttribute("reviewstatussen", statussen);
	}

	private String tekst(String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, sleutel, LocaleContextHolder.getLocale());
	}

	private static String tekst(MessageSource berichten, String sleutel) {
		return berichten.getMessage(sleutel, null, sleutel, LocaleContextHolder.getLocale());
	}

}
