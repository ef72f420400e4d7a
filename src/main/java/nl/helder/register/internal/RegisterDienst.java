// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.register.InterneGegevens;
import nl.helder.register.Werkstatus;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Conflict;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;

/** The register's rules: saving as versions, the workflow with four eyes, restoring and comparing versions. */
@Service
public class RegisterDienst {

	private final Toepassingen toepassingen;

	private final ToepassingVersies versies;

	private final Veldcatalogus catalogus;

	private final Veldcontrole controle;

	private final Organisatiegids organisaties;

	private final JsonMapper json;

	private final MessageSource berichten;

	private final Clock klok;

	RegisterDienst(Toepassingen toepassingen, ToepassingVersies versies, Veldcatalogus catalogus, Veldcontrole controle,
			Organisatiegids organisaties, JsonMapper json, MessageSource berichten, Clock klok) {
		this.toepassingen = toepassingen;
		this.versies = versies;
		this.catalogus = catalogus;
		this.controle = controle;
		this.organisaties = organisaties;
		this.json = json;
		this.berichten = berichten;
		this.klok = klok;
	}

	/** What a user sends: the standard's fields by their keys, and the internal fields. */
	public record Invoer(Map<String, Object> standaard, InterneGegevens intern) {
	}

	/** A toepassing with the version being worked on, its completeness and points of attention. */
	public record Stand(Toepassing toepassing, ToepassingVersie werk, Volledigheid volledigheid,
			List<String> waarschuwingen) {
	}

	/** One field that differs between two versions. */
	public record Verschil(String veld, String label, Object voor, Object na) {
	}

	@Transactional
	public Stand maakAan(String organisatieCode, Invoer invoer, Aanvrager aanvrager) {
		Map<String, Object> standaard = aangevuld(organisatieCode, invoer.standaard());
		Map<String, Object> intern = controleer(organisatieCode, null, standaard, invoer.intern());
		var toepassing = toepassingen.save(new Toepassing(organisatieCode, naam(standaard), klok.instant()));
		var versie = versies.save(new ToepassingVersie(toepassing, 1, standaard, intern, aanvrager.persoonId(),
				aanvrager.weergavenaam(), null, klok.instant()));
		return stand(toepassing, versie);
	}

	@Transactional
	public Stand wijzig(String organisatieCode, UUID id, Invoer invoer, Integer bewerkteVersie, Aanvrager aanvrager) {
		Toepassing toepassing = eigen(organisatieCode, id);
		if (bewerkteVersie == null) {
			throw new OngeldigeInvoer("versie", "register.versie.verplicht");
		}
		if (bewerkteVersie != toepassing.werkversie()) {
			throw conflict(toepassing);
		}
		Map<String, Object> standaard = aangevuld(organisatieCode, invoer.standaard());
		Map<String, Object> intern = controleer(organisatieCode, id, standaard, invoer.intern());
		return bewaar(toepassing, standaard, intern, aanvrager, null);
	}

	@Transactional
	public Stand herstel(String organisatieCode, UUID id, int nummer, Aanvrager aanvrager) {
		Toepassing toepassing = eigen(organisatieCode, id);
		ToepassingVersie oud = versies.findByToepassingIdAndNummer(id, nummer)
			.orElseThrow(() -> new OngeldigeInvoer("versie", "register.versie.onbekend"));
		return bewaar(toepassing, oud.standaard(), oud.intern(), aanvrager,
				berichten.getMessage("register.versie.hersteld", new Object[] { nummer }, LocaleContextHolder.getLocale()));
	}

	/**
	 * Fills some fields of the standard in a new working version and keeps all others, for text that another part of
	 * Helder wrote (such as an approved assessment). Only the filled fields are checked, so an older gap elsewhere in
	 * the record does not block it; the toelichting says where the text came from in the version history.
	 */
	@Transactional
	public Stand vulAan(String organisatieCode, UUID id, Map<String, Object> velden, Aanvrager aanvrager,
			String toelichting) {
		Toepassing toepassing = eigen(organisatieCode, id);
		ToepassingVersie werk = werk(toepassing);
		Map<String, Object> standaard = new LinkedHashMap<>(werk.standaard());
		standaard.putAll(velden);
		List<Veldfout> fouten = controle.controleer(standaard)
			.stream()
			.filter(f -> velden.keySet().stream().anyMatch(v -> f.veld().equals(v) || f.veld().startsWith(v + "[")))
			.toList();
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		return bewaar(toepassing, standaard, werk.intern(), aanvrager, toelichting);
	}

	@Transactional
	public Stand naarReview(String organisatieCode, UUID id) {
		Toepassing toepassing = eigen(organisatieCode, id);
		if (toepassing.werkstatus() != Werkstatus.CONCEPT) {
			throw new OngeldigeInvoer("werkstatus", "register.review.alleen-concept");
		}
		toepassing.naarReview(klok.instant());
		return stand(toepassing, werk(toepassing));
	}

