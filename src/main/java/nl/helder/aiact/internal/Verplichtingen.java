// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;
import nl.helder.shared.Rol;

/**
 * The requirements per toepassing as tasks: which ones hold follows from its newest finished classification and the
 * law; their due dates from the timeline in force; their status and evidence from what people recorded.
 */
@Service
public class Verplichtingen {

	public static final int MAX_TOELICHTING = 2000;

	public static final int MAX_BEWIJS = 10;

	private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

	private final Wetsdata wet;

	private final TijdlijnKeuze tijdlijnen;

	private final Classificaties classificaties;

	private final Taken taken;

	private final Registergids register;

	private final Clock klok;

	private final Bewijsbestanden bestanden;

	Verplichtingen(Wetsdata wet, TijdlijnKeuze tijdlijnen, Classificaties classificaties, Taken taken,
			Registergids register, Clock klok, Bewijsbestanden bestanden) {
		this.bestanden = bestanden;
		this.wet = wet;
		this.tijdlijnen = tijdlijnen;
		this.classificaties = classificaties;
		this.taken = taken;
		this.register = register;
		this.klok = klok;
	}

	/** How urgent a task is, for the overviews. */
	public enum Termijn {

		TE_LAAT, GELDT_AL, BINNEN_30, BINNEN_90, LATER, AFGEHANDELD

	}

	/** One requirement for one toepassing, with its due date and the work recorded on it. */
	public record Regel(UUID toepassingId, String toepassing, Vereiste vereiste, Tijdlijn.Mijlpaal mijlpaal,
			Taak.Status status, String toelichting, List<String> bewijs, Long taakVersie, Termijn termijn) {

		public LocalDate deadline() {
			return mijlpaal == null ? null : mijlpaal.datum();
		}

	}

