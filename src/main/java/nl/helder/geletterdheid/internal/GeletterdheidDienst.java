// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.geletterdheid.internal.Training.Trainingsgegevens;
import nl.helder.organisaties.Organisatiegids;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;

/**
 * Keeping the roster, the catalogue, the rules and the completions. Every change checks its input first and changes
 * nothing when something is wrong; messages are message keys.
 */
@Service
public class GeletterdheidDienst {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Trainingen trainingen;

	private final Medewerkers medewerkers;

	private final Toepassingsrollen rollen;

	private final Toepassingskenmerken kenmerken;

	private final Eisen eisen;

	private final Afrondingen afrondingen;

	private final Organisatiegids organisaties;

	private final Registergids register;

	private final Clock klok;

	GeletterdheidDienst(Trainingen trainingen, Medewerkers medewerkers, Toepassingsrollen rollen,
			Toepassingskenmerken kenmerken, Eisen eisen, Afrondingen afrondingen, Organisatiegids organisaties,
			Registergids register, Clock klok) {
		this.trainingen = trainingen;
		this.medewerkers = medewerkers;
		this.rollen = rollen;
		this.kenmerken = kenmerken;
		this.eisen = eisen;
		this.afrondingen = afrondingen;
		this.organisaties = organisaties;
		this.register = register;
		this.klok = klok;
	}

	public LocalDate vandaag() {
		return LocalDate.now(klok.withZone(AfrondingImport.NL));
	}

	// --- catalogue

	public List<Training> trainingen(String org) {
		return trainingen.findByOrganisatieCodeOrderByCode(org);
	}

	public Training training(String org, UUID id) {
		return trainingen.findByIdAndOrganisatieCode(id, org).orElseThrow(NietGevonden::new);
	}

