// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.assessments.internal.Vragenlijst.Berekening;
import nl.helder.assessments.internal.Vragenlijst.Bron;
import nl.helder.assessments.internal.Vragenlijst.Kolom;
import nl.helder.assessments.internal.Vragenlijst.Optie;
import nl.helder.assessments.internal.Vragenlijst.Regel;
import nl.helder.assessments.internal.Vragenlijst.Schaal;
import nl.helder.assessments.internal.Vragenlijst.Sectie;
import nl.helder.assessments.internal.Vragenlijst.Subschaal;
import nl.helder.assessments.internal.Vragenlijst.Vraag;

/**
 * Reads one definition file and checks it completely before anyone can fill it in. Every broken rule becomes one
 * Dutch sentence naming the file, the question and what to change; a file with any of them is refused as a whole.
 * What needs the other definitions (rules pointing at instruments, shared keys) is checked by
 * {@link Vragenlijstcatalogus}.
 */
public final class VragenlijstLezer {

	/** Question ids are expression variables, so a condition can say {@code gebruikt_ai == 'ja'}. */
	static final Pattern VRAAG_ID = Pattern.compile("[a-z][a-z0-9_]{0,59}");

	static final Pattern LIJST_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	static final Set<VraagType> KOLOMTYPEN = Set.of(VraagType.KORT_TEKST, VraagType.LANGE_TEKST, VraagType.DATUM,
			VraagType.JA_NEE, VraagType.ENKELE_KEUZE);

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private VragenlijstLezer() {
	}

	record RuwBestand(String id, String versie, String geldigVanaf, String titel, String omschrijving, String soort,
			Boolean anoniem, String herkomst, List<Bron> bronnen, List<RuweSectie> secties,
			List<RuweBerekening> berekeningen, List<RuweRegel> regels, List<RuweSubschaal> subschalen,
			Integer minimumGroep, Vragenlijst.Registerkoppeling register) {
	}

	record RuweSectie(String id, String titel, String uitleg, List<RuweVraag> vragen) {
	}

	record RuweVraag(String id, String type, String tekst, String hulp, Boolean verplicht, String gedeeldeSleutel,
			String toonAls, List<Optie> opties, RuweSchaal schaal, List<RuweKolom> kolommen, Integer maxLengte,
			String subschaal, Boolean omgekeerd, List<Bron> bronnen) {
	}

	record RuweSchaal(Integer min, Integer max, String labelMin, String labelMax) {
	}

	record RuweKolom(String id, String label, String type, List<Optie> opties) {
	}

	record RuweBerekening(String id, String formule, String uitleg) {
	}

	record RuweRegel(String id, String instrument, String niveau, String als, String reden) {
	}

	record RuweSubschaal(String id, String titel, Integer minimumAntwoorden) {
	}

	public static Vragenlijst lees(String bestand, InputStream in) {
		RuwBestand ruw;
		try {
			ruw = JSON.readValue(in, RuwBestand.class);
		}
		catch (UnrecognizedPropertyException fout) {
			throw new OngeldigeVragenlijst(List.of("Vragenlijst " + bestand + ": het veld '" + fout.getPropertyName()
					+ "' (bij " + fout.getPathReference() + ") bestaat niet in het formaat. Controleer de spelling."));
		}
		catch (JacksonException fout) {
			throw new OngeldigeVragenlijst(List.of("Vragenlijst " + bestand + ": het bestand is geen leesbare JSON of "
					+ "heeft een verkeerd soort waarde (" + fout.getOriginalMessage() + ")."));
		}
		if (ruw == null) {
			throw new OngeldigeVragenlijst(List.of("Vragenlijst " + bestand + ": het bestand is leeg."));
		}
		return new Controle(bestand, ruw).bouw();
	}

	/** One pass over one file, collecting every problem. */
	private static final class Controle {

		private final String bestand;

		private final RuwBestand ruw;

		private final List<String> fouten = new ArrayList<>();

		/** Question ids in form order; a condition may only read ids that come before its question. */
		private final Set<String> eerder = new LinkedHashSet<>();

		private final Set<String> alleVragen = new HashSet<>();

		Controle(String bestand, RuwBestand ruw) {
			this.bestand = bestand;
			this.ruw = ruw;
		}

