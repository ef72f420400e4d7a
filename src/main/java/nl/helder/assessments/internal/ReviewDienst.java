// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.assessments.Beoordelingsstatus;
import nl.helder.assessments.internal.Reviewschema.Stand;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;

/**
 * Periodic reviews of toepassingen: the cadence (default per phase, or the municipality's own), the next due date,
 * and completing a review with its checklist. The phase is the register's; it is asked through {@link Registergids}.
 */
@Service
public class ReviewDienst {

	static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

	private final Beoordelingen beoordelingen;

	private final BeoordelingDienst beoordelingDienst;

	private final Reviews reviews;

	private final EigenReviewritmes ritmes;

	private final Vragenlijstcatalogus catalogus;

	private final Registergids register;

	private final ReviewInstellingen instellingen;

	private final MessageSource berichten;

	private final Clock klok;

	ReviewDienst(Beoordelingen beoordelingen, BeoordelingDienst beoordelingDienst, Reviews reviews,
			EigenReviewritmes ritmes, Vragenlijstcatalogus catalogus, Registergids register,
			ReviewInstellingen instellingen, MessageSource berichten, Clock klok) {
		this.beoordelingen = beoordelingen;
		this.beoordelingDienst = beoordelingDienst;
		this.reviews = reviews;
		this.ritmes = ritmes;
		this.catalogus = catalogus;
		this.register = register;
		this.instellingen = instellingen;
		this.berichten = berichten;
		this.klok = klok;
	}

	public ReviewInstellingen instellingen() {
		return instellingen;
	}

	public LocalDate vandaag() {
		return LocalDate.now(klok.withZone(NEDERLAND));
	}

	/** How the review of one toepassing of the caller's organisation stands; 404 when it is not theirs. */
	@Transactional(readOnly = true)
	public Stand stand(String organisatieCode, UUID toepassingId) {
		bestaat(organisatieCode, toepassingId);
		return standen(organisatieCode, register.fasen(organisatieCode).stream()
			.filter(f -> f.id().equals(toepassingId))
			.toList()).get(0);
	}

	/** Every toepassing of the organisation that has a periodic review, the earliest due date first. */
	@Transactional(readOnly = true)
	public List<Stand> overzicht(String organisatieCode) {
		return standen(organisatieCode, register.fasen(organisatieCode)).stream()
			.filter(Stand::heeftReview)
			.sorted(Comparator.comparing(Stand::volgende))
			.toList();
	}

	/** The reviews of all organisations, per organisation code, for the reminder job. */
	@Transactional(readOnly = true)
	public Map<String, List<Stand>> alleStanden() {
		Map<String, List<Registergids.Fase>> perOrganisatie = new LinkedHashMap<>();
		register.alleFasen().forEach(f -> perOrganisatie.computeIfAbsent(f.organisatieCode(), c -> new java.util.ArrayList<>()).add(f));
		Map<String, List<Stand>> standen = new LinkedHashMap<>();
		perOrganisatie.forEach((code, fasen) -> standen.put(code,
				standen(code, fasen).stream().filter(Stand::heeftReview).toList()));
		return standen;
	}

	private List<Stand> standen(String organisatieCode, List<Registergids.Fase> fasen) {
		Map<UUID, Integer> eigen = new LinkedHashMap<>();
		ritmes.findByOrganisatieCode(organisatieCode).forEach(r -> eigen.put(r.toepassingId(), r.dagen()));
		Map<UUID, LocalDate> laatste = new LinkedHashMap<>();
		reviews.findByOrganisatieCodeOrderByAfgerondOpDesc(organisatieCode)
			.forEach(r -> laatste.putIfAbsent(r.toepassingId(), LocalDate.ofInstant(r.afgerondOp(), NEDERLAND)));
		LocalDate vandaag = vandaag();
		return fasen.stream()
			.map(f -> Reviewschema.stand(f.id(), f.naam(), f.levensfase(), eigen.get(f.id()), laatste.get(f.id()),
					LocalDate.ofInstant(f.geregistreerd(), NEDERLAND), vandaag, instellingen))
			.toList();
	}

	/** Completed reviews of a toepassing, newest first. */
	@Transactional(readOnly = true)
	public List<Review> historie(String organisatieCode, UUID toepassingId) {
		bestaat(organisatieCode, toepassingId);
		return reviews.findByOrganisatieCodeAndToepassingIdOrderByAfgerondOpDesc(organisatieCode, toepassingId);
	}

