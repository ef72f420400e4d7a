// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import nl.helder.organisaties.internal.OrganisatieDienst;
import nl.helder.organisaties.internal.Teams;

/** What other modules may ask about organisations and their teams. */
@Service
public class Organisatiegids {

	private final OrganisatieDienst organisaties;

	private final Teams teams;

	Organisatiegids(OrganisatieDienst organisaties, Teams teams) {
		this.organisaties = organisaties;
		this.teams = teams;
	}

	public Optional<OrganisatieInfo> vind(String code) {
		return organisaties.vind(code);
	}

	public boolean teamBestaat(String organisatieCode, UUID teamId) {
		return teams.findByIdAndOrganisatieCode(teamId, organisatieCode).isPresent();
	}

}