		Vragenlijst bouw() {
			if (leeg(ruw.id())) {
				fout("het veld 'id' ontbreekt.");
			}
			else if (!LIJST_ID.matcher(ruw.id()).matches()) {
				fout("het id '" + ruw.id() + "' mag alleen kleine letters, cijfers en - bevatten en begint met een letter.");
			}
			if (leeg(ruw.versie())) {
				fout("het veld 'versie' ontbreekt.");
			}
			LocalDate geldigVanaf = null;
			if (leeg(ruw.geldigVanaf())) {
				fout("het veld 'geldigVanaf' ontbreekt. Schrijf de datum als jjjj-mm-dd.");
			}
			else {
				try {
					geldigVanaf = LocalDate.parse(ruw.geldigVanaf());
				}
				catch (DateTimeParseException e) {
					fout("'geldigVanaf' is '" + ruw.geldigVanaf() + "'; schrijf de datum als jjjj-mm-dd.");
				}
			}
			if (leeg(ruw.titel())) {
				fout("het veld 'titel' ontbreekt.");
			}
			String soort = ruw.soort() == null ? Vragenlijst.BEOORDELING : ruw.soort();
			if (!Set.of(Vragenlijst.BEOORDELING, Vragenlijst.PEILING, Vragenlijst.MONITOR, Vragenlijst.REVIEW)
				.contains(soort)) {
				fout("de soort '" + soort + "' bestaat niet. Kies beoordeling, peiling, monitor of review.");
			}
			boolean anoniem = Boolean.TRUE.equals(ruw.anoniem());
			if (anoniem && (ruw.minimumGroep() == null || ruw.minimumGroep() < 2)) {
				fout("een anonieme vragenlijst heeft 'minimumGroep' nodig (2 of meer): het kleinste aantal "
						+ "deelnemers waarvoor Helder uitkomsten laat zien.");
			}

			Map<String, RuweSubschaal> subschalen = new LinkedHashMap<>();
			for (RuweSubschaal s : lijst(ruw.subschalen())) {
				if (leeg(s.id()) || leeg(s.titel())) {
					fout("elke subschaal heeft een 'id' en een 'titel' nodig.");
				}
				else if (subschalen.put(s.id(), s) != null) {
					fout("de subschaal '" + s.id() + "' komt twee keer voor.");
				}
				if (s.minimumAntwoorden() != null && s.minimumAntwoorden() < 1) {
					fout("subschaal '" + s.id() + "': 'minimumAntwoorden' is minstens 1.");
				}
			}

			List<Sectie> secties = new ArrayList<>();
			Set<String> sectieIds = new HashSet<>();
			if (lijst(ruw.secties()).isEmpty()) {
				fout("er zijn geen secties. Een vragenlijst heeft minstens één sectie met vragen.");
			}
			// All ids first, so a condition on a later question says "later" and not "unknown".
			lijst(ruw.secties()).forEach(s -> lijst(s.vragen()).forEach(v -> {
				if (v.id() != null) {
					alleVragen.add(v.id());
				}
			}));
			Map<String, String> vindplaats = new LinkedHashMap<>();
			Set<String> gebruikteSubschalen = new HashSet<>();
			for (RuweSectie s : lijst(ruw.secties())) {
				String sectie = leeg(s.id()) ? "(zonder id)" : s.id();
				if (leeg(s.id())) {
					fout("een sectie heeft geen 'id'.");
				}
				else if (!sectieIds.add(s.id())) {
					fout("de sectie '" + s.id() + "' komt twee keer voor.");
				}
				if (leeg(s.titel())) {
					fout("sectie '" + sectie + "' heeft geen 'titel'.");
				}
				if (lijst(s.vragen()).isEmpty()) {
					fout("sectie '" + sectie + "' heeft geen vragen.");
				}
				List<Vraag> vragen = new ArrayList<>();
				for (RuweVraag v : lijst(s.vragen())) {
					Vraag vraag = vraag(v, sectie, vindplaats, subschalen.keySet(), anoniem);
					if (vraag != null) {
						vragen.add(vraag);
						if (vraag.subschaal() != null) {
							gebruikteSubschalen.add(vraag.subschaal());
						}
					}
				}
				secties.add(new Sectie(s.id(), s.titel(), s.uitleg(), List.copyOf(vragen)));
			}
			subschalen.keySet()
				.stream()
				.filter(id -> !gebruikteSubschalen.contains(id))
				.forEach(id -> fout("de subschaal '" + id + "' heeft geen vragen. Zet bij de vragen \"subschaal\": \"" + id
						+ "\" of haal de subschaal weg."));

			List<Berekening> berekeningen = new ArrayList<>();
			Set<String> bekend = new LinkedHashSet<>(eerder);
			for (RuweBerekening b : lijst(ruw.berekeningen())) {
				if (leeg(b.id()) || !VRAAG_ID.matcher(b.id()).matches() || !Voorwaarde.isVariabelenaam(b.id())) {
					fout("berekening '" + b.id() + "': het id moet een naam zijn van kleine letters, cijfers en _, "
							+ "en geen woord dat de uitdrukkingen zelf gebruiken (zoals size of empty).");
					continue;
				}
				if (alleVragen.contains(b.id()) || bekend.contains(b.id())) {
					fout("berekening '" + b.id() + "': dit id is al in gebruik door een vraag of een andere berekening.");
					continue;
				}
				Voorwaarde formule = uitdrukking(b.formule(), "de formule van berekening '" + b.id() + "'", bekend,
						"vraag of eerdere berekening");
				bekend.add(b.id());
				if (formule != null) {
					berekeningen.add(new Berekening(b.id(), formule, b.uitleg()));
				}
			}

			List<Regel> regels = new ArrayList<>();
			Set<String> regelIds = new HashSet<>();
			for (RuweRegel r : lijst(ruw.regels())) {
				String naam = leeg(r.id()) ? "(zonder id)" : r.id();
				if (leeg(r.id())) {
					fout("een regel heeft geen 'id'.");
				}
				else if (!regelIds.add(r.id())) {
					fout("de regel '" + r.id() + "' komt twee keer voor.");
				}
				if (leeg(r.instrument())) {
					fout("regel '" + naam + "' zegt niet over welk instrument hij gaat ('instrument').");
				}
				var niveau = r.niveau() == null ? null : Niveau.vanCode(r.niveau()).orElse(null);
				if (niveau == null) {
					fout("regel '" + naam + "': 'niveau' is '" + r.niveau() + "'; kies verplicht of aangeraden.");
				}
				if (leeg(r.reden())) {
					fout("regel '" + naam + "' heeft geen 'reden'. Schrijf op waarom het instrument nodig is; "
							+ "gebruikers zien die zin.");
				}
				Voorwaarde als = uitdrukking(r.als(), "de voorwaarde van regel '" + naam + "'", bekend,
						"vraag of berekening");
				if (als != null && niveau != null) {
					regels.add(new Regel(r.id(), r.instrument(), niveau, als, r.reden()));
				}
			}

			Vragenlijst.Registerkoppeling register = ruw.register();
			if (register != null) {
				if (leeg(register.impacttoets())) {
					fout("'register' heeft een 'impacttoets' nodig: de naam van de toets in het Algoritmeregister.");
				}
				for (String vraag : register.afwegingen()) {
					if (!vindplaats.containsKey(vraag)) {
						fout("'register.afwegingen' noemt de vraag '" + vraag + "', maar die bestaat niet.");
					}
				}
			}

			if (!fouten.isEmpty()) {
				throw new OngeldigeVragenlijst(fouten);
			}
			return new Vragenlijst(ruw.id(), ruw.versie(), geldigVanaf, ruw.titel(), ruw.omschrijving(), soort, anoniem,
					ruw.herkomst(), List.copyOf(lijst(ruw.bronnen())), List.copyOf(secties), List.copyOf(berekeningen),
					List.copyOf(regels),
					subschalen.values()
						.stream()
						.map(s -> new Subschaal(s.id(), s.titel(),
								s.minimumAntwoorden() == null ? 1 : s.minimumAntwoorden()))
						.toList(),
					ruw.minimumGroep(), register);
		}

