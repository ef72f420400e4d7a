// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.assessments.Beoordelingsstatus;
import nl.helder.assessments.internal.Antwoordcontrole.Melding;
import nl.helder.assessments.internal.Prescanuitkomst.Advies;
import nl.helder.assessments.internal.Vragenlijst.Vraag;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;

/**
 * The rules of assessments: answers checked against their definition, shared answers kept per toepassing, the
 * sign-off chain with four eyes, and a frozen version once approved.
 * <p>
 * A toepassing is referenced by id only; the register's {@link Registergids} says whether it exists in the caller's
 * organisation (else 404, as for any record of another municipality).
 */
@Service
public class BeoordelingDienst {

	private final Beoordelingen beoordelingen;

	private final GedeeldeAntwoorden gedeeld;

	private final Vragenlijstcatalogus catalogus;

	private final MessageSource berichten;

	private final Clock klok;

	private final Registergids register;

	BeoordelingDienst(Beoordelingen beoordelingen, GedeeldeAntwoorden gedeeld, Vragenlijstcatalogus catalogus,
			MessageSource berichten, Clock klok, Registergids register) {
		this.register = register;
		this.beoordelingen = beoordelingen;
		this.gedeeld = gedeeld;
		this.catalogus = catalogus;
		this.berichten = berichten;
		this.klok = klok;
	}

	/** What saving did: the saved version (a new one when the old was frozen) and the answers left out as hidden. */
	public record Opgeslagen(Beoordeling beoordeling, List<String> weggelaten) {
	}

	/** Offered for advice; a pre-scan also made the assessments its rules call for. */
	public record Ingediend(Beoordeling beoordeling, List<Beoordeling> aangemaakt) {
	}

	@Transactional(readOnly = true)
	public List<Beoordeling> lijst(String organisatieCode, UUID toepassingId) {
		bestaat(organisatieCode, toepassingId);
		return beoordelingen.findByOrganisatieCodeAndToepassingIdOrderByAangemaaktAscVersieAsc(organisatieCode, toepassingId);
	}

	@Transactional(readOnly = true)
	public Beoordeling toon(String organisatieCode, UUID toepassingId, UUID id) {
		return eigen(organisatieCode, toepassingId, id);
	}

	/** The definition version this assessment was made with; it keeps using it, also after a newer one appears. */
	public Vragenlijst vragenlijst(Beoordeling beoordeling) {
		return catalogus.versie(beoordeling.vragenlijstId(), beoordeling.vragenlijstVersie()).orElseThrow();
	}

	@Transactional
	public Beoordeling maakAan(String organisatieCode, UUID toepassingId, String vragenlijstId, Aanvrager aanvrager) {
		bestaat(organisatieCode, toepassingId);
		if (vragenlijstId == null || vragenlijstId.isBlank()) {
			throw new OngeldigeInvoer("vragenlijst", "beoordeling.vragenlijst.verplicht");
		}
		Vragenlijst lijst = catalogus.actueel(vragenlijstId.strip())
			.filter(v -> Vragenlijst.BEOORDELING.equals(v.soort()))
			.orElseThrow(() -> new OngeldigeInvoer("vragenlijst", tekst("beoordeling.vragenlijst.onbekend", vragenlijstId,
					String.join(", ", catalogus.actueel()
						.stream()
						.filter(v -> Vragenlijst.BEOORDELING.equals(v.soort()))
						.map(Vragenlijst::id)
						.toList()))));
		return maak(organisatieCode, toepassingId, lijst, null, aanvrager);
	}

	private Beoordeling maak(String organisatieCode, UUID toepassingId, Vragenlijst lijst, Map<String, Object> aanleiding,
			Aanvrager aanvrager) {
		// Shared answers are not copied in: they fill empty questions when the assessment is read (see invulling),
		// so the newest shared answer shows until someone answers differently here.
		return beoordelingen.save(new Beoordeling(organisatieCode, toepassingId, lijst, Map.of(), aanleiding,
				aanvrager.weergavenaam(), klok.instant()));
	}

	/**
	 * Saves a complete set of answers. The caller sends the revision it edited; someone else saved first: 409 with
	 * what is there now. An approved version stays as it is: the answers become the next version, a draft.
	 */
	@Transactional
	public Opgeslagen bewaar(String organisatieCode, UUID toepassingId, UUID id, Map<String, Object> antwoorden,
			Long revisie, Aanvrager aanvrager) {
		Beoordeling beoordeling = eigen(organisatieCode, toepassingId, id);
		if (revisie == null) {
			throw new OngeldigeInvoer("revisie", "beoordeling.revisie.verplicht");
		}
		if (beoordeling.isBevroren()) {
			Beoordeling nieuwste = beoordelingen.findByReeksIdOrderByVersieDesc(beoordeling.reeksId()).get(0);
			if (nieuwste.versie() != beoordeling.versie()) {
				throw conflict(nieuwste, "beoordeling.conflict.nieuwere-versie");
			}
		}
		if (revisie != beoordeling.revisie()) {
			throw conflict(beoordeling, "beoordeling.conflict.revisie");
		}
		Vragenlijst lijst = vragenlijst(beoordeling);
		var uitkomst = Antwoordcontrole.controleer(lijst, antwoorden, false);
		if (!uitkomst.isGoed()) {
			throw ongeldig(uitkomst.fouten());
		}
		Beoordeling opgeslagen;
		if (beoordeling.isBevroren()) {
			opgeslagen = beoordelingen.save(beoordeling.volgendeVersie(lijst, uitkomst.antwoorden(), aanvrager.weergavenaam(),
					klok.instant()));
		}
		else {
			beoordeling.bewaar(uitkomst.antwoorden(), aanvrager.weergavenaam(), klok.instant());
			opgeslagen = beoordelingen.saveAndFlush(beoordeling);
		}
		deel(opgeslagen, lijst, uitkomst.antwoorden(), aanvrager);
		return new Opgeslagen(opgeslagen, uitkomst.weggelaten());
	}

