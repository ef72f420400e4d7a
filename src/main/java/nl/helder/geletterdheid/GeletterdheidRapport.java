// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid;

import java.util.HashMap;
import java.util.Map;


import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.helder.geletterdheid.internal.Bewijsrapport;
import nl.helder.geletterdheid.internal.Bron;
import nl.helder.geletterdheid.internal.Dekking;
import nl.helder.geletterdheid.internal.Niveau;
import nl.helder.geletterdheid.internal.Onderwerpen;
import nl.helder.geletterdheid.internal.Vorm;
import nl.helder.platform.PdfDocumenten;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/** The evidence report for AI Act art. 4, as a page and as a tagged PDF, both from {@link Bewijsrapport}. */
@Controller
class GeletterdheidRapport {

	private final Bewijsrapport rapport;

	private final PdfDocumenten pdf;

	private final MessageSource berichten;

	GeletterdheidRapport(Bewijsrapport rapport, PdfDocumenten pdf, MessageSource berichten) {
		this.rapport = rapport;
		this.pdf = pdf;
		this.berichten = berichten;
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/geletterdheid/rapport")
	String pagina(Aanvrager aanvrager, Model model) {
		model.addAllAttributes(model(aanvrager.organisatieCode()));
		return "geletterdheid/rapport";
	}

	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/geletterdheid/rapport.pdf")
	ResponseEntity<byte[]> paginaPdf(Aanvrager aanvrager) {
		return pdf(aanvrager.organisatieCode());
	}

	/** Also served by the API ({@link GeletterdheidApi}), where errors are problem+json. */
	ResponseEntity<byte[]> pdf(String org) {
		Map<String, Object> model = model(org);
		byte[] inhoud = pdf.maak("pdf/geletterdheid-rapport", model, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ai-geletterdheid-" + org + ".pdf").build().toString())
			.body(inhoud);
	}

	private Map<String, Object> model(String org) {
		Map<String, Object> model = new HashMap<>();
		model.put("rapport", rapport.maak(org));
		model.put("niveaus", labels(Niveau.values(), "geletterdheid.niveau."));
		model.put("vormen", labels(Vorm.values(), "geletterdheid.vorm."));
		model.put("bronnen", labels(Bron.values(), "geletterdheid.bron."));
		model.put("statussen", labels(Dekking.Status.values(), "geletterdheid.status."));
		model.put("onderwerpen", Onderwerpen.namen());
		return model;
	}

	private <E extends Enum<E>> Map<String, String> labels(E[] waarden, String voorvoegsel) {
		Map<String, String> uit = new java.util.LinkedHashMap<>();
		for (E e : waarden) {
			uit.put(e.name(), berichten.getMessage(voorvoegsel + e.name(), null, e.name(), LocaleContextHolder.getLocale()));
		}
		return uit;
	}

}