	@Transactional
	public Training slaTrainingOp(String org, UUID id, Long revisie, Trainingsgegevens g) {
		List<Veldfout> fouten = new ArrayList<>();
		if (g.code() == null || !g.code().strip().matches("[A-Za-z0-9][A-Za-z0-9._\\-]{0,39}")) {
			fouten.add(new Veldfout("code", "geletterdheid.training.code-ongeldig"));
		}
		if (g.titel() == null || g.titel().isBlank() || g.titel().length() > 200) {
			fouten.add(new Veldfout("titel", "geletterdheid.training.titel-leeg"));
		}
		if (g.niveau() == null) {
			fouten.add(new Veldfout("niveau", "geletterdheid.training.niveau-leeg"));
		}
		if (g.vorm() == null) {
			fouten.add(new Veldfout("vorm", "geletterdheid.training.vorm-leeg"));
		}
		if (g.geldigMaanden() != null && (g.geldigMaanden() < 1 || g.geldigMaanden() > 240)) {
			fouten.add(new Veldfout("geldigMaanden", "geletterdheid.training.geldig-ongeldig"));
		}
		if (g.duurUren() != null && (g.duurUren().signum() <= 0 || g.duurUren().compareTo(BigDecimal.valueOf(1000)) > 0)) {
			fouten.add(new Veldfout("duurUren", "geletterdheid.training.duur-ongeldig"));
		}
		if (g.aanbieder() != null && g.aanbieder().length() > 200) {
			fouten.add(new Veldfout("aanbieder", "geletterdheid.training.aanbieder-te-lang"));
		}
		List<String> bekend = Onderwerpen.codes();
		if (g.onderwerpen() != null && g.onderwerpen().stream().anyMatch(o -> !bekend.contains(o))) {
			fouten.add(new Veldfout("onderwerpen", "geletterdheid.training.onderwerp-onbekend"));
		}
		if (g.code() != null) {
			Optional<Training> zelfdeCode = trainingen.findByOrganisatieCodeAndCodeIgnoreCase(org, g.code().strip());
			if (zelfdeCode.isPresent() && !zelfdeCode.get().id().equals(id)) {
				fouten.add(new Veldfout("code", "geletterdheid.training.code-bestaat"));
			}
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		Training training = id == null ? new Training(org) : training(org, id);
		if (id != null && revisie != null && revisie != training.revisie()) {
			throw new Conflict("Iemand anders heeft deze training net gewijzigd.", Map.of("revisie", training.revisie()));
		}
		training.zet(new Trainingsgegevens(g.code().strip(), g.titel().strip(), g.niveau(),
				g.onderwerpen() == null ? List.of() : g.onderwerpen(), leegIsNull(g.aanbieder()), g.duurUren(),
				g.geldigMaanden(), g.vorm(), g.aangebodenSinds()));
		try {
			return trainingen.saveAndFlush(training);
		}
		catch (ObjectOptimisticLockingFailureException verouderd) {
			throw new Conflict("Iemand anders heeft deze training net gewijzigd.", Map.of());
		}
	}

	/** Adds the trainings of the shipped starter catalogue whose code the municipality does not have yet. */
	@Transactional
	public int laadStartcatalogus(String org) {
		int toegevoegd = 0;
		try (InputStream in = getClass().getResourceAsStream("/data/geletterdheid/catalogus-1.0.json")) {
			JsonNode catalogus = JSON.readTree(in);
			for (JsonNode t : catalogus.get("trainingen")) {
				if (trainingen.findByOrganisatieCodeAndCodeIgnoreCase(org, t.get("code").asString()).isPresent()) {
					continue;
				}
				List<String> onderwerpen = new ArrayList<>();
				t.get("onderwerpen").forEach(o -> onderwerpen.add(o.asString()));
				slaTrainingOp(org, null, null,
						new Trainingsgegevens(t.get("code").asString(), t.get("titel").asString(),
								Niveau.valueOf(t.get("niveau").asString()), onderwerpen, t.path("aanbieder").asString(null),
								t.has("duurUren") ? t.get("duurUren").decimalValue() : null,
								t.has("geldigMaanden") ? t.get("geldigMaanden").asInt() : null,
								Vorm.valueOf(t.get("vorm").asString()), null));
				toegevoegd++;
			}
		}
		catch (IOException fout) {
			throw new UncheckedIOException(fout);
		}
		return toegevoegd;
	}

	// --- roster

	public List<Medewerker> medewerkers(String org) {
		return medewerkers.findByOrganisatieCodeOrderByNaam(org);
	}

	public Medewerker medewerker(String org, UUID id) {
		return medewerkers.findByIdAndOrganisatieCode(id, org).orElseThrow(NietGevonden::new);
	}

	/** The roster entries linked to a Helder user by e-mail address. */
	public List<Medewerker> vanGebruiker(String org, String persoonId) {
		return organisaties.gebruikers(org)
			.stream()
			.filter(g -> g.persoonId().equals(persoonId) && g.email() != null && !g.email().isBlank())
			.findFirst()
			.map(g -> medewerkers.findByOrganisatieCodeAndEmailIgnoreCase(org, g.email().strip()))
			.orElse(List.of());
	}

	public record Medewerkergegevens(String personeelsnummer, String naam, UUID teamId, String functiegroep,
			String email, LocalDate inDienst) {
	}

	@Transactional
	public Medewerker slaMedewerkerOp(String org, UUID id, Long revisie, Medewerkergegevens g) {
		List<Veldfout> fouten = controleerMedewerker(org, id, g);
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		String nummer = g.personeelsnummer().strip();
		String email = leegIsNull(g.email());
		Medewerker medewerker = id == null ? new Medewerker(org, nummer) : medewerker(org, id);
		if (id != null && revisie != null && revisie != medewerker.revisie()) {
			throw new Conflict("Iemand anders heeft deze medewerker net gewijzigd.", Map.of("revisie", medewerker.revisie()));
		}
		medewerker.zet(g.naam().strip(), g.teamId(), leegIsNull(g.functiegroep()), email, g.inDienst());
		return medewerkers.saveAndFlush(medewerker);
	}

	/** What is wrong with these details for the employee {@code id} (null for a new one); empty when nothing. */
	public List<Veldfout> controleerMedewerker(String org, UUID id, Medewerkergegevens g) {
		List<Veldfout> fouten = new ArrayList<>();
		String nummer = g.personeelsnummer() == null ? "" : g.personeelsnummer().strip();
		if (!nummer.matches("[A-Za-z0-9][A-Za-z0-9.\\-/]{0,39}")) {
			fouten.add(new Veldfout("personeelsnummer", "geletterdheid.medewerker.nummer-ongeldig"));
		}
		if (g.naam() == null || g.naam().isBlank() || g.naam().length() > 200) {
			fouten.add(new Veldfout("naam", "geletterdheid.medewerker.naam-leeg"));
		}
		if (g.teamId() != null && !organisaties.teamBestaat(org, g.teamId())) {
			fouten.add(new Veldfout("teamId", "geletterdheid.medewerker.team-onbekend"));
		}
		if (g.functiegroep() != null && g.functiegroep().length() > 100) {
			fouten.add(new Veldfout("functiegroep", "geletterdheid.medewerker.functiegroep-te-lang"));
		}
		String email = leegIsNull(g.email());
		if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			fouten.add(new Veldfout("email", "geletterdheid.medewerker.email-ongeldig"));
		}
		if (g.inDienst() != null && g.inDienst().isAfter(vandaag().plusYears(1))) {
			fouten.add(new Veldfout("inDienst", "geletterdheid.medewerker.in-dienst-ongeldig"));
		}
		if (!nummer.isEmpty()) {
			Optional<Medewerker> zelfde = medewerkers.findByOrganisatieCodeAndPersoneelsnummer(org, nummer);
			if (zelfde.isPresent() && !zelfde.get().id().equals(id)) {
				fouten.add(new Veldfout("personeelsnummer", "geletterdheid.medewerker.nummer-bestaat"));
			}
		}
		return fouten;
	}

