// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.OrganisatieInfo;
import nl.helder.platform.PdfDocumenten;
import nl.helder.register.Registergids;

/**
 * An assessment as a tagged PDF, for the file, the works council or the auditor: the answers as shown on the page,
 * with the sign-off (FG advice and approval). A version that is not approved says so on every page's header.
 */
@Component
public class BeoordelingPdf {

	private final BeoordelingDienst dienst;

	private final PdfDocumenten pdf;

	private final Vragenlijstcatalogus catalogus;

	private final Registergids register;

	private final Organisatiegids organisaties;

	BeoordelingPdf(BeoordelingDienst dienst, PdfDocumenten pdf, Vragenlijstcatalogus catalogus, Registergids register,
			Organisatiegids organisaties) {
		this.dienst = dienst;
		this.pdf = pdf;
		this.catalogus = catalogus;
		this.register = register;
		this.organisaties = organisaties;
	}

	/** The download for page and API alike; 404 when the assessment is not of this organisation and toepassing. */
	public ResponseEntity<byte[]> download(String organisatieCode, UUID toepassingId, UUID id, Locale taal) {
		String toepassing = register.kop(organisatieCode, toepassingId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
			.naam();
		Beoordeling beoordeling = dienst.toon(organisatieCode, toepassingId, id);
		String organisatie = organisaties.vind(organisatieCode).map(OrganisatieInfo::naam).orElse(organisatieCode);
		byte[] bytes = maak(beoordeling, toepassing, organisatie, taal);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(bestandsnaam(beoordeling, toepassing)).build().toString())
			.body(bytes);
	}

	/** A file name without spaces or accents, such as {@code dpia-v2-chatbot-afvalwijzer.pdf}. */
	public static String bestandsnaam(Beoordeling beoordeling, String toepassingNaam) {
		String naam = Normalizer.normalize(toepassingNaam, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		naam = naam.length() > 60 ? naam.substring(0, 60) : naam;
		return beoordeling.vragenlijstId() + "-v" + beoordeling.versie() + (naam.isEmpty() ? "" : "-" + naam) + ".pdf";
	}

	public byte[] maak(Beoordeling beoordeling, String toepassingNaam, String organisatieNaam, Locale taal) {
		var invulling = dienst.invulling(beoordeling);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("b", beoordeling);
		model.put("lijst", invulling.vragenlijst());
		model.put("toepassing", toepassingNaam);
		model.put("organisatie", organisatieNaam);
		model.put("secties", Weergave.secties(invulling.vragenlijst(), invulling.antwoorden(), invulling.zichtbaar(),
				invulling.overgenomen(), Map.of(), false));
		model.put("uitkomst", invulling.uitkomst());
		Map<String, String> titels = new LinkedHashMap<>();
		catalogus.alle().forEach(v -> titels.putIfAbsent(v.id(), v.titel()));
		model.put("titels", titels);
		return pdf.maak("pdf/beoordeling", model, taal);
	}

}
