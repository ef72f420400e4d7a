// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.shared.OngeldigeInvoer;

/** Teams and departments as a tree under the organisation. */
@Service
public class TeamDienst {

	private final Teams teams;

	private final Gebruikers gebruikers;

	TeamDienst(Teams teams, Gebruikers gebruikers) {
		this.teams = teams;
		this.gebruikers = gebruikers;
	}

	/** A team with its depth in the tree, for an indented list. */
	public record TeamInBoom(Team team, int diepte) {
	}

	@Transactional(readOnly = true)
	public List<TeamInBoom> boom(String organisatieCode) {
		List<Team> alle = teams.findByOrganisatieCodeOrderByNaam(organisatieCode);
		Map<UUID, List<Team>> kinderen = new HashMap<>();
		alle.forEach(t -> kinderen.computeIfAbsent(t.ouderId(), k -> new ArrayList<>()).add(t));
		List<TeamInBoom> resultaat = new ArrayList<>();
		voegToe(null, 0, kinderen, resultaat);
		return resultaat;
	}

	private static void voegToe(UUID ouder, int diepte, Map<UUID, List<Team>> kinderen, List<TeamInBoom> resultaat) {
		for (Team team : kinderen.getOrDefault(ouder, List.of())) {
			resultaat.add(new TeamInBoom(team, diepte));
			voegToe(team.id(), diepte + 1, kinderen, resultaat);
		}
	}

	@Transactional
	public Team maakAan(String organisatieCode, String naam, UUID ouderId) {
		controleer(organisatieCode, null, naam, ouderId);
		return teams.save(new Team(organisatieCode, naam.strip(), ouderId));
	}

	@Transactional
	public Team wijzig(String organisatieCode, UUID id, String naam, UUID ouderId, Long versie) {
		Team team = teams.findByIdAndOrganisatieCode(id, organisatieCode).orElseThrow();
		controleer(organisatieCode, id, naam, ouderId);
		Versies.controleer(versie, team.versie());
		team.wijzig(naam.strip(), ouderId);
		return teams.saveAndFlush(team);
	}

	@Transactional
	public void verwijder(String organisatieCode, UUID id) {
		Team team = teams.findByIdAndOrganisatieCode(id, organisatieCode).orElseThrow();
		if (teams.existsByOuderId(id)) {
			throw new OngeldigeInvoer("id", "team.verwijder.heeft-teams");
		}
		if (gebruikers.existsByTeamId(id)) {
			throw new OngeldigeInvoer("id", "team.verwijder.heeft-leden");
		}
		teams.delete(team);
	}

	private void controleer(String organisatieCode, UUID id, String naam, UUID ouderId) {
		List<OngeldigeInvoer.Veldfout> fouten = new ArrayList<>();
		if (naam == null || naam.isBlank()) {
			fouten.add(new OngeldigeInvoer.Veldfout("naam", "team.naam.verplicht"));
		}
		else if (naam.length() > 200) {
			fouten.add(new OngeldigeInvoer.Veldfout("naam", "team.naam.te-lang"));
		}
		if (ouderId != null) {
			if (teams.findByIdAndOrganisatieCode(ouderId, organisatieCode).isEmpty()) {
				fouten.add(new OngeldigeInvoer.Veldfout("ouderId", "team.ouder.onbekend"));
			}
			else if (id != null && isZelfOfAfstammeling(id, ouderId)) {
				fouten.add(new OngeldigeInvoer.Veldfout("ouderId", "team.ouder.kring"));
			}
		}
		// The database allows one name per parent; checked here so that a double name is a 400, not a 500.
		if (fouten.isEmpty() && teams.findByOrganisatieCodeAndOuderIdAndNaam(organisatieCode, ouderId, naam.strip())
			.stream()
			.anyMatch(ander -> !ander.id().equals(id))) {
			fouten.add(new OngeldigeInvoer.Veldfout("naam", "team.naam.bestaat"));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
	}

	/** True when the proposed parent is the team itself or lies below it, which would make a cycle. */
	private boolean isZelfOfAfstammeling(UUID team, UUID voorgesteldeOuder) {
		UUID huidig = voorgesteldeOuder;
		for (int stap = 0; huidig != null && stap < 1000; stap++) {
			if (huidig.equals(team)) {
				return true;
			}
			huidig = teams.findById(huidig).map(Team::ouderId).orElse(null);
		}
		return false;
	}

}
