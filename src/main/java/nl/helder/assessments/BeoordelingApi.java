// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.helder.assessments.internal.Beoordeling;
import nl.helder.assessments.internal.BeoordelingDienst;
import nl.helder.assessments.internal.BeoordelingPdf;
import nl.helder.assessments.internal.Registerovername;
import nl.helder.assessments.internal.Prescanuitkomst.Advies;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/toepassingen/{toepassingId}/beoordelingen",
		produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Beoordelingen", description = "Pre-scan, DPIA, IAMA, FRIA en ethische check per toepassing: antwoorden, "
		+ "advies van de FG en goedkeuring door de eigenaar. Een goedgekeurde versie verandert niet meer.")
class BeoordelingApi {

	private final BeoordelingDienst dienst;

	private final BeoordelingPdf pdf;

	private final Registerovername overname;

	BeoordelingApi(BeoordelingDienst dienst, BeoordelingPdf pdf, Registerovername overname) {
		this.pdf = pdf;
		this.overname = overname;
		this.dienst = dienst;
	}

	record NieuweBeoordeling(String vragenlijst) {
	}

	record AntwoordenInvoer(Map<String, Object> antwoorden, Long revisie) {
	}

	record AdviesInvoer(String tekst, Boolean positief) {
	}

	record GoedkeuringInvoer(String toelichting) {
	}

	record Samenvatting(UUID id, UUID reeksId, int versie, String vragenlijst, String vragenlijstVersie, String titel,
			Beoordelingsstatus status, Map<String, Object> aanleiding, Instant gewijzigd, String gewijzigdDoor) {
	}

	record AdviesJson(String tekst, boolean positief, String door, Instant op) {
	}

	record GoedkeuringJson(String door, Instant op, String toelichting) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record BeoordelingJson(UUID id, UUID toepassingId, UUID reeksId, int versie, String vragenlijst,
			String vragenlijstVersie, String titel, Beoordelingsstatus status, long revisie, boolean bevroren,
			Map<String, Object> antwoorden, List<String> overgenomen, List<String> zichtbaar, List<Advies> uitkomst,
			Map<String, Object> aanleiding, Instant ingediendOp, AdviesJson advies, GoedkeuringJson goedkeuring,
			Instant aangemaakt, String aangemaaktDoor, Instant gewijzigd, String gewijzigdDoor, List<String> weggelaten,
			List<Samenvatting> aangemaakteBeoordelingen) {
	}

	@Operation(summary = "Alle beoordelingen van een toepassing, elke versie")
	@Toegang(ingelogd = true)
	@GetMapping
	List<Samenvatting> lijst(@PathVariable String code, @PathVariable UUID toepassingId) {
		return dienst.lijst(code, toepassingId).stream().map(this::samenvatting).toList();
	}

