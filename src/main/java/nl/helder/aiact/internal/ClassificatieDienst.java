// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.aiact.Beslisboom;
import nl.helder.aiact.Beslishulp;
import nl.helder.aiact.Keuze;
import nl.helder.aiact.OngeldigeKeuze;
import nl.helder.aiact.Stand;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;

/**
 * Classifying a toepassing, one question at a time, so that someone can stop, find out and resume later. Every step
 * re-runs the stored answers through the tree, so what is stored is always a path the tree accepts.
 */
@Service
public class ClassificatieDienst {

	/** A remark is a sentence or a paragraph, not a report. */
	public static final int MAX_OPMERKING = 2000;

	private final Classificaties classificaties;

	private final Beslishulp beslishulp;

	private final Registergids register;

	private final Clock klok;

	ClassificatieDienst(Classificaties classificaties, Beslishulp beslishulp, Registergids register, Clock klok) {
		this.classificaties = classificaties;
		this.beslishulp = beslishulp;
		this.register = register;
		this.klok = klok;
	}

	@Transactional(readOnly = true)
	public Optional<Classificatie> huidige(String organisatieCode, UUID toepassingId) {
		bestaat(organisatieCode, toepassingId);
		return classificaties.findFirstByOrganisatieCodeAndToepassingIdOrderByGestartOpDesc(organisatieCode,
				toepassingId);
	}

	@Transactional(readOnly = true)
	public List<Classificatie> geschiedenis(String organisatieCode, UUID toepassingId) {
		bestaat(organisatieCode, toepassingId);
		return classificaties.findByOrganisatieCodeAndToepassingIdOrderByGestartOpDesc(organisatieCode, toepassingId);
	}

	/** Starts a new classification with the tree Helder ships; an unfinished one is continued instead. */
	@Transactional
	public Classificatie start(String organisatieCode, UUID toepassingId, Aanvrager aanvrager) {
		Optional<Classificatie> huidig = huidige(organisatieCode, toepassingId);
		if (huidig.isPresent() && !huidig.get().klaar()) {
			return huidig.get();
		}
		Beslishulp.GeladenBoom boom = beslishulp.standaard();
		return classificaties.save(new Classificatie(organisatieCode, toepassingId, boom.info().id(),
				boom.info().versie(), boom.boom().eersteVraag().vraagId(), aanvrager.weergavenaam(), klok.instant()));
	}

	/** Answers the open question by the position of the answer (0-based), with an optional remark. */
	@Transactional
	public Classificatie beantwoord(String organisatieCode, UUID toepassingId, Integer antwoordIndex,
			String opmerking, Long versie) {
		Classificatie classificatie = open(organisatieCode, toepassingId, versie);
		if (antwoordIndex == null) {
			throw new OngeldigeInvoer("antwoord", "aiact.classificatie.kies-antwoord");
		}
		controleerOpmerking(opmerking);
		Beslisboom boom = boom(classificatie);
		List<Map<String, Object>> antwoorden = new ArrayList<>(classificatie.antwoorden());
		var vraag = boom.vraag(classificatie.openVraag()).orElseThrow();
		if (antwoordIndex < 0 || antwoordIndex >= vraag.antwoorden().size()) {
			throw new OngeldigeInvoer("antwoord", "aiact.classificatie.kies-antwoord");
		}
		antwoorden.add(JsonLijst.stap(vraag.vraagId(), antwoordIndex, vraag.antwoorden().get(antwoordIndex).tekst(),
				opmerking == null ? null : opmerking.strip()));
		return volg(classificatie, boom, antwoorden);
	}

	/** Goes back one question; the answer given there is removed, its remark is lost with it. */
	@Transactional
	public Classificatie terug(String organisatieCode, UUID toepassingId, Long versie) {
		Classificatie classificatie = open(organisatieCode, toepassingId, versie);
		List<Map<String, Object>> antwoorden = new ArrayList<>(classificatie.antwoorden());
		if (antwoorden.isEmpty()) {
			throw new OngeldigeInvoer("antwoord", "aiact.classificatie.al-bij-begin");
		}
		antwoorden.remove(antwoorden.size() - 1);
		return volg(classificatie, boom(classificatie), antwoorden);
	}