		private Vraag vraag(RuweVraag v, String sectie, Map<String, String> vindplaats, Set<String> subschalen,
				boolean anoniem) {
			if (leeg(v.id())) {
				fout("sectie '" + sectie + "' heeft een vraag zonder 'id'.");
				return null;
			}
			String id = v.id();
			String wie = "vraag '" + id + "'";
			boolean goed = true;
			if (!VRAAG_ID.matcher(id).matches() || !Voorwaarde.isVariabelenaam(id)) {
				fout(wie + ": een vraag-id bestaat uit kleine letters, cijfers en _, begint met een letter en is geen "
						+ "woord dat de uitdrukkingen zelf gebruiken (zoals size, empty, new of true).");
				goed = false;
			}
			String eerst = vindplaats.putIfAbsent(id, sectie);
			if (eerst != null) {
				fout("het vraag-id '" + id + "' komt twee keer voor (in sectie '" + eerst + "' en in sectie '" + sectie
						+ "'). Elke vraag heeft een eigen id nodig.");
				return null;
			}
			if (leeg(v.tekst())) {
				fout(wie + " heeft geen 'tekst'.");
				goed = false;
			}
			VraagType type = v.type() == null ? null : VraagType.vanCode(v.type()).orElse(null);
			if (type == null) {
				fout(wie + " heeft het onbekende type '" + v.type() + "'. Kies uit: " + VraagType.alleCodes() + ".");
				eerder.add(id);
				return null;
			}
			List<Optie> opties = lijst(v.opties());
			if (type.isKeuze()) {
				if (opties.isEmpty()) {
					fout(wie + " is een keuzevraag (" + type.code() + ") maar heeft geen 'opties'.");
					goed = false;
				}
				goed &= opties(opties, wie);
			}
			else if (!opties.isEmpty()) {
				fout(wie + " heeft 'opties', maar is van het type " + type.code() + "; alleen enkeleKeuze en "
						+ "meerKeuze hebben opties.");
				goed = false;
			}
			Schaal schaal = null;
			if (type == VraagType.SCHAAL) {
				RuweSchaal s = v.schaal();
				if (s == null || s.min() == null || s.max() == null || s.min() >= s.max()) {
					fout(wie + " is een schaalvraag en heeft 'schaal' nodig met 'min' kleiner dan 'max'.");
					goed = false;
				}
				else {
					schaal = new Schaal(s.min(), s.max(), s.labelMin(), s.labelMax());
				}
			}
			else if (v.schaal() != null) {
				fout(wie + " heeft 'schaal', maar is geen schaalvraag.");
				goed = false;
			}
			List<Kolom> kolommen = new ArrayList<>();
			if (type == VraagType.TABEL) {
				if (lijst(v.kolommen()).isEmpty()) {
					fout(wie + " is een tabel en heeft 'kolommen' nodig.");
					goed = false;
				}
				Set<String> kolomIds = new HashSet<>();
				for (RuweKolom k : lijst(v.kolommen())) {
					VraagType kolomtype = k.type() == null ? null : VraagType.vanCode(k.type()).orElse(null);
					if (leeg(k.id()) || !VRAAG_ID.matcher(k.id()).matches() || !kolomIds.add(k.id())) {
						fout(wie + ": elke kolom heeft een eigen id van kleine letters, cijfers en _ ('" + k.id() + "').");
						goed = false;
					}
					if (leeg(k.label())) {
						fout(wie + ": kolom '" + k.id() + "' heeft geen 'label'.");
						goed = false;
					}
					if (kolomtype == null || !KOLOMTYPEN.contains(kolomtype)) {
						fout(wie + ": kolom '" + k.id() + "' heeft het type '" + k.type() + "'; een kolom is kortTekst, "
								+ "langeTekst, datum, jaNee of enkeleKeuze.");
						goed = false;
						continue;
					}
					if (kolomtype == VraagType.ENKELE_KEUZE && lijst(k.opties()).isEmpty()) {
						fout(wie + ": kolom '" + k.id() + "' is een keuzekolom maar heeft geen 'opties'.");
						goed = false;
					}
					goed &= opties(lijst(k.opties()), wie + ", kolom '" + k.id() + "'");
					kolommen.add(new Kolom(k.id(), k.label(), kolomtype, List.copyOf(lijst(k.opties()))));
				}
			}
			else if (!lijst(v.kolommen()).isEmpty()) {
				fout(wie + " heeft 'kolommen', maar is geen tabel.");
				goed = false;
			}
			if (v.maxLengte() != null && (!type.isTekst() || v.maxLengte() < 1)) {
				fout(wie + ": 'maxLengte' kan alleen bij kortTekst en langeTekst en is minstens 1.");
				goed = false;
			}
			boolean omgekeerd = Boolean.TRUE.equals(v.omgekeerd());
			if (omgekeerd && type != VraagType.SCHAAL) {
				fout(wie + ": 'omgekeerd' (omgekeerd scoren) kan alleen bij een schaalvraag.");
				goed = false;
			}
			if (v.subschaal() != null) {
				if (type != VraagType.SCHAAL) {
					fout(wie + ": alleen schaalvragen kunnen bij een subschaal horen.");
					goed = false;
				}
				else if (!subschalen.contains(v.subschaal())) {
					fout(wie + " hoort bij de subschaal '" + v.subschaal() + "', maar die staat niet onder 'subschalen'.");
					goed = false;
				}
			}
			if (v.gedeeldeSleutel() != null) {
				if (anoniem) {
					fout(wie + ": een anonieme vragenlijst deelt geen antwoorden ('gedeeldeSleutel'), anders zijn "
							+ "antwoorden naar een persoon of toepassing te herleiden.");
					goed = false;
				}
				if (type == VraagType.TABEL || type == VraagType.SCHAAL) {
					fout(wie + ": een " + type.code() + " kan geen gedeeld antwoord zijn.");
					goed = false;
				}
				if (!VRAAG_ID.matcher(v.gedeeldeSleutel()).matches()) {
					fout(wie + ": de gedeelde sleutel '" + v.gedeeldeSleutel() + "' bestaat uit kleine letters, cijfers en _.");
					goed = false;
				}
			}
			Voorwaarde toonAls = null;
			if (v.toonAls() != null) {
				toonAls = uitdrukking(v.toonAls(), "de voorwaarde (toonAls) van " + wie, eerder, "eerdere vraag");
				goed &= toonAls != null;
			}
			eerder.add(id);
			if (!goed) {
				return null;
			}
			return new Vraag(id, type, v.tekst(), v.hulp(), Boolean.TRUE.equals(v.verplicht()), v.gedeeldeSleutel(),
					toonAls, List.copyOf(opties), schaal, List.copyOf(kolommen), v.maxLengte(), v.subschaal(), omgekeerd,
					List.copyOf(lijst(v.bronnen())));
		}

