// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;

import nl.helder.geletterdheid.internal.AfrondingImport;
import nl.helder.geletterdheid.internal.Bron;
import nl.helder.geletterdheid.internal.Dekking;
import nl.helder.geletterdheid.internal.DekkingDienst;
import nl.helder.geletterdheid.internal.Eis;
import nl.helder.geletterdheid.internal.GeletterdheidDienst;
import nl.helder.geletterdheid.internal.Medewerker;
import nl.helder.geletterdheid.internal.Niveau;
import nl.helder.geletterdheid.internal.RoosterImport;
import nl.helder.geletterdheid.internal.Training;
import nl.helder.geletterdheid.internal.Toepassingsrolsoort;
import nl.helder.geletterdheid.internal.Voorwaarde;
import nl.helder.geletterdheid.internal.Vorm;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/geletterdheid", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "AI-geletterdheid", description = "Medewerkers, trainingen, eisen, afgeronde trainingen en de dekking: "
		+ "het bewijs dat de gemeente zorgt voor voldoende AI-kennis (AI-verordening artikel 4).")
class GeletterdheidApi {

	private static final long MAX_BYTES = 5L * 1024 * 1024;

	private final GeletterdheidDienst dienst;

	private final DekkingDienst dekking;

	private final AfrondingImport importeur;

	private final MessageSource berichten;

	private final GeletterdheidRapport rapport;

	private final RoosterImport rooster;

	GeletterdheidApi(GeletterdheidDienst dienst, DekkingDienst dekking, AfrondingImport importeur,
			MessageSource berichten, GeletterdheidRapport rapport, RoosterImport rooster) {
		this.rapport = rapport;
		this.rooster = rooster;
		this.dienst = dienst;
		this.dekking = dekking;
		this.importeur = importeur;
		this.berichten = berichten;
	}

	record TrainingJson(UUID id, String code, String titel, Niveau niveau, List<String> onderwerpen, String aanbieder,
			BigDecimal duurUren, Integer geldigMaanden, Vorm vorm, LocalDate aangebodenSinds, long revisie) {

		static TrainingJson van(Training t) {
			return new TrainingJson(t.id(), t.code(), t.titel(), t.niveau(), t.onderwerpen(), t.aanbieder(), t.duurUren(),
					t.geldigMaanden(), t.vorm(), t.aangebodenSinds(), t.revisie());
		}

	}

	record TrainingInvoer(String code, String titel, Niveau niveau, List<String> onderwerpen, String aanbieder,
			BigDecimal duurUren, Integer geldigMaanden, Vorm vorm, LocalDate aangebodenSinds, Long revisie) {

		Training.Trainingsgegevens gegevens() {
			return new Training.Trainingsgegevens(code, titel, niveau, onderwerpen, aanbieder, duurUren, geldigMaanden,
					vorm, aangebodenSinds);
		}

	}

	record KoppelingJson(UUID id, UUID toepassingId, Toepassingsrolsoort rol) {
	}

	record MedewerkerJson(UUID id, String personeelsnummer, String naam, UUID teamId, String functiegroep, String email,
			LocalDate inDienst, long revisie, List<KoppelingJson> toepassingen) {
	}

	record MedewerkerInvoer(String personeelsnummer, String naam, UUID teamId, String functiegroep, String email,
			LocalDate inDienst, Long revisie) {
	}

	record KoppelingInvoer(UUID toepassingId, Toepassingsrolsoort rol) {
	}

	record AfrondingJson(UUID id, UUID medewerkerId, UUID trainingId, LocalDate datum, Bron bron, boolean bevestigd) {
	}

	record AfrondingInvoer(UUID medewerkerId, UUID trainingId, LocalDate datum) {
	}

	record EisJson(UUID id, String naam, Niveau niveau, List<Voorwaarde> voorwaarden, LocalDate uiterlijk,
			Integer binnenDagen) {

		static EisJson van(Eis e) {
			return new EisJson(e.id(), e.naam(), e.niveau(), e.voorwaarden(), e.uiterlijk(), e.binnenDagen());
		}

	}

