// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.helder.pilots.internal.Invoer;
import nl.helder.pilots.internal.Kpistand;
import nl.helder.pilots.internal.Metinglezer;
import nl.helder.pilots.internal.Pilot;
import nl.helder.pilots.internal.PilotDienst;
import nl.helder.pilots.internal.Waarneming;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/toepassingen/{toepassingId}/pilots",
		produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pilots", description = "Van probleem naar besluit: intake (eerst het probleem), pilotplan met leerdoelen "
		+ "en de stap van de ondernemingsraad, KPI-metingen (nulmeting en vervolgmetingen) en het besluit: opschalen, "
		+ "bijstellen of stoppen. Bewerken: AI-coördinator en AICO; lezen: iedereen van de gemeente.")
class PilotApi {

	private final PilotDienst dienst;

	PilotApi(PilotDienst dienst) {
		this.dienst = dienst;
	}

	record NieuwePilot(String titel) {
	}

	record StartInvoer(Long revisie) {
	}

	record Samenvatting(UUID id, String titel, Pilotfase fase, Intakeuitkomst intakeUitkomst, Besluit besluit,
			LocalDate startdatum, LocalDate einddatum, long revisie, Instant gewijzigd) {
	}

	record IntakeJson(String probleem, String probleemhouder, String huidigProces, String waaromAi,
			String alternatieven, String criteriaVersie, Map<String, Object> scores, Intakeuitkomst uitkomst,
			String redenen) {
	}

	record PlanJson(String leerdoelen, List<UUID> teams, Integer aantalDeelnemers, LocalDate startdatum,
			LocalDate einddatum, List<String> kpis, LocalDate vervolgmetingOp, OrSoort orSoort, LocalDate orDatum,
			String orUitkomst, LocalDate medewerkersGeinformeerdOp, Instant gestartOp) {
	}

	record BesluitJson(Besluit besluit, String redenen, Map<String, Object> bewijs, String lessen,
			boolean lessenDeelbaar, Instant beslotenOp, String beslotenDoor) {
	}

	record SignaalJson(String soort, String tekst, boolean blokkeertStart) {
	}

	record PilotJson(UUID id, UUID toepassingId, String titel, Pilotfase fase, long revisie, IntakeJson intake,
			PlanJson plan, BesluitJson besluit, List<SignaalJson> waarschuwingen, Instant aangemaakt, Instant gewijzigd,
			String gewijzigdDoor) {
	}

	record WaarnemingJson(UUID id, String kpi, String moment, LocalDate datum, BigDecimal waarde, String bron,
			Instant ingevoerd, String ingevoerdDoor) {
	}

	record KpisJson(List<Map<String, Object>> samenvatting, List<WaarnemingJson> waarnemingen) {
	}

	record ImportRegelJson(int regel, String kpi, String moment, LocalDate datum, BigDecimal waarde) {
	}

	record ImportJson(boolean proef, int aantalRegels, List<ImportRegelJson> regels) {
	}

	@Operation(summary = "Alle pilots van een toepassing, nieuwste eerst")
	@Toegang(ingelogd = true)
	@GetMapping
	List<Samenvatting> lijst(@PathVariable String code, @PathVariable UUID toepassingId) {
		return dienst.lijst(code, toepassingId).stream().map(PilotApi::samenvatting).toList();
	}

	@Operation(summary = "Een pilot beginnen met een intake", description = "titel is verplicht. De pilot begint in fase INTAKE.")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	PilotJson maakAan(@PathVariable String code, @PathVariable UUID toepassingId, @RequestBody NieuwePilot invoer,
			Aanvrager aanvrager) {
		return json(dienst.maakAan(code, toepassingId, invoer.titel(), aanvrager));
	}

	@Operation(summary = "Eén pilot: intake, plan, besluit en de waarschuwingen uit classificatie en beoordelingen")
	@Toegang(ingelogd = true)
	@GetMapping("/{pilotId}")
	PilotJson toon(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID pilotId) {
		return json(dienst.toon(code, toepassingId, pilotId));
	}

	@Operation(summary = "De intake opslaan",
			description = "Zonder uitkomst is de intake een concept. Met uitkomst (PILOTEN, NIET_NU of NEE) zijn alle teksten, "
					+ "een score en toelichting per criterium (scores: {nut: {score, toelichting}, ...}) en de redenen verplicht. "
					+ "PILOTEN brengt de pilot naar fase PLAN. Stuur de revisie mee die u las; anders 409.")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PutMapping(path = "/{pilotId}/intake", consumes = MediaType.APPLICATION_JSON_VALUE)
	PilotJson intake(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestBody Invoer.Intake invoer, Aanvrager aanvrager) {
		return json(dienst.bewaarIntake(code, toepassingId, pilotId, invoer, aanvrager));
	}

