// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.TeamInfo;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;

/** Waves and answers: prepare, record consent, open (invite), answer once, close. */
@Service
public class PulseDienst {

	public static final String INSTRUMENT = "tech-pulse";

	private static final int HOOGSTE_K = 50;

	private final Golven golven;

	private final Acties acties;

	private final InstrumentBibliotheek instrumenten;

	private final AnoniemeOpslag opslag;

	private final Organisatiegids organisaties;

	private final PulsePost post;

	private final Uitgenodigden uitgenodigden;

	private final Clock klok;

	private final String basisUrl;

	PulseDienst(Golven golven, Acties acties, InstrumentBibliotheek instrumenten, AnoniemeOpslag opslag,
			Organisatiegids organisaties, PulsePost post, Uitgenodigden uitgenodigden, Clock klok,
			@Value("${helder.basis-url:http://localhost:8080}") String basisUrl) {
		this.uitgenodigden = uitgenodigden;
		this.golven = golven;
		this.acties = acties;
		this.instrumenten = instrumenten;
		this.opslag = opslag;
		this.organisaties = organisaties;
		this.post = post;
		this.klok = klok;
		this.basisUrl = basisUrl.endsWith("/") ? basisUrl.substring(0, basisUrl.length() - 1) : basisUrl;
	}

	/** The sums written at closing (reporting); injected apart so the constructor stays as other features use it. */
	private Golfsommen golfsommen;

	@org.springframework.beans.factory.annotation.Autowired
	void golfsommen(Golfsommen golfsommen) {
		this.golfsommen = golfsommen;
	}

	public LocalDate vandaag() {
		return LocalDate.now(klok);
	}

	public List<Golf> golven(String organisatieCode) {
		return golven.findByOrganisatieCodeOrderByOpentDesc(organisatieCode);
	}

	public Golf golf(String organisatieCode, UUID id) {
		return golven.findByIdAndOrganisatieCode(id, organisatieCode)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
	}

	public Instrument instrument(Golf golf) {
		return instrumenten.versie(golf.organisatieCode(), golf.instrumentId(), golf.instrumentVersie()).orElseThrow();
	}

	/** The instruments a new wave of this organisation can use: shipped and its own. */
	public List<InstrumentBibliotheek.Keuze> instrumentkeuzes(String organisatieCode) {
		return instrumenten.keuzes(organisatieCode);
	}

	/**
	 * What HR fills in for a new wave; all text, so that bad input gives a message instead of an error. instrument is
	 * an instrument id; empty means the tech-pulse.
	 */
	public record Gegevens(String titel, String opent, String sluit, List<String> teams, String k, String instrument) {

		public Gegevens(String titel, String opent, String sluit, List<String> teams, String k) {
			this(titel, opent, sluit, teams, k, null);
		}

	}

