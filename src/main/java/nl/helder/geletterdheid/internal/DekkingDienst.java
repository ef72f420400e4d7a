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

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final Toepassingskenmerken kenmerken;

	private final Trainingen trainingen;

	private final Eisen eisen;

	private final Organisatiegids organisaties;

	private final Registergids register;

	private final Classificatiegids classificaties;

	private final GeletterdheidDienst dienst;

	private final JdbcClient jdbc;

	DekkingDienst(Toepassingskenmerken kenmerken, Trainingen trainingen, Eisen eisen, Organisatiegids organisaties,
			Registergids register, Classificatiegids classificaties, GeletterdheidDienst dienst, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.kenmerken = kenmerken;
		this.trainingen = trainingen;
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
		// Plain SQL rather than entities: at 60,000 completions, building and tracking entities costs more than the
		// whole computation, and nothing here is changed.
		Map<UUID, List<Dekking.Koppeling>> koppelingen = new HashMap<>();
		jdbc.sql("select medewerker_id, toepassing_id, rol from geletterdheid.toepassingsrol where organisatie_code = ?")
			.param(org)
			.query((rs, n) -> {
				koppelingen.computeIfAbsent(rs.getObject(1, UUID.class), m -> new ArrayList<>())
					.add(new Dekking.Koppeling(rs.getObject(2, UUID.class), Toepassingsrolsoort.valueOf(rs.getString(3))));
				return null;
			})
			.list();
		List<Dekking.Persoon> personen = jdbc.sql("""
				select id, personeelsnummer, naam, team_id, functiegroep, in_dienst from geletterdheid.medewerker
				where organisatie_code = ? order by naam""")
			.param(org)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				java.sql.Date inDienst = rs.getDate(6);
				return new Dekking.Persoon(id, rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
						rs.getString(5), inDienst == null ? null : inDienst.toLocalDate(),
						koppelingen.getOrDefault(id, List.of()));
			})
			.list()
			.stream()
			.filter(p -> zicht.ziet(p.teamId()))
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
		List<Dekking.AfrondingFeit> gedaan = jdbc
			.sql("select medewerker_id, training_id, datum, bevestigd from geletterdheid.afronding where organisatie_code = ?")
			.param(org)
			.query((rs, n) -> new Dekking.AfrondingFeit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getDate(3).toLocalDate(), rs.getBoolean(4)))
			.list();
		List<Regel> regels = eisen.findByOrganisatieCodeOrderByNaam(org).stream().map(Eis::alsRegel).toList();
		return Dekking.bereken(new Dekking.Invoer(personen, teams, toepassingen, catalogus, gedaan, regels, peildatum));
	}

}