	@Operation(summary = "Het pilotplan opslaan (fase PLAN of LOPEND)",
			description = "Verplicht: leerdoelen, startdatum, einddatum (na de start) en minstens één KPI. Datums als JJJJ-MM-DD. "
					+ "teams: ids uit de teamboom van de gemeente. orSoort: ADVIES, INSTEMMING of INFORMEREN.")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PutMapping(path = "/{pilotId}/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
	PilotJson plan(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestBody Invoer.Plan invoer, Aanvrager aanvrager) {
		return json(dienst.bewaarPlan(code, toepassingId, pilotId, invoer, aanvrager));
	}

	@Operation(summary = "De pilot starten (fase PLAN naar LOPEND)",
			description = "Bij hoog-risico-AI moet eerst de datum medewerkersGeinformeerdOp in het plan staan (AI-verordening). "
					+ "Andere waarschuwingen blokkeren niet.")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(path = "/{pilotId}/start", consumes = MediaType.APPLICATION_JSON_VALUE)
	PilotJson start(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestBody StartInvoer invoer, Aanvrager aanvrager) {
		return json(dienst.start(code, toepassingId, pilotId, invoer.revisie(), aanvrager));
	}

	@Operation(summary = "KPI's: per KPI de verandering van nulmeting naar laatste vervolgmeting, en alle metingen",
			description = "verschil = gemiddelde vervolgmeting min gemiddelde nulmeting, met een 95%-interval (Welch). "
					+ "Met minder dan 5 metingen aan een kant is genoegMetingen false en ontbreken verschil en interval.")
	@Toegang(ingelogd = true)
	@GetMapping("/{pilotId}/kpis")
	KpisJson kpis(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID pilotId) {
		Pilot pilot = dienst.toon(code, toepassingId, pilotId);
		return new KpisJson(dienst.kpistanden(pilot).stream().map(Kpistand::alsGegevens).toList(),
				dienst.waarnemingen(pilot).stream().map(PilotApi::waarneming).toList());
	}

	@Operation(summary = "Eén meting toevoegen", description = "kpi (id uit de lijst), moment (nulmeting of vervolg-1, "
			+ "vervolg-2 ...), datum (JJJJ-MM-DD) en waarde (binnen het bereik van de KPI).")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping(path = "/{pilotId}/waarnemingen", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	WaarnemingJson voegToe(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestBody Invoer.Waarneming invoer, Aanvrager aanvrager) {
		return waarneming(dienst.voegToe(code, toepassingId, pilotId, invoer, aanvrager));
	}

	@Operation(summary = "Een meting verwijderen (alleen vóór het besluit)")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@DeleteMapping("/{pilotId}/waarnemingen/{waarnemingId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void verwijder(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@PathVariable UUID waarnemingId) {
		dienst.verwijder(code, toepassingId, pilotId, waarnemingId);
	}

	@Operation(summary = "Metingen importeren uit CSV: eerst proef=true, dan vastleggen",
			description = "Body: CSV-tekst (Content-Type text/csv) met kolommen kpi, moment, datum, waarde (scheidingsteken ; of ,). Met proef=true "
					+ "(standaard) controleert Helder alles en schrijft niets. Met proef=false legt Helder alle regels vast, "
					+ "of bij één fout geen enkele: dan 400 met per regel de fout in invalidParams.")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PostMapping("/{pilotId}/waarnemingen/import")
	ImportJson importeer(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestParam(defaultValue = "true") boolean proef, @RequestBody(required = false) String csv,
			Aanvrager aanvrager) {
		Metinglezer.Rapport rapport = proef ? dienst.proef(code, toepassingId, pilotId, csv)
				: dienst.importeer(code, toepassingId, pilotId, csv, aanvrager);
		if (rapport.heeftFouten()) {
			throw new OngeldigeInvoer(dienst.fouten(rapport));
		}
		return new ImportJson(proef, rapport.regels().size(), rapport.regels()
			.stream()
			.map(r -> new ImportRegelJson(r.nummer(), r.meting().kpi(), nl.helder.pilots.internal.Meting.momentNaam(r.meting().moment()),
					r.meting().datum(), r.meting().waarde()))
			.toList());
	}

	@Operation(summary = "Het besluit vastleggen: OPSCHALEN, BIJSTELLEN of STOPPEN",
			description = "redenen is verplicht; bij STOPPEN ook lessen (wat ontbrak in de gegevens of de aanpak). "
					+ "De KPI-samenvatting van dit moment wordt bewaard als bewijs en verandert daarna niet meer.")
	@Toegang({ Rol.AI_COORDINATOR, Rol.AICO })
	@PutMapping(path = "/{pilotId}/besluit", consumes = MediaType.APPLICATION_JSON_VALUE)
	PilotJson besluit(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable UUID pilotId,
			@RequestBody Invoer.Besluit invoer, Aanvrager aanvrager) {
		return json(dienst.besluit(code, toepassingId, pilotId, invoer, aanvrager));
	}

	private static Samenvatting samenvatting(Pilot p) {
		return new Samenvatting(p.id(), p.titel(), p.fase(), p.intakeUitkomst(), p.besluit(), p.startdatum(),
				p.einddatum(), p.revisie(), p.gewijzigd());
	}

	private static WaarnemingJson waarneming(Waarneming w) {
		return new WaarnemingJson(w.id(), w.kpi(), nl.helder.pilots.internal.Meting.momentNaam(w.moment()), w.datum(),
				w.waarde().stripTrailingZeros(), w.bron(), w.ingevoerd(), w.ingevoerdDoorNaam());
	}

	private PilotJson json(Pilot p) {
		return new PilotJson(p.id(), p.toepassingId(), p.titel(), p.fase(), p.revisie(),
				new IntakeJson(p.probleem(), p.probleemhouder(), p.huidigProces(), p.waaromAi(), p.alternatieven(),
						p.criteriaVersie(), p.scores(), p.intakeUitkomst(), p.intakeRedenen()),
				new PlanJson(p.leerdoelen(), p.teams(), p.aantalDeelnemers(), p.startdatum(), p.einddatum(), p.kpis(),
						p.vervolgmetingOp(), p.orSoort(), p.orDatum(), p.orUitkomst(), p.medewerkersGeinformeerdOp(),
						p.gestartOp()),
				p.besluit() == null ? null
						: new BesluitJson(p.besluit(), p.besluitRedenen(), p.bewijs(), p.lessen(), p.lessenDeelbaar(),
								p.beslotenOp(), p.beslotenDoorNaam()),
				dienst.signalen(p).stream().map(s -> new SignaalJson(s.soort(), s.tekst(), s.blokkeert())).toList(),
				p.aangemaakt(), p.gewijzigd(), p.gewijzigdDoorNaam());
	}

}