	@Transactional
	public Golf maak(String organisatieCode, Gegevens gegevens, Aanvrager door) {
		List<OngeldigeInvoer.Veldfout> fouten = new ArrayList<>();
		String titel = gegevens.titel() == null ? "" : gegevens.titel().strip();
		if (titel.isEmpty() || titel.length() > 200) {
			fouten.add(new OngeldigeInvoer.Veldfout("titel", "pulse.fout.titel"));
		}
		LocalDate opent = datum(gegevens.opent(), "opent", fouten);
		LocalDate sluit = datum(gegevens.sluit(), "sluit", fouten);
		if (opent != null && sluit != null && sluit.isBefore(opent)) {
			fouten.add(new OngeldigeInvoer.Veldfout("sluit", "pulse.fout.sluit-voor-opent"));
		}
		List<UUID> teams = new ArrayList<>();
		for (String team : gegevens.teams() == null ? List.<String>of() : gegevens.teams()) {
			try {
				UUID id = UUID.fromString(team);
				if (!organisaties.teamBestaat(organisatieCode, id)) {
					throw new IllegalArgumentException();
				}
				if (!teams.contains(id)) {
					teams.add(id);
				}
			}
			catch (IllegalArgumentException fout) {
				fouten.add(new OngeldigeInvoer.Veldfout("teams", "pulse.fout.team"));
			}
		}
		if (teams.isEmpty() && fouten.stream().noneMatch(f -> f.veld().equals("teams"))) {
			fouten.add(new OngeldigeInvoer.Veldfout("teams", "pulse.fout.geen-teams"));
		}
		Integer k = k(gegevens.k(), fouten);
		Instrument instrument = opent == null ? null
				: instrumenten.kies(organisatieCode, gegevens.instrument(), opent, fouten).orElse(null);
		if (instrument != null && k != null && k < instrument.minimumGroep()) {
			if (gegevens.k() == null || gegevens.k().isBlank()) {
				k = instrument.minimumGroep();
			}
			else {
				fouten.add(new OngeldigeInvoer.Veldfout("k", "pulse.instrument.fout.k-onder-minimum"));
			}
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		return golven.save(new Golf(organisatieCode, titel, instrument, k, opent, sluit, teams, door.weergavenaam()));
	}

	/** k may be raised (never below 5) as long as the wave has not opened: respondents are told k before answering. */
	@Transactional
	public Golf zetK(String organisatieCode, UUID id, String waarde) {
		Golf golf = golf(organisatieCode, id);
		List<OngeldigeInvoer.Veldfout> fouten = new ArrayList<>();
		Integer k = k(waarde, fouten);
		if (golf.status() != Golf.Status.CONCEPT) {
			fouten.add(new OngeldigeInvoer.Veldfout("k", "pulse.fout.al-open"));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		golf.zetK(k);
		return golf;
	}

	@Transactional
	public Golf legInstemmingVast(String organisatieCode, UUID id, String datum, String document, String dpia) {
		Golf golf = golf(organisatieCode, id);
		List<OngeldigeInvoer.Veldfout> fouten = new ArrayList<>();
		LocalDate op = datum(datum, "orInstemmingDatum", fouten);
		if (op != null && op.isAfter(vandaag())) {
			fouten.add(new OngeldigeInvoer.Veldfout("orInstemmingDatum", "pulse.fout.instemming-toekomst"));
		}
		String doc = document == null ? "" : document.strip();
		String ref = dpia == null ? "" : dpia.strip();
		if (doc.isEmpty() || doc.length() > 300) {
			fouten.add(new OngeldigeInvoer.Veldfout("orInstemmingDocument", "pulse.fout.document"));
		}
		if (ref.isEmpty() || ref.length() > 300) {
			fouten.add(new OngeldigeInvoer.Veldfout("dpiaReferentie", "pulse.fout.dpia"));
		}
		if (golf.status() != Golf.Status.CONCEPT) {
			fouten.add(new OngeldigeInvoer.Veldfout("status", "pulse.fout.al-open"));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		golf.legInstemmingVast(op, doc, ref);
		return golf;
	}

	/** One invitation as it goes into the mail; never stored with the address. */
	public record Uitnodiging(String email, String token) {
	}

	/**
	 * Opens the wave: one random link per member of the target teams (and their sub-teams), stored as a hash in
	 * shuffled order, mailed one by one. Returns the invitations for the mail step only; nothing shows them.
	 */
	@Transactional
	public List<Uitnodiging> open(String organisatieCode, UUID id) {
		Golf golf = golf(organisatieCode, id);
		if (golf.status() != Golf.Status.CONCEPT) {
			throw new OngeldigeInvoer("status", "pulse.fout.al-open");
		}
		if (!golf.magOpenen()) {
			throw new OngeldigeInvoer("orInstemming", "pulse.fout.geen-instemming");
		}
		if (golf.sluit().isBefore(vandaag())) {
			throw new OngeldigeInvoer("sluit", "pulse.fout.verlopen");
		}
		Set<UUID> bereik = bereik(organisatieCode, golf.doelteams());
		List<Uitnodiging> uitnodigingen = new ArrayList<>();
		List<Map.Entry<String, UUID>> hashes = new ArrayList<>();
		Map<UUID, Integer> perTeam = new LinkedHashMap<>();
		List<UUID> personen = new ArrayList<>();
		for (Organisatiegids.GebruikerInfo persoon : organisaties.gebruikers(organisatieCode)) {
			if (persoon.teamId() == null || !bereik.contains(persoon.teamId())) {
				continue;
			}
			personen.add(UUID.fromString(persoon.persoonId()));
			String token = AnoniemeOpslag.nieuwToken();
			hashes.add(Map.entry(AnoniemeOpslag.hash(token), persoon.teamId()));
			perTeam.merge(persoon.teamId(), 1, Integer::sum);
			if (persoon.email() != null && !persoon.email().isBlank()) {
				uitnodigingen.add(new Uitnodiging(persoon.email().strip(), token));
			}
		}
		// Users come sorted by name; shuffled, the row order of the invitations says nothing about who is who.
		Collections.shuffle(hashes, new SecureRandom());
		// Who was invited, for reminders and newcomers: in its own transaction, never beside a link.
		uitgenodigden.bewaarBijOpenen(golf.id(), personen);
		opslag.bewaarUitnodigingen(golf.id(), hashes);
		opslag.bewaarGroepsgrootte(golf.id(), perTeam);
		golf.open();
		for (Uitnodiging uitnodiging : uitnodigingen) {
			post.verstuur(uitnodiging.email(), "Uitnodiging: " + golf.titel(), mailtekst(golf, uitnodiging.token()));
		}
		return uitnodigingen;
	}

	public String link(String token) {
		return basisUrl + "/peiling/" + token;
	}

	private String mailtekst(Golf golf, String token) {
		// The wave may use any instrument, so the mail names it and its length instead of promising the tech-pulse.
		Instrument instrument = instrument(golf);
		long stellingen = instrument.vragen().stream().filter(Instrument.Vraag::isSchaal).count();
		return """
				Goedendag,

				U bent uitgenodigd voor de pulse "%s". De vragenlijst heet "%s" en heeft %d korte stellingen.
				U kunt meedoen tot en met %s.

				Uw persoonlijke link (werkt één keer):
				%s

				Uw antwoorden zijn anoniem. Helder bewaart niet wie welke link kreeg, en toont alleen uitkomsten van
				groepen van minstens %d mensen. Meedoen is vrijwillig.
				""".formatted(golf.titel(), instrument.titel(), stellingen,
				golf.sluit().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))),
				link(token), golf.k())
				+ Herinneringsdata.aankondiging(golf.herinneringen(), vandaag());
	}