	/** Offers the assessment for advice; every visible required question must be answered. */
	@Transactional
	public Ingediend dienIn(String organisatieCode, UUID toepassingId, UUID id, Aanvrager aanvrager) {
		Beoordeling beoordeling = eigen(organisatieCode, toepassingId, id);
		if (beoordeling.status() == Beoordelingsstatus.TER_ADVIES || beoordeling.isBevroren()) {
			throw new OngeldigeInvoer("status", "beoordeling.indienen.status");
		}
		Vragenlijst lijst = vragenlijst(beoordeling);
		// Shared answers nobody changed here count, and are stored now: what the FG advises on must not move.
		var uitkomst = Antwoordcontrole.controleer(lijst, invulling(beoordeling).antwoorden(), true);
		if (!uitkomst.isGoed()) {
			throw ongeldig(uitkomst.fouten());
		}
		beoordeling.bewaar(uitkomst.antwoorden(), aanvrager.weergavenaam(), klok.instant());
		beoordeling.dienIn(aanvrager.weergavenaam(), klok.instant());
		List<Beoordeling> aangemaakt = new ArrayList<>();
		if (lijst.heeftRegels()) {
			for (Advies advies : Prescanuitkomst.bepaal(lijst, beoordeling.antwoorden())) {
				if (beoordelingen.existsByOrganisatieCodeAndToepassingIdAndVragenlijstId(organisatieCode, toepassingId,
						advies.instrument())) {
					continue;
				}
				var instrument = catalogus.actueel(advies.instrument());
				if (instrument.isPresent()) {
					Map<String, Object> aanleiding = new LinkedHashMap<>();
					aanleiding.put("beoordeling", beoordeling.id().toString());
					aanleiding.put("vragenlijst", lijst.id());
					aanleiding.put("niveau", advies.niveau().code());
					aanleiding.put("redenen", advies.redenen());
					aangemaakt.add(maak(organisatieCode, toepassingId, instrument.get(), aanleiding, aanvrager));
				}
			}
		}
		return new Ingediend(beoordelingen.saveAndFlush(beoordeling), aangemaakt);
	}