	@Transactional
	public Stand afwijzen(String organisatieCode, UUID id) {
		Toepassing toepassing = eigen(organisatieCode, id);
		if (toepassing.werkstatus() != Werkstatus.TER_REVIEW) {
			throw new OngeldigeInvoer("werkstatus", "register.afwijzen.alleen-review");
		}
		toepassing.terugNaarConcept(klok.instant());
		return stand(toepassing, werk(toepassing));
	}

	/** Publishes the version under review: all required fields filled, approved by someone other than its author. */
	@Transactional
	public Stand publiceer(String organisatieCode, UUID id, Aanvrager aanvrager) {
		Toepassing toepassing = eigen(organisatieCode, id);
		if (toepassing.werkstatus() != Werkstatus.TER_REVIEW) {
			throw new OngeldigeInvoer("werkstatus", "register.publiceren.alleen-review");
		}
		ToepassingVersie werk = werk(toepassing);
		List<Veldfout> ontbrekend = controle.ontbrekendVoorPublicatie(werk.standaard());
		if (!ontbrekend.isEmpty()) {
			throw new OngeldigeInvoer(ontbrekend);
		}
		if (werk.auteurId().equals(aanvrager.persoonId())) {
			throw new OngeldigeInvoer("werkstatus", "register.publiceren.vier-ogen");
		}
		toepassing.publiceer(klok.instant());
		return stand(toepassing, werk);
	}

	@Transactional
	public Stand trekIn(String organisatieCode, UUID id) {
		Toepassing toepassing = eigen(organisatieCode, id);
		if (toepassing.gepubliceerdeVersie() == null) {
			throw new OngeldigeInvoer("werkstatus", "register.intrekken.niet-gepubliceerd");
		}
		toepassing.trekIn(klok.instant());
		return stand(toepassing, werk(toepassing));
	}

	@Transactional(readOnly = true)
	public Stand toon(String organisatieCode, UUID id) {
		Toepassing toepassing = eigen(organisatieCode, id);
		return stand(toepassing, werk(toepassing));
	}