	@Transactional
	public Golf sluit(String organisatieCode, UUID id) {
		Golf golf = golf(organisatieCode, id);
		if (golf.status() != Golf.Status.OPEN) {
			throw new OngeldigeInvoer("status", "pulse.fout.niet-open");
		}
		golf.sluitAf();
		opslag.verwijderUitnodigingen(golf.id());
		uitgenodigden.verwijder(golf.id());
		golfsommen.bewaar(golf.id());
		return golf;
	}

	@Transactional
	public Actie legActieVast(String organisatieCode, UUID id, String tekst, Aanvrager door) {
		Golf golf = golf(organisatieCode, id);
		String schoon = tekst == null ? "" : tekst.strip();
		if (schoon.isEmpty() || schoon.length() > 2000) {
			throw new OngeldigeInvoer("tekst", "pulse.fout.actie");
		}
		if (golf.status() == Golf.Status.CONCEPT) {
			throw new OngeldigeInvoer("tekst", "pulse.fout.actie-concept");
		}
		return acties.save(new Actie(golf, vandaag(), schoon, door.weergavenaam()));
	}

	public List<Actie> acties(String organisatieCode, UUID golfId) {
		return acties.findByOrganisatieCodeAndGolfIdOrderByDatumDesc(organisatieCode, golfId);
	}

	// --- answering

	/** The wave behind a link and whether it can be used now; for the respondent's page. */
	public record Peiling(AnoniemeOpslag.Linkstand stand, Golf golf, boolean open) {
	}

	@Transactional(readOnly = true)
	public Peiling peiling(String token) {
		AnoniemeOpslag.Link link = opslag.bekijk(token);
		if (link.stand() == AnoniemeOpslag.Linkstand.ONBEKEND) {
			return new Peiling(link.stand(), null, false);
		}
		Golf golf = golven.findById(link.golfId()).orElse(null);
		return new Peiling(link.stand(), golf, golf != null && golf.neemtAntwoordenAan(vandaag()));
	}