	record EisInvoer(String naam, Niveau niveau, List<Voorwaarde> voorwaarden, LocalDate uiterlijk, Integer binnenDagen) {
	}

	record ImportJson(boolean proef, boolean foutloos, long goed, long fout, List<AfrondingImport.Regel> regels) {
	}

	record GatJson(UUID medewerkerId, String personeelsnummer, String naam, String eis, Niveau niveau, LocalDate deadline,
			Dekking.Status status) {
	}

	/** The figures of a group, with the shares and the AI Monitor's bands spelled out. */
	record CijfersJson(String sleutel, String naam, int diepte, int medewerkers, int metBasis, BigDecimal aandeelBasis,
			String bandBasis, int metVerdiepend, BigDecimal aandeelVerdiepend, String bandVerdiepend, int metGat,
			int verlooptBinnen90Dagen, int verlopen) {

		static CijfersJson van(Dekking.Cijfers c) {
			return new CijfersJson(c.sleutel(), c.naam(), c.diepte(), c.medewerkers(), c.metBasis(), c.aandeelBasis(),
					c.bandBasis(), c.metVerdiepend(), c.aandeelVerdiepend(), c.bandVerdiepend(), c.metGat(),
					c.verlooptBinnenkort(), c.verlopen());
		}

		static List<CijfersJson> van(List<Dekking.Cijfers> lijst) {
			return lijst.stream().map(CijfersJson::van).toList();
		}

	}

	record DekkingJson(LocalDate peildatum, boolean heleOrganisatie, CijfersJson organisatie, List<CijfersJson> teams,
			List<CijfersJson> functiegroepen, List<CijfersJson> toepassingen, List<GatJson> gaten) {
	}

	record BehoefteJson(String eis, Niveau niveau, LocalDate deadline, Dekking.Status status, LocalDate geldigTot) {
	}

	record MijnJson(String personeelsnummer, String naam, List<AfrondingJson> afrondingen, List<BehoefteJson> eisen) {
	}

	// --- catalogue

	@Operation(summary = "De trainingen in de catalogus van de gemeente")
	@Toegang(ingelogd = true)
	@GetMapping("/trainingen")
	List<TrainingJson> trainingen(@PathVariable String code) {
		return dienst.trainingen(code).stream().map(TrainingJson::van).toList();
	}

	@Operation(summary = "Een training aan de catalogus toevoegen")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/trainingen")
	@ResponseStatus(HttpStatus.CREATED)
	TrainingJson nieuweTraining(@PathVariable String code, @RequestBody TrainingInvoer invoer) {
		return TrainingJson.van(dienst.slaTrainingOp(code, null, null, invoer.gegevens()));
	}