	/** The privacy officer's advice. It may be given again (replacing the earlier one) until the owner approves. */
	@Transactional
	public Beoordeling adviseer(String organisatieCode, UUID toepassingId, UUID id, String tekst, Boolean positief,
			Aanvrager aanvrager) {
		Beoordeling beoordeling = eigen(organisatieCode, toepassingId, id);
		List<Veldfout> fouten = new ArrayList<>();
		if (beoordeling.status() != Beoordelingsstatus.TER_ADVIES) {
			fouten.add(new Veldfout("status", "beoordeling.advies.status"));
		}
		if (tekst == null || tekst.isBlank()) {
			fouten.add(new Veldfout("tekst", "beoordeling.advies.tekst"));
		}
		else if (tekst.strip().length() > 5000) {
			fouten.add(new Veldfout("tekst", tekst("beoordeling.antwoord.te-lang", 5000, tekst.strip().length())));
		}
		if (positief == null) {
			fouten.add(new Veldfout("positief", "beoordeling.advies.positief"));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		beoordeling.adviseer(tekst.strip(), positief, aanvrager.persoonId(), aanvrager.weergavenaam(), klok.instant());
		return beoordelingen.saveAndFlush(beoordeling);
	}

	/**
	 * The owner approves after the advice; not the person who gave the advice (four eyes). Against a negative
	 * advice the owner may still approve, but must say why.
	 */
	@Transactional
	public Beoordeling keurGoed(String organisatieCode, UUID toepassingId, UUID id, String toelichting,
			Aanvrager aanvrager) {
		Beoordeling beoordeling = eigen(organisatieCode, toepassingId, id);
		if (beoordeling.status() != Beoordelingsstatus.TER_ADVIES) {
			throw new OngeldigeInvoer("status", "beoordeling.goedkeuren.status");
		}
		if (!beoordeling.heeftAdvies()) {
			throw new OngeldigeInvoer("status", "beoordeling.goedkeuren.geen-advies");
		}
		if (aanvrager.persoonId().equals(beoordeling.adviseurId())) {
			throw new OngeldigeInvoer("status", "beoordeling.goedkeuren.vier-ogen");
		}
		String schoon = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
		if (Boolean.FALSE.equals(beoordeling.adviesPositief()) && schoon == null) {
			throw new OngeldigeInvoer("toelichting", "beoordeling.goedkeuren.toelichting");
		}
		if (schoon != null && schoon.length() > 5000) {
			throw new OngeldigeInvoer("toelichting", tekst("beoordeling.antwoord.te-lang", 5000, schoon.length()));
		}
		beoordeling.keurGoed(schoon, aanvrager.persoonId(), aanvrager.weergavenaam(), klok.instant());
		return beoordelingen.saveAndFlush(beoordeling);
	}

	/** For a form or the API: the stored answers, and for empty shared questions what another instrument gave. */
	@Transactional(readOnly = true)
	public Invulling invulling(Beoordeling beoordeling) {
		Vragenlijst lijst = vragenlijst(beoordeling);
		Map<String, Object> antwoorden = new LinkedHashMap<>(beoordeling.antwoorden());
		List<String> overgenomen = new ArrayList<>();
		if (!beoordeling.isBevroren()) {
			Map<String, Object> bekend = gedeeldeWaarden(beoordeling.organisatieCode(), beoordeling.toepassingId());
			for (Vraag vraag : lijst.vragen()) {
				if (vraag.gedeeldeSleutel() != null && !antwoorden.containsKey(vraag.id())
						&& bekend.containsKey(vraag.gedeeldeSleutel())) {
					antwoorden.put(vraag.id(), bekend.get(vraag.gedeeldeSleutel()));
					overgenomen.add(vraag.id());
				}
			}
		}
		List<Advies> uitkomst = lijst.heeftRegels() ? Prescanuitkomst.bepaal(lijst, antwoorden) : List.of();
		return new Invulling(lijst, antwoorden, overgenomen, Antwoordcontrole.zichtbaar(lijst, antwoorden), uitkomst);
	}

	/** Answers ready to show: the definition, the answers, which came from shared answers, and what is visible. */
	public record Invulling(Vragenlijst vragenlijst, Map<String, Object> antwoorden, List<String> overgenomen,
			java.util.Set<String> zichtbaar, List<Advies> uitkomst) {
	}

	/** All versions of the assessment this one belongs to, newest first. */
	@Transactional(readOnly = true)
	public List<Beoordeling> versies(Beoordeling beoordeling) {
		return beoordelingen.findByReeksIdOrderByVersieDesc(beoordeling.reeksId());
	}

	private void deel(Beoordeling beoordeling, Vragenlijst lijst, Map<String, Object> antwoorden, Aanvrager aanvrager) {
		for (Vraag vraag : lijst.vragen()) {
			Object waarde = antwoorden.get(vraag.id());
			if (vraag.gedeeldeSleutel() == null || waarde == null) {
				continue;
			}
			GedeeldAntwoord antwoord = gedeeld
				.findByOrganisatieCodeAndToepassingIdAndSleutel(beoordeling.organisatieCode(), beoordeling.toepassingId(),
						vraag.gedeeldeSleutel())
				.orElseGet(() -> new GedeeldAntwoord(beoordeling.organisatieCode(), beoordeling.toepassingId(),
						vraag.gedeeldeSleutel()));
			if (antwoord.zet(waarde, lijst.id(), aanvrager.weergavenaam(), klok.instant())) {
				gedeeld.save(antwoord);
			}
		}
	}

	private Map<String, Object> gedeeldeWaarden(String organisatieCode, UUID toepassingId) {
		Map<String, Object> waarden = new LinkedHashMap<>();
		gedeeld.findByOrganisatieCodeAndToepassingId(organisatieCode, toepassingId)
			.forEach(g -> waarden.put(g.sleutel(), g.waarde()));
		return waarden;
	}

	private OngeldigeInvoer ongeldig(List<Melding> meldingen) {
		return new OngeldigeInvoer(meldingen.stream()
			.map(m -> new Veldfout(m.veld(), tekst(m.sleutel(), m.argumenten().toArray())))
			.toList());
	}

	private Conflict conflict(Beoordeling huidig, String sleutel) {
		Map<String, Object> stand = new LinkedHashMap<>();
		stand.put("id", huidig.id());
		stand.put("versie", huidig.versie());
		stand.put("status", huidig.status());
		stand.put("revisie", huidig.revisie());
		stand.put("gewijzigdDoor", huidig.gewijzigdDoorNaam());
		stand.put("gewijzigd", huidig.gewijzigd());
		stand.put("antwoorden", huidig.antwoorden());
		return new Conflict(tekst(sleutel), Map.of("huidigeRevisie", huidig.revisie(), "huidig", stand));
	}

	private Beoordeling eigen(String organisatieCode, UUID toepassingId, UUID id) {
		return beoordelingen.findByIdAndOrganisatieCodeAndToepassingId(id, organisatieCode, toepassingId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String tekst(String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, sleutel, LocaleContextHolder.getLocale());
	}

	private void bestaat(String organisatieCode, UUID toepassingId) {
		if (!register.bestaat(organisatieCode, toepassingId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
