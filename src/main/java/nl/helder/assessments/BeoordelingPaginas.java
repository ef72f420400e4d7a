// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.helder.assessments.internal.Antwoordcontrole;
import nl.helder.assessments.internal.Beoordeling;
import nl.helder.assessments.internal.BeoordelingDienst;
import nl.helder.assessments.internal.BeoordelingPdf;
import nl.helder.assessments.internal.ReviewDienst;
import nl.helder.assessments.internal.Vragenlijst;
import nl.helder.assessments.internal.Vragenlijstcatalogus;
import nl.helder.assessments.internal.Weergave;
import nl.helder.register.Registergids;
import nl.helder.register.ToepassingKop;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The assessments of a toepassing for staff: the list, one form that renders any definition, and the detail page
 * with the sign-off steps. The organisation is always the caller's own. Conditional questions are decided on the
 * server: after saving, the form shows the questions that now apply.
 */
@Controller
class BeoordelingPaginas {

	private static final String BASIS = "/toepassingen/{toepassingId}/beoordelingen";

	private final BeoordelingDienst dienst;

	private final Vragenlijstcatalogus catalogus;

	private final MessageSource berichten;

	private final Registergids register;

	private final ReviewDienst reviews;

	private final BeoordelingPdf pdf;

	BeoordelingPaginas(BeoordelingDienst dienst, Vragenlijstcatalogus catalogus, MessageSource berichten,
			Registergids register, ReviewDienst reviews, BeoordelingPdf pdf) {
		this.pdf = pdf;
		this.register = register;
		this.reviews = reviews;
		this.dienst = dienst;
		this.catalogus = catalogus;
		this.berichten = berichten;
	}

	/** One row of the list: the assessment and the title of its definition. */
	public record Rij(Beoordeling beoordeling, String titel) {
	}