	@Operation(summary = "Een training wijzigen", description = "Stuur de revisie mee; is die verouderd, dan volgt 409.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PutMapping("/trainingen/{id}")
	TrainingJson wijzigTraining(@PathVariable String code, @PathVariable UUID id, @RequestBody TrainingInvoer invoer) {
		return TrainingJson.van(dienst.slaTrainingOp(code, id, invoer.revisie(), invoer.gegevens()));
	}

	@Operation(summary = "De startcatalogus van Helder laden", description = "Voegt de trainingen toe waarvan de code nog niet bestaat.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/trainingen/startcatalogus")
	Map<String, Integer> startcatalogus(@PathVariable String code) {
		return Map.of("toegevoegd", dienst.laadStartcatalogus(code));
	}

	// --- roster

	@Operation(summary = "Alle medewerkers, met de toepassingen die zij gebruiken, bewaken of beheren")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/medewerkers")
	List<MedewerkerJson> medewerkers(@PathVariable String code) {
		var rollen = dienst.toepassingsrollen(code);
		return dienst.medewerkers(code).stream().map(m -> json(m, rollen.stream()
			.filter(r -> r.medewerkerId().equals(m.id()))
			.map(r -> new KoppelingJson(r.id(), r.toepassingId(), r.rol()))
			.toList())).toList();
	}

	@Operation(summary = "Een medewerker toevoegen")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/medewerkers")
	@ResponseStatus(HttpStatus.CREATED)
	MedewerkerJson nieuweMedewerker(@PathVariable String code, @RequestBody MedewerkerInvoer invoer) {
		return json(dienst.slaMedewerkerOp(code, null, null, gegevens(invoer)), List.of());
	}

	@Operation(summary = "Een medewerker")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/medewerkers/{id}")
	MedewerkerJson medewerker(@PathVariable String code, @PathVariable UUID id) {
		return json(dienst.medewerker(code, id), dienst.toepassingsrollen(code, id)
			.stream()
			.map(r -> new KoppelingJson(r.id(), r.toepassingId(), r.rol()))
			.toList());
	}

	@Operation(summary = "Een medewerker wijzigen", description = "Stuur de revisie mee; is die verouderd, dan volgt 409.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PutMapping("/medewerkers/{id}")
	MedewerkerJson wijzigMedewerker(@PathVariable String code, @PathVariable UUID id, @RequestBody MedewerkerInvoer invoer) {
		dienst.slaMedewerkerOp(code, id, invoer.revisie(), gegevens(invoer));
		return medewerker(code, id);
	}

	@Operation(summary = "Vastleggen dat een medewerker een toepassing gebruikt, bewaakt (menselijk toezicht) of beheert")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/medewerkers/{id}/toepassingen")
	@ResponseStatus(HttpStatus.CREATED)
	KoppelingJson koppel(@PathVariable String code, @PathVariable UUID id, @RequestBody KoppelingInvoer invoer) {
		var rol = dienst.koppel(code, id, invoer.toepassingId(), invoer.rol());
		return new KoppelingJson(rol.id(), rol.toepassingId(), rol.rol());
	}

	@Operation(summary = "Een koppeling aan een toepassing verwijderen")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@DeleteMapping("/koppelingen/{id}")
	ResponseEntity<Void> ontkoppel(@PathVariable String code, @PathVariable UUID id) {
		dienst.ontkoppel(code, id);
		return ResponseEntity.noContent().build();
	}

	record RoosterJson(boolean proef, boolean foutloos, List<RoosterImport.Regel> regels) {
	}

	@Operation(summary = "Een export van het personeelsbestand inlezen (xlsx of CSV)",
			description = "Kolommen personeelsnummer en naam, en naar keuze team (naam), functiegroep, email, in_dienst en "
					+ "toepassingen (\"Naam:rol; Naam:rol\", rol gebruiker, toezichthouder of beheerder). Medewerkers worden "
					+ "gekoppeld op personeelsnummer: nieuw of bijwerken. Met proef=true (standaard) wordt niets opgeslagen; "
					+ "met proef=false alles of niets (400 met het verslag in 'regels').")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/medewerkers/import")
	ResponseEntity<?> importeerRooster(@PathVariable String code,
			@RequestParam(name = "bestand", required = false) MultipartFile bestand,
			@RequestParam(defaultValue = "true") boolean proef) {
		byte[] inhoud = inhoud(bestand);
		var taal = LocaleContextHolder.getLocale();
		RoosterImport.Rapport verslag = proef ? rooster.proef(code, inhoud, taal) : rooster.importeer(code, inhoud, taal);
		if (proef || !verslag.heeftFouten()) {
			return ResponseEntity.ok(new RoosterJson(proef, !verslag.heeftFouten(), verslag.regels()));
		}
		ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				berichten.getMessage("geletterdheid.import.niets-opgeslagen", null, taal));
		probleem.setTitle(berichten.getMessage("fout.400.titel", null, taal));
		probleem.setProperty("invalidParams", verslag.regels()
			.stream()
			.flatMap(r -> r.fouten().stream().map(f -> Map.of("name", "regel " + r.rij(), "code", "invalid", "reason", f)))
			.toList());
		probleem.setProperty("regels", verslag.regels());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
	}

	// --- rules

	@Operation(summary = "De eisen: wie welke training nodig heeft, en wanneer")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/eisen")
	List<EisJson> eisen(@PathVariable String code) {
		return dienst.eisen(code).stream().map(EisJson::van).toList();
	}

	@Operation(summary = "Een eis toevoegen", description = "Voorwaarden zijn feiten met een waarde: functiegroep, team "
			+ "(id), toepassing (id), toepassingsrol (gebruiker, toezichthouder, beheerder), hoog-risico (ja/nee), "
			+ "generatief (ja/nee). Alle voorwaarden moeten gelden, voor dezelfde toepassing.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/eisen")
	@ResponseStatus(HttpStatus.CREATED)
	EisJson nieuweEis(@PathVariable String code, @RequestBody EisInvoer invoer) {
		return EisJson.van(dienst.slaEisOp(code, new GeletterdheidDienst.Eisgegevens(invoer.naam(), invoer.niveau(),
				invoer.voorwaarden(), invoer.uiterlijk(), invoer.binnenDagen())));
	}

	@Operation(summary = "Een eis verwijderen")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@DeleteMapping("/eisen/{id}")
	ResponseEntity<Void> verwijderEis(@PathVariable String code, @PathVariable UUID id) {
		dienst.verwijderEis(code, id);
		return ResponseEntity.noContent().build();
	}

	// --- completions

	@Operation(summary = "Alle afgeronde trainingen")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/afrondingen")
	List<AfrondingJson> afrondingen(@PathVariable String code) {
		return dienst.afrondingen(code).stream().map(GeletterdheidApi::json).toList();
	}

	@Operation(summary = "Een afgeronde training vastleggen (handmatig)")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/afrondingen")
	@ResponseStatus(HttpStatus.CREATED)
	AfrondingJson nieuweAfronding(@PathVariable String code, @RequestBody AfrondingInvoer invoer, Aanvrager aanvrager) {
		return json(dienst.registreer(code, invoer.medewerkerId(), invoer.trainingId(), invoer.datum(), Bron.HANDMATIG,
				aanvrager));
	}

	@Operation(summary = "Een zelf gemelde training bevestigen", description = "Pas daarna telt die mee in de dekking.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/afrondingen/{id}/bevestiging")
	AfrondingJson bevestig(@PathVariable String code, @PathVariable UUID id) {
		return json(dienst.bevestig(code, id));
	}

	@Operation(summary = "Een export van het HR- of leersysteem inlezen (xlsx of CSV)",
			description = "Kolommen personeelsnummer, trainingscode, datum. Met proef=true (standaard) wordt niets "
					+ "opgeslagen: u krijgt per regel wat er niet klopt. Met proef=false wordt alles in één keer "
					+ "opgeslagen, of niets als één regel een fout heeft (400 met het verslag in 'regels').")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/afrondingen/import")
	ResponseEntity<?> importeer(@PathVariable String code,
			@RequestParam(name = "bestand", required = false) MultipartFile bestand,
			@RequestParam(defaultValue = "true") boolean proef, Aanvrager aanvrager) {
		byte[] inhoud = inhoud(bestand);
		var taal = LocaleContextHolder.getLocale();
		AfrondingImport.Rapport rapport = proef ? importeur.proef(code, inhoud, taal)
				: importeur.importeer(code, inhoud, aanvrager, taal);
		ImportJson json = new ImportJson(proef, !rapport.heeftFouten(), rapport.goed(), rapport.fout(), rapport.regels());
		if (proef || !rapport.heeftFouten()) {
			return ResponseEntity.ok(json);
		}
		ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				berichten.getMessage("geletterdheid.import.niets-opgeslagen", null, taal));
		probleem.setTitle(berichten.getMessage("fout.400.titel", null, taal));
		probleem.setProperty("invalidParams", rapport.regels()
			.stream()
			.flatMap(r -> r.fouten().stream().map(f -> Map.of("name", "regel " + r.rij(), "code", "invalid", "reason", f)))
			.toList());
		probleem.setProperty("regels", rapport.regels());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
	}

