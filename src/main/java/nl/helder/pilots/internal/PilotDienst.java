// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.aiact.Classificatiegids;
import nl.helder.assessments.Beoordelingsgids;
import nl.helder.organisaties.Organisatiegids;
import nl.helder.pilots.Besluit;
import nl.helder.pilots.Intakeuitkomst;
import nl.helder.pilots.OrSoort;
import nl.helder.pilots.Pilotfase;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;

/**
 * The rules of a pilot: what each part must contain, which phase allows which step, and the warnings from the
 * toepassing's classification and assessments. Every check runs before anything is written, so bad input changes
 * nothing.
 */
@Service
public class PilotDienst {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	static final int MAX_TEKST = 10_000;

	private final Pilots pilots;

	private final Waarnemingen waarnemingen;

	private final Pilotdata data;

	private final Registergids register;

	private final Classificatiegids classificaties;

	private final Beoordelingsgids beoordelingen;

	private final Organisatiegids organisaties;

	private final MessageSource berichten;

	private final Clock klok;

	PilotDienst(Pilots pilots, Waarnemingen waarnemingen, Pilotdata data, Registergids register,
			Classificatiegids classificaties, Beoordelingsgids beoordelingen, Organisatiegids organisaties,
			MessageSource berichten, Clock klok) {
		this.pilots = pilots;
		this.waarnemingen = waarnemingen;
		this.data = data;
		this.register = register;
		this.classificaties = classificaties;
		this.beoordelingen = beoordelingen;
		this.organisaties = organisaties;
		this.berichten = berichten;
		this.klok = klok;
	}

	public LocalDate vandaag() {
		return LocalDate.now(klok.withZone(ZONE));
	}

	public Pilotdata data() {
		return data;
	}

	// --- reading

	@Transactional(readOnly = true)
	public List<Pilot> lijst(String organisatieCode, UUID toepassingId) {
		bestaat(organisatieCode, toepassingId);
		return pilots.findByOrganisatieCodeAndToepassingIdOrderByAangemaaktDesc(organisatieCode, toepassingId);
	}