	@Toegang(ingelogd = true)
	@GetMapping(BASIS)
	String lijst(@PathVariable UUID toepassingId, Aanvrager aanvrager, Model model) {
		List<Rij> rijen = dienst.lijst(aanvrager.organisatieCode(), toepassingId)
			.stream()
			.map(b -> new Rij(b, dienst.vragenlijst(b).titel()))
			.toList();
		model.addAttribute("toepassingId", toepassingId);
		model.addAttribute("rijen", rijen);
		model.addAttribute("vragenlijsten", catalogus.actueel().stream().filter(v -> Vragenlijst.BEOORDELING.equals(v.soort())).toList());
		model.addAttribute("magBewerken", magBewerken(aanvrager));
		model.addAttribute("kop", kop(aanvrager, toepassingId));
		model.addAttribute("review", reviews.stand(aanvrager.organisatieCode(), toepassingId));
		model.addAttribute("reviews", reviews.historie(aanvrager.organisatieCode(), toepassingId));
		model.addAttribute("ritmeMin", reviews.instellingen().minimumDagen());
		model.addAttribute("ritmeMax", reviews.instellingen().maximumDagen());
		model.addAttribute("magRitme", aanvrager.heeftRol(Rol.AI_COORDINATOR) || aanvrager.heeftRol(Rol.AICO));
		ReviewPaginas.labels(model, berichten);
		labels(model);
		return "assessments/lijst";
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO, Rol.REGISTER_BEHEERDER, Rol.PRIVACY_OFFICER })
	@PostMapping(BASIS)
	String maakAan(@PathVariable UUID toepassingId, @RequestParam(required = false) String vragenlijst,
			Aanvrager aanvrager, RedirectAttributes doorgeven) {
		try {
			Beoordeling nieuw = dienst.maakAan(aanvrager.organisatieCode(), toepassingId, vragenlijst, aanvrager);
			doorgeven.addFlashAttribute("melding", "beoordeling.pagina.aangemaakt");
			return "redirect:/toepassingen/" + toepassingId + "/beoordelingen/" + nieuw.id() + "/invullen";
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("stapfouten", fout.fouten().stream().map(f -> tekst(f.melding())).toList());
			return "redirect:/toepassingen/" + toepassingId + "/beoordelingen";
		}
	}

	@Toegang(ingelogd = true)
	@GetMapping(BASIS + "/{id}")
	String detail(@PathVariable UUID toepassingId, @PathVariable UUID id, Aanvrager aanvrager, Model model) {
		Beoordeling beoordeling = dienst.toon(aanvrager.organisatieCode(), toepassingId, id);
		var invulling = dienst.invulling(beoordeling);
		model.addAttribute("b", beoordeling);
		model.addAttribute("lijst", invulling.vragenlijst());
		model.addAttribute("secties", Weergave.secties(invulling.vragenlijst(), invulling.antwoorden(), invulling.zichtbaar(),
				invulling.overgenomen(), Map.of(), false));
		model.addAttribute("uitkomst", invulling.uitkomst());
		model.addAttribute("titels", titels());
		model.addAttribute("versies", dienst.versies(beoordeling));
		model.addAttribute("magBewerken", magBewerken(aanvrager));
		model.addAttribute("isFg", aanvrager.heeftRol(Rol.PRIVACY_OFFICER));
		model.addAttribute("isEigenaar", aanvrager.heeftRol(Rol.AI_COORDINATOR) || aanvrager.heeftRol(Rol.AICO));
		model.addAttribute("isReview", Vragenlijst.REVIEW.equals(invulling.vragenlijst().soort()));
		model.addAttribute("magRegister", aanvrager.heeftRol(Rol.REGISTER_BEHEERDER) || aanvrager.heeftRol(Rol.AI_COORDINATOR));
		model.addAttribute("kop", kop(aanvrager, toepassingId));
		labels(model);
		return "assessments/detail";
	}

	@Toegang(ingelogd = true)
	@GetMapping(BASIS + "/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID toepassingId, @PathVariable UUID id, Aanvrager aanvrager) {
		return pdf.download(aanvrager.organisatieCode(), toepassingId, id, LocaleContextHolder.getLocale());
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO, Rol.REGISTER_BEHEERDER, Rol.PRIVACY_OFFICER })
	@GetMapping(BASIS + "/{id}/invullen")
	String invullen(@PathVariable UUID toepassingId, @PathVariable UUID id, Aanvrager aanvrager, Model model) {
		Beoordeling beoordeling = dienst.toon(aanvrager.organisatieCode(), toepassingId, id);
		var invulling = dienst.invulling(beoordeling);
		return formulier(model, beoordeling, beoordeling.revisie(), invulling.antwoorden(), invulling.overgenomen(),
				Map.of());
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO, Rol.REGISTER_BEHEERDER, Rol.PRIVACY_OFFICER })
	@PostMapping(BASIS + "/{id}/invullen")
	String bewaar(@PathVariable UUID toepassingId, @PathVariable UUID id,
			@RequestParam MultiValueMap<String, String> invoer, Aanvrager aanvrager, Model model,
			RedirectAttributes doorgeven) {
		Beoordeling beoordeling = dienst.toon(aanvrager.organisatieCode(), toepassingId, id);
		Vragenlijst lijst = dienst.vragenlijst(beoordeling);
		Map<String, Object> antwoorden = Weergave.uitFormulier(lijst, invoer);
		Long revisie = getal(invoer.getFirst("revisie"));
		try {
			var opgeslagen = dienst.bewaar(aanvrager.organisatieCode(), toepassingId, id, antwoorden, revisie, aanvrager);
			doorgeven.addFlashAttribute("melding", opgeslagen.beoordeling().id().equals(id) ? "beoordeling.pagina.opgeslagen"
					: "beoordeling.pagina.nieuwe-versie");
			return "redirect:/toepassingen/" + toepassingId + "/beoordelingen/" + opgeslagen.beoordeling().id() + "/invullen";
		}
		catch (OngeldigeInvoer fout) {
			Map<String, List<String>> perVeld = new LinkedHashMap<>();
			fout.perVeld().forEach((veld, meldingen) -> perVeld.put(veld, meldingen.stream().map(this::tekst).toList()));
			model.addAttribute("fouten", perVeld);
			return formulier(model, beoordeling, revisie, antwoorden, List.of(), perVeld);
		}
		catch (Conflict conflict) {
			// A colleague saved first: the user keeps what they typed and now holds the newest revision, so saving
			// again is a deliberate choice.
			Object huidig = conflict.huidig().get("huidig");
			String door = huidig instanceof Map<?, ?> m ? String.valueOf(m.get("gewijzigdDoor")) : "";
			model.addAttribute("conflict", door);
			Beoordeling nu = dienst.toon(aanvrager.organisatieCode(), toepassingId, id);
			return formulier(model, beoordeling, nu.revisie(), antwoorden, List.of(), Map.of());
		}
		catch (OptimisticLockingFailureException gelijktijdig) {
			model.addAttribute("conflict", "");
			Beoordeling nu = dienst.toon(aanvrager.organisatieCode(), toepassingId, id);
			return formulier(model, beoordeling, nu.revisie(), antwoorden, List.of(), Map.of());
		}
	}

	private String formulier(Model model, Beoordeling beoordeling, Long revisie, Map<String, Object> antwoorden,
			List<String> overgenomen, Map<String, List<String>> fouten) {
		Vragenlijst lijst = dienst.vragenlijst(beoordeling);
		Set<String> zichtbaar = Antwoordcontrole.zichtbaar(lijst, antwoorden);
		model.addAttribute("b", beoordeling);
		model.addAttribute("lijst", lijst);
		model.addAttribute("revisie", revisie);
		model.addAttribute("secties", Weergave.secties(lijst, antwoorden, zichtbaar, overgenomen, fouten, true));
		model.addAttribute("heeftVoorwaarden", lijst.vragen().stream().anyMatch(v -> v.toonAls() != null));
		return "assessments/formulier";
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO, Rol.REGISTER_BEHEERDER, Rol.PRIVACY_OFFICER })
	@PostMapping(BASIS + "/{id}/adviesaanvraag")
	String dienIn(@PathVariable UUID toepassingId, @PathVariable UUID id, Aanvrager aanvrager,
			RedirectAttributes doorgeven) {
		return stap(toepassingId, id, doorgeven, () -> {
			var ingediend = dienst.dienIn(aanvrager.organisatieCode(), toepassingId, id, aanvrager);
			return ingediend.aangemaakt().isEmpty() ? "beoordeling.pagina.ingediend"
					: "beoordeling.pagina.ingediend-met-vervolg";
		});
	}

	@Toegang(Rol.PRIVACY_OFFICER)
	@PostMapping(BASIS + "/{id}/advies")
	String adviseer(@PathVariable UUID toepassingId, @PathVariable UUID id, @RequestParam(required = false) String tekst,
			@RequestParam(required = false) String positief, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		Boolean oordeel = "ja".equals(positief) ? Boolean.TRUE : "nee".equals(positief) ? Boolean.FALSE : null;
		return stap(toepassingId, id, doorgeven, () -> {
			dienst.adviseer(aanvrager.organisatieCode(), toepassingId, id, tekst, oordeel, aanvrager);
			return "beoordeling.pagina.geadviseerd";
		});
	}

	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(BASIS + "/{id}/goedkeuring")
	String keurGoed(@PathVariable UUID toepassingId, @PathVariable UUID id,
			@RequestParam(required = false) String toelichting, Aanvrager aanvrager, RedirectAttributes doorgeven) {
		return stap(toepassingId, id, doorgeven, () -> {
			dienst.keurGoed(aanvrager.organisatieCode(), toepassingId, id, toelichting, aanvrager);
			return "beoordeling.pagina.goedgekeurd";
		});
	}

	/** A refused step (four eyes, missing answers) is an everyday situation: an alert on the detail page. */
	private String stap(UUID toepassingId, UUID id, RedirectAttributes doorgeven, java.util.function.Supplier<String> actie) {
		try {
			doorgeven.addFlashAttribute("melding", actie.get());
		}
		catch (OngeldigeInvoer fout) {
			doorgeven.addFlashAttribute("stapfouten", fout.fouten().stream().map(f -> tekst(f.melding())).toList());
		}
		return "redirect:/toepassingen/" + toepassingId + "/beoordelingen/" + id;
	}

	/** Status and level names as text, so templates need no keys composed at run time. */
	private void labels(Model model) {
		Map<String, String> statussen = new LinkedHashMap<>();
		for (Beoordelingsstatus status : Beoordelingsstatus.values()) {
			statussen.put(status.name(), tekst("beoordeling.status." + status.name()));
		}
		model.addAttribute("statussen", statussen);
		model.addAttribute("niveaus", Map.of("verplicht", tekst("beoordeling.niveau.verplicht"), "aangeraden",
				tekst("beoordeling.niveau.aangeraden")));
		model.addAttribute("niveauUitleg", Map.of("verplicht", tekst("beoordeling.niveau.uitleg.verplicht"), "aangeraden",
				tekst("beoordeling.niveau.uitleg.aangeraden")));
	}

	private Map<String, String> titels() {
		Map<String, String> titels = new LinkedHashMap<>();
		catalogus.alle().forEach(v -> titels.putIfAbsent(v.id(), v.titel()));
		return titels;
	}

	private String tekst(String sleutelOfZin) {
		return berichten.getMessage(sleutelOfZin, null, sleutelOfZin, LocaleContextHolder.getLocale());
	}

	private static boolean magBewerken(Aanvrager aanvrager) {
		return aanvrager.heeftRol(Rol.AI_COORDINATOR) || aanvrager.heeftRol(Rol.AICO)
				|| aanvrager.heeftRol(Rol.REGISTER_BEHEERDER) || aanvrager.heeftRol(Rol.PRIVACY_OFFICER);
	}

	private static Long getal(String tekst) {
		try {
			return tekst == null || tekst.isBlank() ? null : Long.valueOf(tekst.strip());
		}
		catch (NumberFormatException fout) {
			return null;
		}
	}

	private ToepassingKop kop(Aanvrager aanvrager, UUID toepassingId) {
		return register.kop(aanvrager.organisatieCode(), toepassingId)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
	}

}
