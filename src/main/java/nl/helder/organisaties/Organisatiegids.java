// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import nl.helder.organisaties.internal.Gebruikers;
import nl.helder.organisaties.internal.OrganisatieDienst;
import nl.helder.organisaties.internal.Team;
import nl.helder.organisaties.internal.Teams;
import nl.helder.shared.Rol;

/** What other modules may ask about organisations and their teams. */
@Service
public class Organisatiegids {

	private final OrganisatieDienst organisaties;

	private final Teams teams;

	private final Gebruikers gebruikers;

	Organisatiegids(OrganisatieDienst organisaties, Teams teams, Gebruikers gebruikers) {
		this.organisaties = organisaties;
		this.teams = teams;
		this.gebruikers = gebruikers;
	}

	/**
	 * Whether a person (by the id modules see as {@code Aanvrager.persoonId()}) is still an active user of this
	 * organisation; for things that outlive a session, such as a calendar link.
	 */
	public boolean actieveGebruiker(String organisatieCode, String persoonId) {
		try {
			return gebruikers.findByIdAndOrganisatieCode(UUID.fromString(persoonId), organisatieCode)
				.map(g -> g.actief())
				.orElse(false);
		}
		catch (IllegalArgumentException geenGebruiker) {
			return false;
		}
	}

	/**
	 * The e-mail addresses of the organisation's active users who hold at least one of these roles, without
	 * duplicates, for messages such as review reminders. Users without an address are left out.
	 */
	public List<String> emailadressen(String organisatieCode, Set<Rol> rollen) {
		return gebruikers.findByOrganisatieCodeOrderByNaam(organisatieCode)
			.stream()
			.filter(g -> g.actief() && g.email() != null && !g.email().isBlank())
			.filter(g -> g.rollen().stream().anyMatch(rollen::contains))
			.map(g -> g.email().strip())
			.distinct()
			.toList();
	}

	/** An active user as other modules may see them: no password, no login details. */
	public record GebruikerInfo(String persoonId, String naam, String email, Set<Rol> rollen, UUID teamId) {
	}

	/** The organisation's active users by name. */
	public List<GebruikerInfo> gebruikers(String organisatieCode) {
		return gebruikers.findByOrganisatieCodeOrderByNaam(organisatieCode)
			.stream()
			.filter(g -> g.actief())
			.map(g -> new GebruikerInfo(g.id().toString(), g.naam(), g.email(), Set.copyOf(g.rollen()), g.teamId()))
			.toList();
	}

	/** The team of an active user (by {@code Aanvrager.persoonId()}); empty when none is set or the user is unknown. */
	public Optional<UUID> teamVan(String organisatieCode, String persoonId) {
		try {
			return gebruikers.findByIdAndOrganisatieCode(UUID.fromString(persoonId), organisatieCode)
				.filter(g -> g.actief())
				.map(g -> g.teamId());
		}
		catch (IllegalArgumentException | NullPointerException geenGebruiker) {
			return Optional.empty();
		}
	}

	public Optional<OrganisatieInfo> vind(String code) {
		return organisaties.vind(code);
	}

	public boolean teamBestaat(String organisatieCode, UUID teamId) {
		return teams.findByIdAndOrganisatieCode(teamId, organisatieCode).isPresent();
	}

	/** The organisation's teams in tree order: each department followed by its teams, names alphabetical per level. */
	public List<TeamInfo> teams(String organisatieCode) {
		List<Team> alle = teams.findByOrganisatieCodeOrderByNaam(organisatieCode);
		Map<UUID, List<Team>> perOuder = alle.stream()
			.filter(t -> t.ouderId() != null)
			.collect(Collectors.groupingBy(Team::ouderId));
		Set<UUID> ids = alle.stream().map(Team::id).collect(Collectors.toSet());
		List<TeamInfo> boom = new ArrayList<>();
		alle.stream()
			.filter(t -> t.ouderId() == null || !ids.contains(t.ouderId()))
			.forEach(t -> voegToe(t, 0, perOuder, boom));
		return boom;
	}

	private static void voegToe(Team team, int diepte, Map<UUID, List<Team>> perOuder, List<TeamInfo> boom) {
		// The team tree is kept free of cycles when it is edited; the depth bound guards against a damaged table.
		if (diepte > 50) {
			return;
		}
		boom.add(new TeamInfo(team.id(), team.naam(), team.ouderId(), diepte));
		perOuder.getOrDefault(team.id(), List.of()).forEach(kind -> voegToe(kind, diepte + 1, perOuder, boom));
	}

}