	// --- coverage

	@Operation(summary = "De dekking: aandeel met basistraining en aanvullende training, gaten, verlopende trainingen",
			description = "Per team (afdelingen tellen hun teams mee), functiegroep, toepassing en voor de hele "
					+ "organisatie. HR en de AI-coördinator zien alles; een teamleider alleen het eigen team.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER })
	@GetMapping("/dekking")
	DekkingJson dekking(@PathVariable String code, Aanvrager aanvrager) {
		Dekking.Uitkomst uitkomst = dekking.voor(aanvrager);
		return new DekkingJson(uitkomst.peildatum(), DekkingDienst.zietAlles(aanvrager),
				CijfersJson.van(uitkomst.organisatie()), CijfersJson.van(uitkomst.teams()),
				CijfersJson.van(uitkomst.functiegroepen()), CijfersJson.van(uitkomst.toepassingen()),
				uitkomst.gaten()
					.stream()
					.map(g -> new GatJson(g.persoon().id(), g.persoon().personeelsnummer(), g.persoon().naam(),
							g.behoefte().regel(), g.behoefte().niveau(), g.behoefte().deadline(), g.behoefte().status()))
					.toList());
	}

	@Operation(summary = "Mijn trainingen en wat er van mij gevraagd wordt",
			description = "Gekoppeld via het e-mailadres van de gebruiker in het personeelsbestand.")
	@Toegang(ingelogd = true)
	@GetMapping("/mijn")
	List<MijnJson> mijn(@PathVariable String code, Aanvrager aanvrager) {
		List<Medewerker> ik = dienst.vanGebruiker(code, aanvrager.persoonId());
		if (ik.isEmpty()) {
			return List.of();
		}
		Dekking.Uitkomst uitkomst = dekking.bereken(code, new DekkingDienst.Zicht(true, java.util.Set.of()), dienst.vandaag());
		return ik.stream().map(m -> {
			Dekking.Stand stand = uitkomst.stand(m.id());
			return new MijnJson(m.personeelsnummer(), m.naam(),
					dienst.afrondingenVan(code, m.id()).stream().map(GeletterdheidApi::json).toList(),
					stand == null ? List.of() : stand.behoeften()
						.stream()
						.map(b -> new BehoefteJson(b.regel(), b.niveau(), b.deadline(), b.status(), b.geldigTot()))
						.toList());
		}).toList();
	}

	@Operation(summary = "Het verantwoordingsrapport AI-geletterdheid (artikel 4 AI-verordening) als getagde PDF",
			description = "Wat de gemeente aanbood, de dekking, en wie toezicht houdt op welk systeem en of die getraind is.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping(path = "/rapport.pdf", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<byte[]> rapportPdf(@PathVariable String code) {
		return rapport.pdf(code);
	}

	static byte[] inhoud(MultipartFile bestand) {
		if (bestand == null || bestand.isEmpty()) {
			throw new OngeldigeInvoer("bestand", "geletterdheid.import.leeg");
		}
		if (bestand.getSize() > MAX_BYTES) {
			throw new OngeldigeInvoer("bestand", "geletterdheid.import.te-groot");
		}
		try {
			return bestand.getBytes();
		}
		catch (java.io.IOException fout) {
			throw new java.io.UncheckedIOException(fout);
		}
	}

	private static GeletterdheidDienst.Medewerkergegevens gegevens(MedewerkerInvoer i) {
		return new GeletterdheidDienst.Medewerkergegevens(i.personeelsnummer(), i.naam(), i.teamId(), i.functiegroep(),
				i.email(), i.inDienst());
	}

	private static MedewerkerJson json(Medewerker m, List<KoppelingJson> koppelingen) {
		return new MedewerkerJson(m.id(), m.personeelsnummer(), m.naam(), m.teamId(), m.functiegroep(), m.email(),
				m.inDienst(), m.revisie(), koppelingen);
	}

	private static AfrondingJson json(nl.helder.geletterdheid.internal.Afronding a) {
		return new AfrondingJson(a.id(), a.medewerkerId(), a.trainingId(), a.datum(), a.bron(), a.bevestigd());
	}

}