	@Transactional(readOnly = true)
	public List<Stand> lijst(String organisatieCode) {
		return toepassingen.findByOrganisatieCodeOrderByNaam(organisatieCode)
			.stream()
			.map(t -> stand(t, werk(t)))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ToepassingVersie> versies(String organisatieCode, UUID id) {
		eigen(organisatieCode, id);
		return versies.findByToepassingIdOrderByNummerDesc(id);
	}

	@Transactional(readOnly = true)
	public ToepassingVersie versie(String organisatieCode, UUID id, int nummer) {
		eigen(organisatieCode, id);
		return versies.findByToepassingIdAndNummer(id, nummer).orElseThrow(GeenToepassing::new);
	}

	/** Field by field what changed from one version to another; internal fields are prefixed with "intern.". */
	@Transactional(readOnly = true)
	public List<Verschil> verschillen(String organisatieCode, UUID id, int van, int tot) {
		ToepassingVersie a = versie(organisatieCode, id, van);
		ToepassingVersie b = versie(organisatieCode, id, tot);
		List<Verschil> verschillen = new ArrayList<>();
		Set<String> sleutels = new LinkedHashSet<>();
		catalogus.velden().forEach(v -> sleutels.add(v.sleutel()));
		sleutels.addAll(a.standaard().keySet());
		sleutels.addAll(b.standaard().keySet());
		for (String sleutel : sleutels) {
			Object voor = a.standaard().get(sleutel);
			Object na = b.standaard().get(sleutel);
			if (!Objects.equals(leegIsNull(voor), leegIsNull(na))) {
				String label = catalogus.veld(sleutel).map(Veld::label).orElse(sleutel);
				verschillen.add(new Verschil(sleutel, label, voor, na));
			}
		}
		Set<String> intern = new LinkedHashSet<>(a.intern().keySet());
		intern.addAll(b.intern().keySet());
		for (String sleutel : intern) {
			Object voor = a.intern().get(sleutel);
			Object na = b.intern().get(sleutel);
			if (!Objects.equals(leegIsNull(voor), leegIsNull(na))) {
				verschillen.add(new Verschil("intern." + sleutel, sleutel, voor, na));
			}
		}
		return verschillen;
	}

	private Stand bewaar(Toepassing toepassing, Map<String, Object> standaard, Map<String, Object> intern,
			Aanvrager aanvrager, String toelichting) {
		int nummer = toepassing.werkversie() + 1;
		var versie = versies.save(new ToepassingVersie(toepassing, nummer, standaard, intern, aanvrager.persoonId(),
				aanvrager.weergavenaam(), toelichting, klok.instant()));
		toepassing.nieuweVersie(nummer, naam(standaard), klok.instant());
		toepassingen.saveAndFlush(toepassing);
		return stand(toepassing, versie);
	}

	/** The fixed fields of the standard, and the organisation's name when none is given. */
	private Map<String, Object> aangevuld(String organisatieCode, Map<String, Object> invoer) {
		Map<String, Object> standaard = new LinkedHashMap<>(invoer == null ? Map.of() : invoer);
		standaard.replaceAll((k, v) -> v instanceof String s ? s.strip() : v);
		for (Veld veld : catalogus.velden()) {
			if (veld.isVast() && !veld.waarden().isEmpty()) {
				standaard.putIfAbsent(veld.sleutel(), veld.waarden().get(0));
			}
		}
		if (Veldcontrole.isLeeg(standaard.get("organization"))) {
			organisaties.vind(organisatieCode).ifPresent(o -> standaard.put("organization", o.naam()));
		}
		return standaard;
	}

	private Map<String, Object> controleer(String organisatieCode, UUID zelf, Map<String, Object> standaard,
			InterneGegevens intern) {
		List<Veldfout> fouten = new ArrayList<>(controle.controleer(standaard));
		if (Veldcontrole.isLeeg(standaard.get("name"))) {
			fouten.add(0, new Veldfout("name", berichten.getMessage("register.naam.verplicht", null,
					LocaleContextHolder.getLocale())));
		}
		InterneGegevens gegevens = intern == null ? InterneGegevens.leeg() : intern;
		if (gegevens.afdelingId() != null && !organisaties.teamBestaat(organisatieCode, gegevens.afdelingId())) {
			fouten.add(new Veldfout("intern.afdelingId", "register.intern.team-onbekend"));
		}
		if (gegevens.teamIds().stream().anyMatch(t -> !organisaties.teamBestaat(organisatieCode, t))) {
			fouten.add(new Veldfout("intern.teamIds", "register.intern.team-onbekend"));
		}
		for (UUID gekoppeld : gegevens.gekoppeld()) {
			if (gekoppeld.equals(zelf) || toepassingen.findByIdAndOrganisatieCode(gekoppeld, organisatieCode).isEmpty()) {
				fouten.add(new Veldfout("intern.gekoppeld", "register.intern.koppeling-onbekend"));
				break;
			}
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> alsMap = json.convertValue(gegevens, LinkedHashMap.class);
		alsMap.values().removeIf(Veldcontrole::isLeeg);
		return alsMap;
	}

	private Stand stand(Toepassing toepassing, ToepassingVersie werk) {
		List<String> waarschuwingen = new ArrayList<>();
		Object levensfase = werk.intern().get("levensfase");
		Object status = werk.standaard().get("status");
		if (levensfase != null) {
			var fase = InterneGegevens.Levensfase.valueOf(String.valueOf(levensfase));
			if (fase == InterneGegevens.Levensfase.PILOT) {
				waarschuwingen.add(berichten.getMessage("register.waarschuwing.pilot", null, LocaleContextHolder.getLocale()));
			}
			if (status != null && !fase.standaardStatus().equals(status)) {
				waarschuwingen.add(berichten.getMessage("register.waarschuwing.status",
						new Object[] { status, fase.standaardStatus() }, LocaleContextHolder.getLocale()));
			}
		}
		return new Stand(toepassing, werk, Volledigheid.van(werk.standaard(), catalogus.velden()), waarschuwingen);
	}

	private ToepassingVersie werk(Toepassing toepassing) {
		return versies.findByToepassingIdAndNummer(toepassing.id(), toepassing.werkversie()).orElseThrow();
	}

	private Toepassing eigen(String organisatieCode, UUID id) {
		return toepassingen.findByIdAndOrganisatieCode(id, organisatieCode).orElseThrow(GeenToepassing::new);
	}

	private Conflict conflict(Toepassing toepassing) {
		ToepassingVersie werk = werk(toepassing);
		return new Conflict("Versie " + toepassing.werkversie() + " is nieuwer",
				Map.of("huidigeVersie", toepassing.werkversie(), "huidig",
						Map.of("standaard", werk.standaard(), "intern", werk.intern(), "auteur", werk.auteurNaam())));
	}

	private static String naam(Map<String, Object> standaard) {
		String naam = String.valueOf(standaard.get("name"));
		return naam.length() > 200 ? naam.substring(0, 200) : naam;
	}

	private static Object leegIsNull(Object waarde) {
		return Veldcontrole.isLeeg(waarde) ? null : waarde;
	}

	/** A toepassing that does not exist in this organisation: 404, wherever it is asked. */
	public static class GeenToepassing extends org.springframework.web.server.ResponseStatusException {

		GeenToepassing() {
			super(org.springframework.http.HttpStatus.NOT_FOUND);
		}

	}

}