	@Transactional(readOnly = true)
	public List<Regel> voorToepassing(String organisatieCode, UUID toepassingId) {
		if (!register.bestaat(organisatieCode, toepassingId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<Classificatie> afgerond = laatsteAfgerond(
				classificaties.findByOrganisatieCodeAndToepassingIdOrderByGestartOpDesc(organisatieCode, toepassingId));
		Map<String, Werk> werk = taken.findByOrganisatieCodeAndToepassingId(organisatieCode, toepassingId)
			.stream()
			.collect(Collectors.toMap(Taak::vereisteCode,
					t -> new Werk(t.toepassingId(), t.vereisteCode(), t.status(), t.toelichting(), t.bewijs(), t.versie())));
		return regels(afgerond, Map.of(toepassingId, werk), Map.of());
	}

	/** Every task of the organisation, most urgent first; for the overview and the calendar. */
	@Transactional(readOnly = true)
	public List<Regel> voorOrganisatie(String organisatieCode) {
		List<Classificatie> afgerond = laatsteAfgerond(
				classificaties.findByOrganisatieCodeAndConclusieIdNotNull(organisatieCode));
		// The recorded work without its evidence links: the overview shows status only, and a municipality with a
		// thousand toepassingen has tens of thousands of tasks.
		Map<UUID, Map<String, Werk>> werk = new LinkedHashMap<>();
		taken.werk(organisatieCode)
			.forEach(t -> werk.computeIfAbsent(t.toepassingId(), k -> new LinkedHashMap<>()).put(t.vereisteCode(), t));
		List<Regel> regels = new ArrayList<>(regels(afgerond, werk, register.namen(organisatieCode)));
		regels.sort(Comparator.comparing(Regel::termijn)
			.thenComparing(Regel::deadline, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Regel::toepassing, String.CASE_INSENSITIVE_ORDER));
		return regels;
	}

	/** Records the work on one requirement. Who may: the responsible role, the AICO or the AI coordinator. */
	@Transactional
	public Regel wijzig(String organisatieCode, UUID toepassingId, String vereisteCode, Taak.Status status,
			String toelichting, List<String> bewijs, Long versie, Aanvrager aanvrager) {
		Regel huidig = voorToepassing(organisatieCode, toepassingId).stream()
			.filter(r -> r.vereiste().code().equals(vereisteCode))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!magWijzigen(huidig.vereiste(), aanvrager)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		String tekst = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
		List<String> links = bewijs == null ? List.of()
				: bewijs.stream().filter(b -> b != null && !b.isBlank()).map(String::strip).toList();
		controleer(status, tekst, links,
				bestanden.countByOrganisatieCodeAndToepassingIdAndVereisteCode(organisatieCode, toepassingId, vereisteCode) > 0);
		if (versie != null && huidig.taakVersie() != null && !versie.equals(huidig.taakVersie())) {
			throw new Conflict("aiact.taak.conflict", Map.of("huidigeVersie", huidig.taakVersie(), "status",
					huidig.status().name()));
		}
		Taak taak = taken.findByOrganisatieCodeAndToepassingIdAndVereisteCode(organisatieCode, toepassingId, vereisteCode)
			.orElseGet(() -> new Taak(organisatieCode, toepassingId, vereisteCode));
		taak.wijzig(status, tekst, links, aanvrager.weergavenaam(), klok.instant());
		taken.saveAndFlush(taak);
		return voorToepassing(organisatieCode, toepassingId).stream()
			.filter(r -> r.vereiste().code().equals(vereisteCode))
			.findFirst()
			.orElseThrow();
	}

	public static boolean magWijzigen(Vereiste vereiste, Aanvrager aanvrager) {
		return aanvrager.heeftRol(Rol.AICO) || aanvrager.heeftRol(Rol.AI_COORDINATOR)
				|| aanvrager.heeftRol(vereiste.verantwoordelijke());
	}

	/** Per toepassing its newest finished classification; an unfinished newer one does not undo the last result. */
	static List<Classificatie> laatsteAfgerond(List<Classificatie> classificaties) {
		Map<UUID, Classificatie> laatste = new LinkedHashMap<>();
		for (Classificatie c : classificaties) {
			if (c.klaar()) {
				laatste.merge(c.toepassingId(), c, (a, b) -> a.afgerondOp().isAfter(b.afgerondOp()) ? a : b);
			}
		}
		return List.copyOf(laatste.values());
	}

	private List<Regel> regels(List<Classificatie> afgerond, Map<UUID, Map<String, Werk>> werk,
			Map<UUID, String> namen) {
		Tijdlijn tijdlijn = tijdlijnen.geldend();
		LocalDate vandaag = LocalDate.now(klok.withZone(NEDERLAND));
		List<Regel> regels = new ArrayList<>();
		// Many toepassingen share a conclusion: the requirements of a set of labels are worked out once.
		Map<Set<String>, List<Wetsdata.Verplichting>> perLabels = new java.util.HashMap<>();
		for (Classificatie c : afgerond) {
			Map<String, Werk> eigen = werk.getOrDefault(c.toepassingId(), Map.of());
			for (Wetsdata.Verplichting v : perLabels.computeIfAbsent(Set.copyOf(c.labels()),
					labels -> wet.verplichtingen(labels, tijdlijn))) {
				Werk taak = eigen.get(v.vereiste().code());
				Taak.Status status = taak == null ? Taak.Status.OPEN : taak.status();
				regels.add(new Regel(c.toepassingId(), namen.getOrDefault(c.toepassingId(), ""), v.vereiste(),
						v.mijlpaal(), status, taak == null ? null : taak.toelichting(),
						taak == null ? List.of() : taak.bewijs(), taak == null ? null : taak.versie(),
						termijn(status, v.deadline(), vandaag)));
			}
		}
		return regels;
	}

	static Termijn termijn(Taak.Status status, LocalDate deadline, LocalDate vandaag) {
		if (status.afgehandeld()) {
			return Termijn.AFGEHANDELD;
		}
		if (deadline == null) {
			return Termijn.GELDT_AL;
		}
		if (deadline.isBefore(vandaag)) {
			return Termijn.TE_LAAT;
		}
		if (!deadline.isAfter(vandaag.plusDays(30))) {
			return Termijn.BINNEN_30;
		}
		return deadline.isAfter(vandaag.plusDays(90)) ? Termijn.LATER : Termijn.BINNEN_90;
	}

	private static void controleer(Taak.Status status, String toelichting, List<String> bewijs, boolean bestanden) {
		List<Veldfout> fouten = new ArrayList<>();
		if (status == null) {
			fouten.add(new Veldfout("status", "aiact.taak.status-onbekend"));
		}
		if (toelichting != null && toelichting.length() > MAX_TOELICHTING) {
			fouten.add(new Veldfout("toelichting", "aiact.taak.toelichting-lang"));
		}
		if (status == Taak.Status.NIET_VAN_TOEPASSING && toelichting == null) {
			fouten.add(new Veldfout("toelichting", "aiact.taak.reden-nodig"));
		}
		if (status == Taak.Status.AFGEROND && toelichting == null && bewijs.isEmpty() && !bestanden) {
			fouten.add(new Veldfout("bewijs", "aiact.taak.bewijs-nodig"));
		}
		if (bewijs.size() > MAX_BEWIJS) {
			fouten.add(new Veldfout("bewijs", "aiact.taak.te-veel-bewijs"));
		}
		if (bewijs.stream().anyMatch(b -> !isWebadres(b))) {
			fouten.add(new Veldfout("bewijs", "aiact.taak.bewijs-link"));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
	}

	private static boolean isWebadres(String tekst) {
		if (tekst.length() > 500) {
			return false;
		}
		try {
			URI uri = new URI(tekst);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException fout) {
			return false;
		}
	}

}