		private boolean opties(List<Optie> opties, String wie) {
			Set<String> codes = new HashSet<>();
			boolean goed = true;
			for (Optie o : opties) {
				if (o == null || leeg(o.code()) || leeg(o.label())) {
					fout(wie + ": elke optie heeft een 'code' en een 'label'.");
					goed = false;
				}
				else if (!codes.add(o.code())) {
					fout(wie + ": de optie '" + o.code() + "' komt twee keer voor.");
					goed = false;
				}
			}
			return goed;
		}

		/** Parses an expression and checks that it only reads names that exist and come before it. */
		private Voorwaarde uitdrukking(String tekst, String wat, Set<String> toegestaan, String soortNaam) {
			if (leeg(tekst)) {
				fout(wat + " is leeg.");
				return null;
			}
			Voorwaarde voorwaarde;
			try {
				voorwaarde = Voorwaarde.lees(tekst);
			}
			catch (IllegalArgumentException e) {
				fout(wat + " ('" + tekst + "') is geen geldige uitdrukking: " + e.getMessage());
				return null;
			}
			boolean goed = true;
			for (String naam : voorwaarde.namen()) {
				if (toegestaan.contains(naam)) {
					continue;
				}
				goed = false;
				if (alleVragen.contains(naam)) {
					fout(wat + " gebruikt vraag '" + naam + "', maar die vraag komt pas later (of is de vraag zelf). "
							+ "Een voorwaarde kan alleen antwoorden gebruiken die eerder gegeven zijn.");
				}
				else {
					fout(wat + " gebruikt '" + naam + "', maar er is geen " + soortNaam + " met dat id.");
				}
			}
			return goed ? voorwaarde : null;
		}

		private void fout(String tekst) {
			fouten.add("Vragenlijst " + bestand + ": " + tekst);
		}

	}

	private static <T> List<T> lijst(List<T> lijst) {
		return lijst == null ? List.of() : lijst;
	}

	private static boolean leeg(String tekst) {
		return tekst == null || tekst.isBlank();
	}

}
