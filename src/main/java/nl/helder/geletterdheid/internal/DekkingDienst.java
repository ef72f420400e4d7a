// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.aiact.Classificatiegids;
import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.TeamInfo;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;

/**
 * Gathers what {@link Dekking} needs from this module's tables and the other modules' public guides, and decides
 * whose figures a caller may see: HR and the AI coordinator the whole organisation, a teamleider only their own team
 * and the teams below it.
 */
@Service
public class DekkingDienst {

	private final Medewerkers medewerkers;

	private final Toepassingsrollen rollen;

	private final Toepassingskenmerken kenmerken;

	private final Trainingen trainingen;

	private final Afrondingen afrondingen;

	private final Eisen eisen;

	private final Organisatiegids organisaties;

	private final Registergids register;

	private final Classificatiegids classificaties;

	private final GeletterdheidDienst dienst;

	DekkingDienst(Medewerkers medewerkers, Toepassingsrollen rollen, Toepassingskenmerken kenmerken,
			Trainingen trainingen, Afrondingen afrondingen, Eisen eisen, Organisatiegids organisaties,
			Registergids register, Classificatiegids classificaties, GeletterdheidDienst dienst) {
		this.medewerkers = medewerkers;
		this.rollen = rollen;
		this.kenmerken = kenmerken;
		this.trainingen = trainingen;
		this.afrondingen = afrondingen;
		this.eisen = eisen;
		this.organisaties = organisaties;
		this.register = register;
		this.classificaties = classificaties;
		this.dienst = dienst;
	}

	/** What the caller may see; empty for a teamleider without a team (they see nothing rather than everything). */
	public record Zicht(boolean heleOrganisatie, Set<UUID> teams) {

		public boolean ziet(UUID teamId) {
			return heleOrganisatie || teamId != null && teams.contains(teamId);
		}

	}

	public static boolean zietAlles(Aanvrager aanvrager) {
		return aanvrager.heeftRol(Rol.HR) || aanvrager.heeftRol(Rol.AI_COORDINATOR);
	}

	public Zicht zicht(Aanvrager aanvrager) {
		if (zietAlles(aanvrager)) {
			return new Zicht(true, Set.of());
		}
		Optional<UUID> eigen = organisaties.teamVan(aanvrager.organisatieCode(), aanvrager.persoonId());
		if (eigen.isEmpty()) {
			return new Zicht(false, Set.of());
		}
		// The own team and everything below it: a department head sees their department.
		List<TeamInfo> boom = organisaties.teams(aanvrager.organisatieCode());
		Set<UUID> zichtbaar = new HashSet<>();
		zichtbaar.add(eigen.get());
		boolean gegroeid;
		do {
			gegroeid = false;
			for (TeamInfo team : boom) {
				if (team.ouderId() != null && zichtbaar.contains(team.ouderId()) && zichtbaar.add(team.id())) {
					gegroeid = true;
				}
			}
		}
		while (gegroeid);
		return new Zicht(false, Set.copyOf(zichtbaar));
	}

	@Transactional(readOnly = true)
	public Dekking.Uitkomst voor(Aanvrager aanvrager) {
		return bereken(aanvrager.organisatieCode(), zicht(aanvrager), dienst.vandaag());
	}

	@Transactional(readOnly = true)
	public Dekking.Uitkomst bereken(String org, Zicht zicht, LocalDate peildatum) {
		List<TeamInfo> teams = organisaties.teams(org)
			.stream()
			.filter(t -> zicht.ziet(t.id()))
			.toList();
		Map<UUID, List<Dekking.Koppeling>> koppelingen = new HashMap<>();
		rollen.findByOrganisatieCode(org)
			.forEach(r -> koppelingen.computeIfAbsent(r.medewerkerId(), m -> new ArrayList<>())
				.add(new Dekking.Koppeling(r.toepassingId(), r.rol())));
		List<Dekking.Persoon> personen = medewerkers.findByOrganisatieCodeOrderByNaam(org)
			.stream()
			.filter(m -> zicht.ziet(m.teamId()))
			.map(m -> new Dekking.Persoon(m.id(), m.personeelsnummer(), m.naam(), m.teamId(), m.functiegroep(),
					m.inDienst(), koppelingen.getOrDefault(m.id(), List.of())))
			.toList();
		Map<UUID, Boolean> generatief = new HashMap<>();
		kenmerken.findByOrganisatieCode(org).forEach(k -> generatief.put(k.toepassingId(), k.generatief()));
		Map<UUID, Dekking.ToepassingFeit> toepassingen = new LinkedHashMap<>();
		register.namen(org).forEach((id, naam) -> toepassingen.put(id, new Dekking.ToepassingFeit(id, naam,
				classificaties.laatste(org, id).map(Classificatiegids.Uitkomst::hoogRisico).orElse(false),
				generatief.getOrDefault(id, false))));
		if (!zicht.heleOrganisatie()) {
			// A teamleider sees toepassingen only through their own team's people.
			Set<UUID> gebruikt = new HashSet<>();
			personen.forEach(p -> p.koppelingen().forEach(k -> gebruikt.add(k.toepassingId())));
			toepassingen.keySet().retainAll(gebruikt);
		}
		List<Dekking.TrainingFeit> catalogus = trainingen.findByOrganisatieCodeOrderByCode(org)
			.stream()
			.map(t -> new Dekking.TrainingFeit(t.id(), t.code(), t.titel(), t.niveau(), t.geldigMaanden()))
			.toList();
		List<Dekking.AfrondingFeit> gedaan = afrondingen.findByOrganisatieCode(org)
			.stream()
			.map(a -> new Dekking.AfrondingFeit(a.medewerkerId(), a.trainingId(), a.datum(), a.bevestigd()))
			.toList();
		List<Regel> regels = eisen.findByOrganisatieCodeOrderByNaam(org).stream().map(Eis::alsRegel).toList();
		return Dekking.bereken(new Dekking.Invoer(personen, teams, toepassingen, catalogus, gedaan, regels, peildatum));
	}

}