	@Operation(summary = "Een beoordeling starten met de actuele versie van een vragenlijst",
			description = "vragenlijst: het id, zoals dpia. Antwoorden die de toepassing al gaf in een ander instrument "
					+ "(doel, betrokkenen ...) staan er meteen in. Status: TE_DOEN.")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO, Rol.REGISTER_BEHEERDER, Rol.PRIVACY_OFFICER })
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	BeoordelingJson maakAan(@PathVariable String code, @PathVariable UUID toepassingId,
			@RequestBody NieuweBeoordeling invoer, Aanvrager aanvrager) {
		return json(dienst.maakAan(code, toepassingId, invoer.vragenlijst(), aanvrager), null, null);
	}

	record Overname(String afwegingen, Boolean impacttoets, String link) {
	}

	record Overgenomen(int registerversie) {
	}

	@Operation(summary = "Wat een goedgekeurde beoordeling in het Algoritmeregister kan zetten, naast wat er nu staat",
			description = "impacttoets: de naam voor het veld Impacttoetsen; afwegingen: een voorstel voor het veld "
					+ "Afwegingen uit de antwoorden (leeg als de vragenlijst er geen voorstelt). 400 als de beoordeling "
					+ "nog niet is goedgekeurd.")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@GetMapping("/{id}/registerovername")
	Registerovername.Voorstel registervoorstel(@PathVariable String code, @PathVariable UUID toepassingId,
			@PathVariable UUID id) {
		return overname.voorstel(code, toepassingId, id);
	}

	@Operation(summary = "Een goedgekeurde beoordeling in het Algoritmeregister zetten (nieuwe conceptversie)",
			description = "afwegingen: tekst die het veld Afwegingen vervangt (weglaten: veld blijft); impacttoets: true "
					+ "zet de beoordeling bij Impacttoetsen, met link als die openbaar is.")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping(value = "/{id}/registerovername", consumes = MediaType.APPLICATION_JSON_VALUE)
	Overgenomen neemOver(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID id,
			@RequestBody Overname invoer, Aanvrager aanvrager) {
		return new Overgenomen(overname.neemOver(code, toepassingId, id, invoer.afwegingen(),
				Boolean.TRUE.equals(invoer.impacttoets()), invoer.link(), aanvrager));
	}

	@Operation(summary = "Eén beoordeling als PDF (getagd, PDF/UA), met advies en goedkeuring",
			description = "Een versie die nog niet is goedgekeurd heeft bovenaan de tekst Concept.")
	@Toegang(ingelogd = true)
	@GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID id) {
		return pdf.download(code, toepassingId, id, LocaleContextHolder.getLocale());
	}

	@Operation(summary = "Eén beoordeling met antwoorden, zichtbare vragen, uitkomst (pre-scan), advies en goedkeuring")
	@Toegang(ingelogd = true)
	@GetMapping("/{id}")
	BeoordelingJson toon(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID id) {
		return json(dienst.toon(code, toepassingId, id), null, null);
	}

	@Operation(summary = "Alle versies van deze beoordeling, nieuwste eerst")
	@Toegang(ingelogd = true)
	@GetMapping("/{id}/versies")
	List<Samenvatting> versies(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID id) {
		return dienst.versies(dienst.toon(code, toepassingId, id)).stream().map(this::samenvatting).toList();
	}

	@Operation(summary = "Antwoorden opslaan (alle antwoorden; wat ontbreekt is leeg)",
			description = "Stuur de revisie mee die u las; was iemand u voor, dan volgt 409 met huidigeRevisie en huidig. "
					+ "Verplichte vragen mogen leeg blijven tot u de beoordeling ter advies aanbiedt. Antwoorden op vragen "
					+ "die door hun voorwaarde verborgen zijn, vervallen (zie weggelaten). Is de beoordeling goedgekeurd, "
					+ "dan ontstaat een nieuwe versie als concept, met een eigen id; de goedgekeurde blijft ongewijzigd.")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO, Rol.REGISTER_BEHEERDER, Rol.PRIVACY_OFFICER })
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	BeoordelingJson bewaar(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID id,
			@RequestBody AntwoordenInvoer invoer, Aanvrager aanvrager) {
		var opgeslagen = dienst.bewaar(code, toepassingId, id, invoer.antwoorden() == null ? Map.of() : invoer.antwoorden(),
				invoer.revisie(), aanvrager);
		return json(opgeslagen.beoordeling(), opgeslagen.weggelaten(), null);
	}

	@Operation(summary = "Ter advies aanbieden aan de functionaris gegevensbescherming (FG)",
			description = "Alle zichtbare verplichte vragen moeten beantwoord zijn; wat ontbreekt staat in invalidParams. "
					+ "Bij een pre-scan maakt Helder meteen de beoordelingen aan die de regels vragen (status TE_DOEN).")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO, Rol.REGISTER_BEHEERDER, Rol.PRIVACY_OFFICER })
	@PostMapping("/{id}/adviesaanvraag")
	BeoordelingJson dienIn(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID id,
			Aanvrager aanvrager) {
		var ingediend = dienst.dienIn(code, toepassingId, id, aanvrager);
		return json(ingediend.beoordeling(), null, ingediend.aangemaakt().stream().map(this::samenvatting).toList());
	}

	@Operation(summary = "Advies geven (alleen de FG)", description = "tekst en positief (true of false) zijn verplicht.")
	@Toegang(Rol.PRIVACY_OFFICER)
	@PostMapping(path = "/{id}/advies", consumes = MediaType.APPLICATION_JSON_VALUE)
	BeoordelingJson adviseer(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID id,
			@RequestBody AdviesInvoer invoer, Aanvrager aanvrager) {
		return json(dienst.adviseer(code, toepassingId, id, invoer.tekst(), invoer.positief(), aanvrager), null, null);
	}

	@Operation(summary = "Goedkeuren na het advies (eigenaar: AI-coördinator of AICO)",
			description = "Niet door wie het advies gaf (vier ogen). Bij een negatief advies is een toelichting verplicht. "
					+ "Daarna is deze versie bevroren.")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(path = "/{id}/goedkeuring", consumes = MediaType.APPLICATION_JSON_VALUE)
	BeoordelingJson keurGoed(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID id,
			@RequestBody GoedkeuringInvoer invoer, Aanvrager aanvrager) {
		return json(dienst.keurGoed(code, toepassingId, id, invoer.toelichting(), aanvrager), null, null);
	}

	private Samenvatting samenvatting(Beoordeling b) {
		return new Samenvatting(b.id(), b.reeksId(), b.versie(), b.vragenlijstId(), b.vragenlijstVersie(),
				dienst.vragenlijst(b).titel(), b.status(), b.aanleiding(), b.gewijzigd(), b.gewijzigdDoorNaam());
	}

	private BeoordelingJson json(Beoordeling b, List<String> weggelaten, List<Samenvatting> aangemaakt) {
		var invulling = dienst.invulling(b);
		return new BeoordelingJson(b.id(), b.toepassingId(), b.reeksId(), b.versie(), b.vragenlijstId(),
				b.vragenlijstVersie(), invulling.vragenlijst().titel(), b.status(), b.revisie(), b.isBevroren(),
				invulling.antwoorden(), invulling.overgenomen(), List.copyOf(invulling.zichtbaar()),
				invulling.vragenlijst().heeftRegels() ? invulling.uitkomst() : null, b.aanleiding(), b.ingediendOp(),
				b.heeftAdvies() ? new AdviesJson(b.adviesTekst(), b.adviesPositief(), b.adviseurNaam(), b.geadviseerdOp())
						: null,
				b.goedgekeurdOp() == null ? null
						: new GoedkeuringJson(b.goedkeurderNaam(), b.goedgekeurdOp(), b.goedkeuringToelichting()),
				b.aangemaakt(), b.aangemaaktDoorNaam(), b.gewijzigd(), b.gewijzigdDoorNaam(), weggelaten, aangemaakt);
	}

}