	/** "I don't know": the question stays open with the user's note on what to find out; resume later. */
	@Transactional
	public Classificatie weetNiet(String organisatieCode, UUID toepassingId, String opmerking, Long versie) {
		Classificatie classificatie = open(organisatieCode, toepassingId, versie);
		controleerOpmerking(opmerking);
		classificatie.weetNiet(opmerking == null || opmerking.isBlank() ? "" : opmerking.strip(), klok.instant());
		return classificatie;
	}

	/**
	 * What a newer version of the tree would conclude for a finished classification, with the same answers (matched by
	 * their text, so a reordered answer still counts). {@code nieuweConclusie} is empty when the answers no longer lead
	 * to a conclusion: a question changed or is new, and someone has to classify again.
	 */
	public record Herberekening(Classificatie classificatie, Beslishulp.BoomInfo nieuweBoom, String nieuweConclusie,
			String vraagOpnieuw) {

		public boolean verandert() {
			return nieuweConclusie == null || !nieuweConclusie.equals(classificatie.conclusieId());
		}

	}

	/** For each toepassing whose newest result used an older version of its tree: what the newest version says. */
	@Transactional(readOnly = true)
	public List<Herberekening> herberekening(String organisatieCode) {
		List<Herberekening> lijst = new ArrayList<>();
		// The trees are looked up once per call, not once per toepassing: a municipality may have a thousand.
		List<Beslishulp.BoomInfo> bomen = beslishulp.bomen();
		Map<String, java.util.Optional<Beslishulp.GeladenBoom>> nieuwste = new java.util.HashMap<>();
		for (Classificatie c : Verplichtingen
			.laatsteAfgerond(classificaties.findByOrganisatieCodeAndConclusieIdNotNull(organisatieCode))) {
			nieuwste.computeIfAbsent(c.boomId(), id -> nieuwsteVersie(id, bomen))
				.filter(b -> Versienummer.vergelijk(b.info().versie(), c.boomVersie()) > 0)
				.ifPresent(nieuw -> lijst.add(herbereken(c, nieuw)));
		}
		return lijst;
	}

	/** Takes over what the newer tree concludes, as a new finished classification beside the old one. */
	@Transactional
	public Classificatie neemOver(String organisatieCode, UUID toepassingId, Aanvrager aanvrager) {
		Herberekening herberekening = herberekening(organisatieCode).stream()
			.filter(h -> h.classificatie().toepassingId().equals(toepassingId))
			.findFirst()
			.orElseThrow(() -> new OngeldigeInvoer("classificatie", "aiact.herberekening.niets"));
		if (herberekening.nieuweConclusie() == null) {
			throw new OngeldigeInvoer("classificatie", "aiact.herberekening.opnieuw-nodig");
		}
		Beslishulp.GeladenBoom nieuw = beslishulp.boom(herberekening.nieuweBoom().id()).orElseThrow();
		Classificatie opnieuw = classificaties.save(new Classificatie(organisatieCode, toepassingId, nieuw.info().id(),
				nieuw.info().versie(), nieuw.boom().eersteVraag().vraagId(), aanvrager.weergavenaam(), klok.instant()));
		List<Map<String, Object>> antwoorden = new ArrayList<>();
		for (Map<String, Object> oud : herberekening.classificatie().antwoorden()) {
			var vraag = nieuw.boom().vraag(String.valueOf(oud.get("vraagId"))).orElseThrow();
			int index = indexVan(vraag, String.valueOf(oud.get("antwoord")));
			Object opmerking = oud.get("opmerking");
			antwoorden.add(JsonLijst.stap(vraag.vraagId(), index, vraag.antwoorden().get(index).tekst(),
					opmerking == null ? null : opmerking.toString()));
		}
		return volg(opnieuw, nieuw.boom(), antwoorden);
	}