	/** Checks the answers, then claims the link and stores them in two separate transactions. */
	@Transactional(propagation = Propagation.NEVER)
	public AnoniemeOpslag.Linkstand beantwoord(String token, Map<String, String> invoer) {
		Peiling peiling = peiling(token);
		if (peiling.stand() != AnoniemeOpslag.Linkstand.BRUIKBAAR || !peiling.open()) {
			return peiling.stand() == AnoniemeOpslag.Linkstand.BRUIKBAAR ? AnoniemeOpslag.Linkstand.GESLOTEN
					: peiling.stand();
		}
		Golf golf = peiling.golf();
		Instrument instrument = instrument(golf);
		List<OngeldigeInvoer.Veldfout> fouten = new ArrayList<>();
		Map<String, Integer> items = new LinkedHashMap<>();
		String functiegroep = null;
		String gebruiksgroep = null;
		String tekst = null;
		for (Instrument.Vraag vraag : instrument.vragen()) {
			String waarde = invoer.get(vraag.id());
			if (waarde == null || waarde.isBlank()) {
				continue;
			}
			waarde = waarde.strip();
			if (vraag.isSchaal()) {
				try {
					int getal = Integer.parseInt(waarde);
					if (getal < vraag.schaal().min() || getal > vraag.schaal().max()) {
						throw new NumberFormatException();
					}
					items.put(vraag.id(), getal);
				}
				catch (NumberFormatException fout) {
					fouten.add(new OngeldigeInvoer.Veldfout(vraag.id(), "pulse.fout.schaal"));
				}
			}
			else if (vraag.isKeuze()) {
				String gekozen = waarde;
				if (vraag.opties().stream().noneMatch(o -> o.code().equals(gekozen))) {
					fouten.add(new OngeldigeInvoer.Veldfout(vraag.id(), "pulse.fout.keuze"));
				}
				else if (vraag.id().equals(Instrument.FUNCTIEGROEP)) {
					functiegroep = gekozen;
				}
				else {
					gebruiksgroep = gekozen;
				}
			}
			else if (vraag.isTekst()) {
				if (waarde.length() > vraag.maxLengte()) {
					fouten.add(new OngeldigeInvoer.Veldfout(vraag.id(), "pulse.fout.tekst-lang"));
				}
				tekst = waarde;
			}
		}
		if (fouten.isEmpty() && items.isEmpty()) {
			fouten.add(new OngeldigeInvoer.Veldfout("antwoorden", "pulse.fout.leeg"));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		boolean verborgen = tekst != null && new NaamFilter(
				organisaties.gebruikers(golf.organisatieCode()).stream().map(Organisatiegids.GebruikerInfo::naam).toList())
			.wijstNaarIemand(tekst);
		var team = opslag.claim(token);
		if (team.isEmpty()) {
			return AnoniemeOpslag.Linkstand.GEBRUIKT;
		}
		opslag.bewaar(new AnoniemeOpslag.NieuwAntwoord(golf.id(), team.get(), functiegroep, gebruiksgroep, vandaag(),
				items, instrument.scores(items), tekst, verborgen));
		return AnoniemeOpslag.Linkstand.BRUIKBAAR;
	}

	/** The target teams and everything below them. */
	Set<UUID> bereik(String organisatieCode, List<UUID> doelteams) {
		List<TeamInfo> boom = organisaties.teams(organisatieCode);
		Map<UUID, List<UUID>> kinderen = new HashMap<>();
		boom.forEach(t -> {
			if (t.ouderId() != null) {
				kinderen.computeIfAbsent(t.ouderId(), x -> new ArrayList<>()).add(t.id());
			}
		});
		Set<UUID> bereik = new HashSet<>();
		List<UUID> werk = new ArrayList<>(doelteams);
		while (!werk.isEmpty()) {
			UUID team = werk.remove(werk.size() - 1);
			if (bereik.add(team)) {
				werk.addAll(kinderen.getOrDefault(team, List.of()));
			}
		}
		return bereik;
	}

	private static LocalDate datum(String tekst, String veld, List<OngeldigeInvoer.Veldfout> fouten) {
		if (tekst == null || tekst.isBlank()) {
			fouten.add(new OngeldigeInvoer.Veldfout(veld, "pulse.fout.datum"));
			return null;
		}
		try {
			return LocalDate.parse(tekst.strip());
		}
		catch (DateTimeParseException fout) {
			fouten.add(new OngeldigeInvoer.Veldfout(veld, "pulse.fout.datum"));
			return null;
		}
	}

	private static Integer k(String tekst, List<OngeldigeInvoer.Veldfout> fouten) {
		if (tekst == null || tekst.isBlank()) {
			return InstrumentLezer.LAAGSTE_K;
		}
		try {
			int k = Integer.parseInt(tekst.strip());
			if (k < InstrumentLezer.LAAGSTE_K || k > HOOGSTE_K) {
				throw new NumberFormatException();
			}
			return k;
		}
		catch (NumberFormatException fout) {
			fouten.add(new OngeldigeInvoer.Veldfout("k", "pulse.fout.k"));
			return null;
		}
	}

}