	/** The review in progress if there is one (so two people do not start two), else a new checklist. */
	@Transactional
	public Beoordeling start(String organisatieCode, UUID toepassingId, Aanvrager aanvrager) {
		bestaat(organisatieCode, toepassingId);
		List<Beoordeling> open = beoordelingen.findByOrganisatieCodeAndToepassingIdAndVragenlijstIdAndStatusNot(
				organisatieCode, toepassingId, Vragenlijst.REVIEW, Beoordelingsstatus.GOEDGEKEURD);
		if (!open.isEmpty()) {
			return open.get(0);
		}
		Vragenlijst lijst = catalogus.actueel(Vragenlijst.REVIEW).orElseThrow();
		return beoordelingen.save(new Beoordeling(organisatieCode, toepassingId, lijst, Map.of(), null,
				aanvrager.weergavenaam(), klok.instant()));
	}

	/**
	 * Completes a review: every required question answered; the checklist is frozen and the next due date is today
	 * plus the cadence.
	 */
	@Transactional
	public Review rondAf(String organisatieCode, UUID toepassingId, UUID beoordelingId, Aanvrager aanvrager) {
		Beoordeling checklist = beoordelingen.findByIdAndOrganisatieCodeAndToepassingId(beoordelingId, organisatieCode,
				toepassingId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!Vragenlijst.REVIEW.equals(checklist.vragenlijstId())) {
			throw new OngeldigeInvoer("beoordeling", "review.afronden.geen-review");
		}
		if (checklist.isBevroren()) {
			throw new OngeldigeInvoer("status", "review.afronden.al-afgerond");
		}
		Vragenlijst lijst = beoordelingDienst.vragenlijst(checklist);
		var uitkomst = Antwoordcontrole.controleer(lijst, beoordelingDienst.invulling(checklist).antwoorden(), true);
		if (!uitkomst.isGoed()) {
			throw new OngeldigeInvoer(uitkomst.fouten()
				.stream()
				.map(m -> new Veldfout(m.veld(), tekst(m.sleutel(), m.argumenten().toArray())))
				.toList());
		}
		Stand voor = stand(organisatieCode, toepassingId);
		var nu = klok.instant();
		checklist.bewaar(uitkomst.antwoorden(), aanvrager.weergavenaam(), nu);
		checklist.rondReviewAf(aanvrager.persoonId(), aanvrager.weergavenaam(), nu);
		beoordelingen.saveAndFlush(checklist);
		LocalDate vandaag = vandaag();
		LocalDate volgende = voor.dagen() == null ? null : vandaag.plusDays(voor.dagen());
		return reviews.save(new Review(checklist, voor.volgende(), aanvrager.weergavenaam(), nu, voor.dagen(), volgende,
				"ja".equals(uitkomst.antwoorden().get("veranderd"))));
	}

	/**
	 * Sets the municipality's own cadence in days; empty input goes back to the default for the phase. Not a whole
	 * number, or outside the bounds: a Dutch error and nothing changes.
	 */
	@Transactional
	public Optional<EigenReviewritme> zetRitme(String organisatieCode, UUID toepassingId, String invoer,
			Aanvrager aanvrager) {
		bestaat(organisatieCode, toepassingId);
		Optional<EigenReviewritme> bestaand = ritmes.findByOrganisatieCodeAndToepassingId(organisatieCode, toepassingId);
		if (invoer == null || invoer.isBlank()) {
			bestaand.ifPresent(ritmes::delete);
			return Optional.empty();
		}
		int dagen;
		try {
			dagen = Integer.parseInt(invoer.strip());
		}
		catch (NumberFormatException geenGetal) {
			throw new OngeldigeInvoer("dagen", tekst("review.ritme.geen-getal", instellingen.minimumDagen(),
					instellingen.maximumDagen()));
		}
		if (dagen < instellingen.minimumDagen() || dagen > instellingen.maximumDagen()) {
			throw new OngeldigeInvoer("dagen", tekst("review.ritme.grenzen", instellingen.minimumDagen(),
					instellingen.maximumDagen()));
		}
		EigenReviewritme ritme = bestaand.orElseGet(() -> new EigenReviewritme(organisatieCode, toepassingId));
		ritme.zet(dagen, aanvrager.weergavenaam(), klok.instant());
		return Optional.of(ritmes.saveAndFlush(ritme));
	}

	private void bestaat(String organisatieCode, UUID toepassingId) {
		if (!register.bestaat(organisatieCode, toepassingId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String tekst(String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, sleutel, LocaleContextHolder.getLocale());
	}

}