	public List<Toepassingsrol> toepassingsrollen(String org) {
		return rollen.findByOrganisatieCode(org);
	}

	public List<Toepassingsrol> toepassingsrollen(String org, UUID medewerkerId) {
		medewerker(org, medewerkerId);
		return rollen.findByMedewerkerId(medewerkerId);
	}

	@Transactional
	public Toepassingsrol koppel(String org, UUID medewerkerId, UUID toepassingId, Toepassingsrolsoort rol) {
		medewerker(org, medewerkerId);
		List<Veldfout> fouten = new ArrayList<>();
		if (toepassingId == null || !register.bestaat(org, toepassingId)) {
			fouten.add(new Veldfout("toepassingId", "geletterdheid.koppeling.toepassing-onbekend"));
		}
		if (rol == null) {
			fouten.add(new Veldfout("rol", "geletterdheid.koppeling.rol-leeg"));
		}
		if (fouten.isEmpty() && rollen.existsByMedewerkerIdAndToepassingIdAndRol(medewerkerId, toepassingId, rol)) {
			fouten.add(new Veldfout("rol", "geletterdheid.koppeling.bestaat"));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		return rollen.save(new Toepassingsrol(org, medewerkerId, toepassingId, rol));
	}

	@Transactional
	public void ontkoppel(String org, UUID koppelingId) {
		rollen.delete(rollen.findByIdAndOrganisatieCode(koppelingId, org).orElseThrow(NietGevonden::new));
	}

	public Map<UUID, Boolean> generatief(String org) {
		Map<UUID, Boolean> uit = new java.util.HashMap<>();
		kenmerken.findByOrganisatieCode(org).forEach(k -> uit.put(k.toepassingId(), k.generatief()));
		return uit;
	}

	@Transactional
	public void zetGeneratief(String org, UUID toepassingId, boolean generatief) {
		if (toepassingId == null || !register.bestaat(org, toepassingId)) {
			throw new NietGevonden();
		}
		Toepassingskenmerk kenmerk = kenmerken.findByOrganisatieCodeAndToepassingId(org, toepassingId)
			.orElseGet(() -> new Toepassingskenmerk(org, toepassingId));
		kenmerk.zetGeneratief(generatief);
		kenmerken.save(kenmerk);
	}

	// --- rules

	public List<Eis> eisen(String org) {
		return eisen.findByOrganisatieCodeOrderByNaam(org);
	}

	public record Eisgegevens(String naam, Niveau niveau, List<Voorwaarde> voorwaarden, LocalDate uiterlijk,
			Integer binnenDagen) {
	}

	@Transactional
	public Eis slaEisOp(String org, Eisgegevens g) {
		List<Veldfout> fouten = new ArrayList<>();
		if (g.naam() == null || g.naam().isBlank() || g.naam().length() > 200) {
			fouten.add(new Veldfout("naam", "geletterdheid.eis.naam-leeg"));
		}
		if (g.niveau() == null) {
			fouten.add(new Veldfout("niveau", "geletterdheid.eis.niveau-leeg"));
		}
		if (g.uiterlijk() == null && g.binnenDagen() == null) {
			fouten.add(new Veldfout("uiterlijk", "geletterdheid.eis.termijn-leeg"));
		}
		if (g.binnenDagen() != null && (g.binnenDagen() < 1 || g.binnenDagen() > 3650)) {
			fouten.add(new Veldfout("binnenDagen", "geletterdheid.eis.dagen-ongeldig"));
		}
		List<Voorwaarde> voorwaarden = g.voorwaarden() == null ? List.of() : g.voorwaarden();
		if (voorwaarden.size() > 10) {
			fouten.add(new Veldfout("voorwaarden", "geletterdheid.eis.te-veel-voorwaarden"));
		}
		for (Voorwaarde v : voorwaarden) {
			if (!voorwaardeKlopt(org, v)) {
				fouten.add(new Veldfout("voorwaarden", "geletterdheid.eis.voorwaarde-ongeldig"));
				break;
			}
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		Eis eis = new Eis(org);
		eis.zet(g.naam().strip(), g.niveau(), voorwaarden, g.uiterlijk(), g.binnenDagen());
		return eisen.save(eis);
	}

	/** A condition names a known fact and a value that fact can have, so a typo never silently matches no one. */
	private boolean voorwaardeKlopt(String org, Voorwaarde v) {
		Optional<Voorwaarde.Feit> feit = Voorwaarde.Feit.van(v.feit());
		if (feit.isEmpty() || v.waarde().isBlank() || v.waarde().length() > 100) {
			return false;
		}
		return switch (feit.get()) {
			case FUNCTIEGROEP -> true;
			case TEAM -> uuid(v.waarde()).filter(t -> organisaties.teamBestaat(org, t)).isPresent();
			case TOEPASSING -> uuid(v.waarde()).filter(t -> register.bestaat(org, t)).isPresent();
			case TOEPASSINGSROL -> java.util.Arrays.stream(Toepassingsrolsoort.values())
				.anyMatch(r -> r.name().equalsIgnoreCase(v.waarde()));
			case HOOG_RISICO, GENERATIEF -> v.waarde().equalsIgnoreCase("ja") || v.waarde().equalsIgnoreCase("nee");
		};
	}

	private static Optional<UUID> uuid(String tekst) {
		try {
			return Optional.of(UUID.fromString(tekst.strip()));
		}
		catch (IllegalArgumentException geenId) {
			return Optional.empty();
		}
	}

	@Transactional
	public void verwijderEis(String org, UUID id) {
		eisen.delete(eisen.findByIdAndOrganisatieCode(id, org).orElseThrow(NietGevonden::new));
	}

	// --- completions

	public List<Afronding> afrondingen(String org) {
		return afrondingen.findByOrganisatieCode(org);
	}

	public List<Afronding> afrondingenVan(String org, UUID medewerkerId) {
		medewerker(org, medewerkerId);
		return afrondingen.findByMedewerkerIdOrderByDatumDesc(medewerkerId);
	}

	public long aantalTeBevestigen(String org) {
		return afrondingen.countByOrganisatieCodeAndBevestigdFalse(org);
	}

	/** HR enters a completion (bron HANDMATIG, counts at once) or an employee reports one (ZELF_GEMELD, waits). */
	@Transactional
	public Afronding registreer(String org, UUID medewerkerId, UUID trainingId, LocalDate datum, Bron bron,
			Aanvrager door) {
		List<Veldfout> fouten = new ArrayList<>();
		if (medewerkerId == null || medewerkers.findByIdAndOrganisatieCode(medewerkerId, org).isEmpty()) {
			fouten.add(new Veldfout("medewerkerId", "geletterdheid.afronding.medewerker-onbekend"));
		}
		if (trainingId == null || trainingen.findByIdAndOrganisatieCode(trainingId, org).isEmpty()) {
			fouten.add(new Veldfout("trainingId", "geletterdheid.afronding.training-onbekend"));
		}
		if (datum == null) {
			fouten.add(new Veldfout("datum", "geletterdheid.afronding.datum-leeg"));
		}
		else if (datum.isAfter(vandaag())) {
			fouten.add(new Veldfout("datum", "geletterdheid.afronding.datum-toekomst"));
		}
		else if (datum.getYear() < 1990) {
			fouten.add(new Veldfout("datum", "geletterdheid.afronding.datum-te-oud"));
		}
		if (fouten.isEmpty() && afrondingen.existsByMedewerkerIdAndTrainingIdAndDatum(medewerkerId, trainingId, datum)) {
			fouten.add(new Veldfout("datum", "geletterdheid.afronding.bestaat"));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		return afrondingen.save(new Afronding(org, medewerkerId, trainingId, datum, bron, klok.instant(),
				door.weergavenaam()));
	}

	@Transactional
	public Afronding bevestig(String org, UUID afrondingId) {
		Afronding afronding = afrondingen.findByIdAndOrganisatieCode(afrondingId, org).orElseThrow(NietGevonden::new);
		afronding.bevestig();
		return afrondingen.save(afronding);
	}

	private static String leegIsNull(String tekst) {
		return tekst == null || tekst.isBlank() ? null : tekst.strip();
	}

}