	@Transactional(readOnly = true)
	public Pilot toon(String organisatieCode, UUID toepassingId, UUID id) {
		bestaat(organisatieCode, toepassingId);
		return pilots.findByIdAndOrganisatieCodeAndToepassingId(id, organisatieCode, toepassingId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Transactional(readOnly = true)
	public List<Waarneming> waarnemingen(Pilot pilot) {
		return waarnemingen.findByPilotIdOrderByKpiAscMomentAscDatumAsc(pilot.id());
	}

	@Transactional(readOnly = true)
	public List<Kpistand> kpistanden(Pilot pilot) {
		return Kpistand.bereken(pilot.kpis(), waarnemingen(pilot).stream().map(Waarneming::meting).toList(), data);
	}

	/** The criteria the intake was scored with, or the version that applies today for a new one. */
	public Pilotdata.Criteria criteria(Pilot pilot) {
		return pilot.criteriaVersie() == null ? data.criteria(vandaag())
				: data.criteriaVersie(pilot.criteriaVersie(), vandaag());
	}

	// --- writing

	@Transactional
	public Pilot maakAan(String organisatieCode, UUID toepassingId, String titel, Aanvrager aanvrager) {
		bestaat(organisatieCode, toepassingId);
		List<Veldfout> fouten = new ArrayList<>();
		String t = tekst(titel, "titel", true, 200, fouten);
		gooi(fouten);
		return pilots.save(new Pilot(organisatieCode, toepassingId, t, aanvrager.weergavenaam(), Instant.now(klok)));
	}

	@Transactional
	public Pilot bewaarIntake(String organisatieCode, UUID toepassingId, UUID id, Invoer.Intake invoer,
			Aanvrager aanvrager) {
		Pilot pilot = toon(organisatieCode, toepassingId, id);
		revisie(pilot, invoer.revisie());
		List<Veldfout> fouten = new ArrayList<>();
		Intakeuitkomst uitkomst = keuze(Intakeuitkomst.class, invoer.uitkomst(), "uitkomst", fouten);
		boolean af = uitkomst != null;
		String titel = tekst(invoer.titel(), "titel", true, 200, fouten);
		String probleem = tekst(invoer.probleem(), "probleem", af, MAX_TEKST, fouten);
		String houder = tekst(invoer.probleemhouder(), "probleemhouder", af, MAX_TEKST, fouten);
		String proces = tekst(invoer.huidigProces(), "huidigProces", af, MAX_TEKST, fouten);
		String waarom = tekst(invoer.waaromAi(), "waaromAi", af, MAX_TEKST, fouten);
		String alternatieven = tekst(invoer.alternatieven(), "alternatieven", af, MAX_TEKST, fouten);
		String redenen = tekst(invoer.redenen(), "redenen", af, MAX_TEKST, fouten);
		Pilotdata.Criteria criteria = criteria(pilot);
		Map<String, Invoer.Score> gegeven = invoer.scores() == null ? Map.of() : invoer.scores();
		gegeven.keySet()
			.stream()
			.filter(c -> criteria.criteria().stream().noneMatch(k -> k.id().equals(c)))
			.forEach(c -> fouten.add(new Veldfout("scores." + c, bericht("pilot.intake.criterium.onbekend", c))));
		Map<String, Object> scores = new LinkedHashMap<>();
		for (Pilotdata.Criterium criterium : criteria.criteria()) {
			Invoer.Score score = gegeven.get(criterium.id());
			String veld = "scores." + criterium.id();
			String getal = score == null ? null : leeg(score.score());
			Integer waarde = null;
			if (getal != null) {
				try {
					waarde = Integer.valueOf(getal);
				}
				catch (NumberFormatException fout) {
					waarde = null;
				}
				if (waarde == null || waarde < criteria.schaal().min() || waarde > criteria.schaal().max()) {
					fouten.add(new Veldfout(veld + ".score", bericht("pilot.intake.score.bereik", criterium.naam(),
							criteria.schaal().min(), criteria.schaal().max())));
					waarde = null;
				}
			}
			else if (af) {
				fouten.add(new Veldfout(veld + ".score", bericht("pilot.intake.score.verplicht", criterium.naam())));
			}
			String toelichting = score == null ? null : leeg(score.toelichting());
			if (toelichting == null && af) {
				fouten.add(new Veldfout(veld + ".toelichting", bericht("pilot.intake.toelichting.verplicht", criterium.naam())));
			}
			else if (toelichting != null && toelichting.length() > MAX_TEKST) {
				fouten.add(new Veldfout(veld + ".toelichting", bericht("pilot.veld.te-lang", MAX_TEKST)));
			}
			if (waarde != null || toelichting != null) {
				Map<String, Object> s = new LinkedHashMap<>();
				s.put("score", waarde);
				s.put("toelichting", toelichting);
				scores.put(criterium.id(), s);
			}
		}
		gooi(fouten);
		pilot.bewaarIntake(new Pilot.Intake(titel, probleem, houder, proces, waarom, alternatieven, criteria.versie(),
				scores, uitkomst, redenen), aanvrager.weergavenaam(), Instant.now(klok));
		return pilots.saveAndFlush(pilot);
	}

	@Transactional
	public Pilot bewaarPlan(String organisatieCode, UUID toepassingId, UUID id, Invoer.Plan invoer, Aanvrager aanvrager) {
		Pilot pilot = toon(organisatieCode, toepassingId, id);
		revisie(pilot, invoer.revisie());
		List<Veldfout> fouten = new ArrayList<>();
		String leerdoelen = tekst(invoer.leerdoelen(), "leerdoelen", true, MAX_TEKST, fouten);
		List<UUID> teams = new ArrayList<>();
		for (String team : invoer.teams() == null ? List.<String>of() : invoer.teams()) {
			if (leeg(team) == null) {
				continue;
			}
			try {
				UUID teamId = UUID.fromString(team.strip());
				if (!organisaties.teamBestaat(organisatieCode, teamId)) {
					throw new IllegalArgumentException(team);
				}
				if (!teams.contains(teamId)) {
					teams.add(teamId);
				}
			}
			catch (IllegalArgumentException onbekend) {
				fouten.add(new Veldfout("teams", bericht("pilot.plan.team.onbekend")));
			}
		}
		Integer aantal = null;
		String aantalTekst = leeg(invoer.aantalDeelnemers());
		if (aantalTekst != null) {
			try {
				aantal = Integer.valueOf(aantalTekst);
			}
			catch (NumberFormatException fout) {
				aantal = null;
			}
			if (aantal == null || aantal < 1 || aantal > 100_000) {
				fouten.add(new Veldfout("aantalDeelnemers", bericht("pilot.plan.aantal.ongeldig")));
			}
		}
		LocalDate start = datum(invoer.startdatum(), "startdatum", true, fouten);
		LocalDate eind = datum(invoer.einddatum(), "einddatum", true, fouten);
		if (start != null && eind != null && !eind.isAfter(start)) {
			fouten.add(new Veldfout("einddatum", bericht("pilot.plan.einddatum.na-start")));
		}
		List<String> kpis = new ArrayList<>();
		for (String kpi : invoer.kpis() == null ? List.<String>of() : invoer.kpis()) {
			String k = leeg(kpi);
			if (k == null) {
				continue;
			}
			if (data.kpi(k).isEmpty()) {
				fouten.add(new Veldfout("kpis", bericht("pilot.meting.kpi.onbekend", k)));
			}
			else if (!kpis.contains(k)) {
				kpis.add(k);
			}
		}
		if (kpis.isEmpty() && fouten.stream().noneMatch(f -> f.veld().equals("kpis"))) {
			fouten.add(new Veldfout("kpis", bericht("pilot.plan.kpis.verplicht")));
		}
		LocalDate vervolg = datum(invoer.vervolgmetingOp(), "vervolgmetingOp", false, fouten);
		if (vervolg != null && start != null && !vervolg.isAfter(start)) {
			fouten.add(new Veldfout("vervolgmetingOp", bericht("pilot.plan.vervolgmeting.na-start")));
		}
		OrSoort orSoort = keuze(OrSoort.class, invoer.orSoort(), "orSoort", fouten);
		LocalDate orDatum = datum(invoer.orDatum(), "orDatum", false, fouten);
		String orUitkomst = tekst(invoer.orUitkomst(), "orUitkomst", false, MAX_TEKST, fouten);
		if (orSoort == null && (orDatum != null || orUitkomst != null) && leeg(invoer.orSoort()) == null) {
			fouten.add(new Veldfout("orSoort", bericht("pilot.plan.or.soort-verplicht")));
		}
		LocalDate geinformeerd = datum(invoer.medewerkersGeinformeerdOp(), "medewerkersGeinformeerdOp", false, fouten);
		gooi(fouten);
		pilot.bewaarPlan(new Pilot.Plan(leerdoelen, teams, aantal, start, eind, kpis, vervolg, orSoort, orDatum,
				orUitkomst, geinformeerd), aanvrager.weergavenaam(), Instant.now(klok));
		return pilots.saveAndFlush(pilot);
	}

	/**
	 * Starts the pilot. The one hard rule besides a complete plan: for high-risk AI the workers must have been informed
	 * before workplace use (AI Act, article 26(7)); other gaps are warnings.
	 */
	@Transactional
	public Pilot start(String organisatieCode, UUID toepassingId, UUID id, Long revisie, Aanvrager aanvrager) {
		Pilot pilot = toon(organisatieCode, toepassingId, id);
		revisie(pilot, revisie);
		if (pilot.fase() == Pilotfase.PLAN) {
			boolean hoogRisico = classificaties.laatste(organisatieCode, toepassingId)
				.map(Classificatiegids.Uitkomst::hoogRisico)
				.orElse(false);
			LocalDate geinformeerd = pilot.medewerkersGeinformeerdOp();
			if (hoogRisico && (geinformeerd == null || geinformeerd.isAfter(vandaag()))) {
				throw new OngeldigeInvoer("medewerkersGeinformeerdOp", bericht("pilot.start.informeren"));
			}
		}
		pilot.start(aanvrager.weergavenaam(), Instant.now(klok));
		return pilots.saveAndFlush(pilot);
	}

	@Transactional
	public Waarneming voegToe(String organisatieCode, UUID toepassingId, UUID id, Invoer.Waarneming invoer,
			Aanvrager aanvrager) {
		Pilot pilot = toon(organisatieCode, toepassingId, id);
		metingenToegestaan(pilot);
		Metinglezer.Regel regel = Metinglezer.lees(1, invoer.kpi(), invoer.moment(), invoer.datum(), invoer.waarde(),
				data, vandaag());
		if (!regel.goed()) {
			throw new OngeldigeInvoer(regel.meldingen()
				.stream()
				.map(m -> new Veldfout(m.veld(), bericht(m.sleutel(), m.argumenten().toArray())))
				.toList());
		}
		return waarnemingen.save(new Waarneming(pilot, regel.meting(), "HAND", aanvrager.weergavenaam(), Instant.now(klok)));
	}

	@Transactional
	public void verwijder(String organisatieCode, UUID toepassingId, UUID id, UUID waarnemingId) {
		Pilot pilot = toon(organisatieCode, toepassingId, id);
		metingenToegestaan(pilot);
		Waarneming waarneming = waarnemingen.findById(waarnemingId)
			.filter(w -> w.pilotId().equals(pilot.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		waarnemingen.delete(waarneming);
	}

	/** The dry run: reads and checks the whole file against the stored measurements, writes nothing. */
	@Transactional(readOnly = true)
	public Metinglezer.Rapport proef(String organisatieCode, UUID toepassingId, UUID id, String csv) {
		Pilot pilot = toon(organisatieCode, toepassingId, id);
		metingenToegestaan(pilot);
		return Metinglezer.leesCsv(csv, new HashSet<>(waarnemingen(pilot).stream().map(Waarneming::meting).toList()),
				data, vandaag());
	}

	/** All or nothing: checks again (someone may have added measurements since the dry run), then writes every line. */
	@Transactional
	public Metinglezer.Rapport importeer(String organisatieCode, UUID toepassingId, UUID id, String csv,
			Aanvrager aanvrager) {
		Metinglezer.Rapport rapport = proef(organisatieCode, toepassingId, id, csv);
		if (rapport.heeftFouten()) {
			throw new OngeldigeInvoer(fouten(rapport));
		}
		Pilot pilot = toon(organisatieCode, toepassingId, id);
		Instant nu = Instant.now(klok);
		waarnemingen.saveAll(rapport.metingen()
			.stream()
			.map(m -> new Waarneming(pilot, m, "CSV", aanvrager.weergavenaam(), nu))
			.toList());
		return rapport;
	}

	/** The problems of a report as Dutch sentences, one per line of the file, for the API and the page. */
	public List<Veldfout> fouten(Metinglezer.Rapport rapport) {
		List<Veldfout> fouten = new ArrayList<>();
		rapport.bestandsfouten().forEach(m -> fouten.add(new Veldfout("bestand", bericht(m.sleutel(), m.argumenten().toArray()))));
		rapport.regels()
			.stream()
			.filter(r -> !r.goed())
			.forEach(r -> r.meldingen()
				.forEach(m -> fouten.add(new Veldfout("regel " + r.nummer(),
						bericht("pilot.import.regel", r.nummer(), bericht(m.sleutel(), m.argumenten().toArray()))))));
		return fouten;
	}

	@Transactional
	public Pilot besluit(String organisatieCode, UUID toepassingId, UUID id, Invoer.Besluit invoer, Aanvrager aanvrager) {
		Pilot pilot = toon(organisatieCode, toepassingId, id);
		revisie(pilot, invoer.revisie());
		List<Veldfout> fouten = new ArrayList<>();
		Besluit besluit = keuze(Besluit.class, invoer.besluit(), "besluit", fouten);
		if (besluit == null && leeg(invoer.besluit()) == null) {
			fouten.add(new Veldfout("besluit", bericht("pilot.besluit.verplicht")));
		}
		String redenen = tekst(invoer.redenen(), "redenen", true, MAX_TEKST, fouten);
		String lessen = tekst(invoer.lessen(), "lessen", besluit == Besluit.STOPPEN, MAX_TEKST, fouten);
		if (pilot.fase() != Pilotfase.LOPEND) {
			fouten.add(0, new Veldfout("fase", bericht("pilot.regel.besluit-fase")));
		}
		gooi(fouten);
		Map<String, Object> bewijs = new LinkedHashMap<>();
		bewijs.put("vastgelegd", vandaag().toString());
		bewijs.put("kpis", kpistanden(pilot).stream().map(Kpistand::alsGegevens).toList());
		pilot.besluit(besluit, redenen, bewijs, lessen, Boolean.TRUE.equals(invoer.lessenDeelbaar()),
				aanvrager.weergavenaam(), Instant.now(klok));
		return pilots.saveAndFlush(pilot);
	}

	// --- warnings and overdue steps

	/** A warning on the plan or when starting; {@code blokkeert} marks the one that stops the start. */
	public record Signaal(String soort, String tekst, boolean blokkeert) {
	}

	@Transactional(readOnly = true)
	public List<Signaal> signalen(Pilot pilot) {
		List<Signaal> signalen = new ArrayList<>();
		if (pilot.fase() == Pilotfase.BESLUIT || pilot.fase() == Pilotfase.INTAKE) {
			return signalen;
		}
		Optional<Classificatiegids.Uitkomst> uitkomst = classificaties.laatste(pilot.organisatieCode(), pilot.toepassingId());
		if (uitkomst.isEmpty()) {
			signalen.add(new Signaal("classificatie", bericht("pilot.signaal.geen-classificatie"), false));
		}
		else if (uitkomst.get().hoogRisico()) {
			LocalDate geinformeerd = pilot.medewerkersGeinformeerdOp();
			boolean gedaan = geinformeerd != null && !geinformeerd.isAfter(vandaag());
			signalen.add(new Signaal("informeren", gedaan ? bericht("pilot.signaal.hoog-risico.gedaan", datumTekst(geinformeerd))
					: bericht("pilot.signaal.hoog-risico"), !gedaan && pilot.fase() == Pilotfase.PLAN));
		}
		boolean prescan = false;
		for (Beoordelingsgids.Stand stand : beoordelingen.vanToepassing(pilot.organisatieCode(), pilot.toepassingId())) {
			prescan |= "prescan".equals(stand.vragenlijstId()) && stand.afgerond();
			if ("verplicht".equals(stand.niveau()) && !stand.afgerond()) {
				signalen.add(new Signaal("beoordeling", bericht("pilot.signaal.beoordeling", stand.vragenlijstTitel()), false));
			}
		}
		if (!prescan) {
			signalen.add(new Signaal("beoordeling", bericht("pilot.signaal.geen-prescan"), false));
		}
		if (!pilot.orStapGedaan()) {
			signalen.add(new Signaal("or", bericht("pilot.signaal.or-ontbreekt"), false));
		}
		return signalen;
	}

	/** Steps that are late: used by the portfolio. */
	public List<String> achterstanden(Pilot pilot, List<Kpistand> standen) {
		List<String> late = new ArrayList<>();
		LocalDate vandaag = vandaag();
		if (pilot.fase() == Pilotfase.LOPEND && pilot.einddatum() != null && pilot.einddatum().isBefore(vandaag)) {
			late.add(bericht("pilot.achterstand.besluit", datumTekst(pilot.einddatum())));
		}
		boolean begonnen = pilot.fase() == Pilotfase.LOPEND || pilot.fase() == Pilotfase.PLAN
				&& pilot.startdatum() != null && !pilot.startdatum().isAfter(vandaag);
		if (begonnen && !pilot.orStapGedaan()) {
			late.add(bericht("pilot.achterstand.or"));
		}
		LocalDate vervolgUiterlijk = pilot.vervolgmetingOp() != null ? pilot.vervolgmetingOp() : pilot.einddatum();
		if (pilot.fase() == Pilotfase.LOPEND && vervolgUiterlijk != null && vervolgUiterlijk.isBefore(vandaag)
				&& standen.stream().anyMatch(s -> s.laatsteVervolg() == null)) {
			late.add(bericht("pilot.achterstand.vervolgmeting", datumTekst(vervolgUiterlijk)));
		}
		return late;
	}

	/** One pilot in the portfolio with the name of its toepassing and what it achieved. */
	public record Portfoliorij(Pilot pilot, String toepassing, List<Kpistand> kpis, List<String> achterstanden) {
	}

	@Transactional(readOnly = true)
	public List<Portfoliorij> portfolio(String organisatieCode) {
		Map<UUID, String> namen = register.namen(organisatieCode);
		Map<UUID, List<Meting>> perPilot = new LinkedHashMap<>();
		waarnemingen.findByOrganisatieCodeOrderByPilotId(organisatieCode)
			.forEach(w -> perPilot.computeIfAbsent(w.pilotId(), x -> new ArrayList<>()).add(w.meting()));
		return pilots.findByOrganisatieCodeOrderByAangemaaktDesc(organisatieCode).stream().map(p -> {
			List<Kpistand> standen = Kpistand.bereken(p.kpis(), perPilot.getOrDefault(p.id(), List.of()), data);
			return new Portfoliorij(p, namen.getOrDefault(p.toepassingId(), "?"), standen, achterstanden(p, standen));
		}).toList();
	}

	// --- helpers

	private void metingenToegestaan(Pilot pilot) {
		if (!pilot.neemtMetingenAan()) {
			throw new OngeldigeInvoer("fase", bericht(pilot.fase() == Pilotfase.BESLUIT ? "pilot.regel.metingen-besluit"
					: "pilot.regel.metingen-intake"));
		}
	}

	private void revisie(Pilot pilot, Long revisie) {
		if (revisie == null) {
			throw new OngeldigeInvoer("revisie", bericht("pilot.revisie.verplicht"));
		}
		if (revisie != pilot.revisie()) {
			Map<String, Object> huidig = new LinkedHashMap<>();
			huidig.put("id", pilot.id());
			huidig.put("fase", pilot.fase());
			huidig.put("revisie", pilot.revisie());
			huidig.put("gewijzigdDoor", pilot.gewijzigdDoorNaam());
			huidig.put("gewijzigd", pilot.gewijzigd());
			throw new Conflict(bericht("pilot.conflict", pilot.gewijzigdDoorNaam()),
					Map.of("huidigeRevisie", pilot.revisie(), "huidig", huidig));
		}
	}

	private void bestaat(String organisatieCode, UUID toepassingId) {
		if (!register.bestaat(organisatieCode, toepassingId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String tekst(String waarde, String veld, boolean verplicht, int max, List<Veldfout> fouten) {
		String t = leeg(waarde);
		if (t == null && verplicht) {
			fouten.add(new Veldfout(veld, bericht("pilot.veld.verplicht." + veld)));
		}
		else if (t != null && t.length() > max) {
			fouten.add(new Veldfout(veld, bericht("pilot.veld.te-lang", max)));
		}
		return t;
	}

	private LocalDate datum(String waarde, String veld, boolean verplicht, List<Veldfout> fouten) {
		String t = leeg(waarde);
		if (t == null) {
			if (verplicht) {
				fouten.add(new Veldfout(veld, bericht("pilot.veld.verplicht." + veld)));
			}
			return null;
		}
		LocalDate d = Metinglezer.datum(t);
		if (d == null) {
			fouten.add(new Veldfout(veld, bericht("pilot.veld.datum-ongeldig", t)));
		}
		return d;
	}

	private <E extends Enum<E>> E keuze(Class<E> soort, String waarde, String veld, List<Veldfout> fouten) {
		String t = leeg(waarde);
		if (t == null) {
			return null;
		}
		try {
			return Enum.valueOf(soort, t.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException onbekend) {
			fouten.add(new Veldfout(veld, bericht("pilot.veld.keuze", t)));
			return null;
		}
	}

	private static void gooi(List<Veldfout> fouten) {
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
	}

	static String leeg(String tekst) {
		return tekst == null || tekst.isBlank() ? null : tekst.strip();
	}

	public static String datumTekst(LocalDate datum) {
		return datum == null ? "" : String.format("%02d-%02d-%d", datum.getDayOfMonth(), datum.getMonthValue(), datum.getYear());
	}

	public String bericht(String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, sleutel, LocaleContextHolder.getLocale());
	}

}