	private Herberekening herbereken(Classificatie c, Beslishulp.GeladenBoom nieuw) {
		List<Keuze> keuzes = c.antwoorden()
			.stream()
			.map(a -> Keuze.opTekst(String.valueOf(a.get("vraagId")), String.valueOf(a.get("antwoord"))))
			.toList();
		try {
			Stand stand = nieuw.boom().volg(keuzes);
			return stand.klaar() ? new Herberekening(c, nieuw.info(), stand.conclusieId(), null)
					: new Herberekening(c, nieuw.info(), null, stand.vraagId());
		}
		catch (OngeldigeKeuze fout) {
			String vraag = fout.stap() <= keuzes.size() ? keuzes.get(fout.stap() - 1).vraagId() : null;
			return new Herberekening(c, nieuw.info(), null, vraag);
		}
	}

	/** The newest version of the same tree (same name) as the tree with this id. */
	private java.util.Optional<Beslishulp.GeladenBoom> nieuwsteVersie(String boomId, List<Beslishulp.BoomInfo> bomen) {
		return beslishulp.boom(boomId).flatMap(huidig -> bomen.stream()
			.filter(b -> b.naam().equals(huidig.info().naam()))
			.max((a, b) -> Versienummer.vergelijk(a.versie(), b.versie()))
			.flatMap(b -> beslishulp.boom(b.id())));
	}

	private static int indexVan(nl.helder.aiact.Vraag vraag, String tekst) {
		for (int i = 0; i < vraag.antwoorden().size(); i++) {
			if (vraag.antwoorden().get(i).tekst().equals(tekst)) {
				return i;
			}
		}
		throw new IllegalStateException("Antwoord " + tekst + " hoort niet bij vraag " + vraag.vraagId());
	}

	public Beslisboom boom(Classificatie classificatie) {
		return beslishulp.boom(classificatie.boomId())
			.map(Beslishulp.GeladenBoom::boom)
			.orElseThrow(() -> new IllegalStateException("Beslisboom " + classificatie.boomId() + " bestaat niet meer"));
	}

	private Classificatie volg(Classificatie classificatie, Beslisboom boom, List<Map<String, Object>> antwoorden) {
		List<Keuze> keuzes = antwoorden.stream()
			.map(a -> Keuze.opIndex(String.valueOf(a.get("vraagId")), ((Number) a.get("antwoordIndex")).intValue()))
			.toList();
		Stand stand;
		try {
			stand = boom.volg(keuzes);
		}
		catch (OngeldigeKeuze fout) {
			// Stored answers always followed this tree; a refusal here means the tree changed underneath.
			throw new IllegalStateException("Opgeslagen antwoorden passen niet meer in boom " + classificatie.boomId(),
					fout);
		}
		classificatie.zet(antwoorden, stand.klaar() ? null : stand.vraagId(), stand.klaar() ? stand.conclusieId() : null,
				stand.labels(), klok.instant());
		return classificatie;
	}

	private Classificatie open(String organisatieCode, UUID toepassingId, Long versie) {
		Classificatie classificatie = huidige(organisatieCode, toepassingId)
			.orElseThrow(() -> new OngeldigeInvoer("classificatie", "aiact.classificatie.niet-gestart"));
		if (classificatie.klaar()) {
			throw new OngeldigeInvoer("classificatie", "aiact.classificatie.al-klaar");
		}
		if (versie != null && versie != classificatie.versie()) {
			throw new Conflict("aiact.classificatie.conflict",
					Map.of("huidigeVersie", classificatie.versie(), "openVraag", classificatie.openVraag()));
		}
		return classificatie;
	}

	private void bestaat(String organisatieCode, UUID toepassingId) {
		if (!register.bestaat(organisatieCode, toepassingId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static void controleerOpmerking(String opmerking) {
		if (opmerking != null && opmerking.length() > MAX_OPMERKING) {
			throw new OngeldigeInvoer("opmerking", "aiact.classificatie.opmerking-lang");
		}
	}

}
