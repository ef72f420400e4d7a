// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.organisaties.internal.Team;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.organisaties.internal.Teams;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/teams", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Teams", description = "Teams en afdelingen als boom onder de organisatie.")
class TeamApi {

	private final TeamDienst dienst;

	private final Teams teams;

	TeamApi(TeamDienst dienst, Teams teams) {
		this.dienst = dienst;
		this.teams = teams;
	}

	record TeamJson(UUID id, String naam, UUID ouderId, int diepte, long versie) {
	}

	record TeamInvoer(String naam, UUID ouderId, Long versie) {
	}

	@Operation(summary = "Alle teams, in boomvolgorde met hun diepte")
	@Toegang(ingelogd = true, platformbeheer = true)
	@GetMapping
	List<TeamJson> lijst(@PathVariable String code) {
		return dienst.boom(code)
			.stream()
			.map(t -> new TeamJson(t.team().id(), t.team().naam(), t.team().ouderId(), t.diepte(), t.team().versie()))
			.toList();
	}

	@Operation(summary = "Een team toevoegen, eventueel onder een ander team")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	TeamJson maakAan(@PathVariable String code, @RequestBody TeamInvoer invoer) {
		return json(dienst.maakAan(code, invoer.naam(), invoer.ouderId()));
	}

	@Operation(summary = "Een team hernoemen of verplaatsen", description = "Een team kan niet onder zichzelf komen.")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	TeamJson wijzig(@PathVariable String code, @PathVariable UUID id, @RequestBody TeamInvoer invoer) {
		bestaat(code, id);
		return json(dienst.wijzig(code, id, invoer.naam(), invoer.ouderId(), invoer.versie()));
	}

	@Operation(summary = "Een leeg team verwijderen (zonder leden en zonder onderliggende teams)")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void verwijder(@PathVariable String code, @PathVariable UUID id) {
		bestaat(code, id);
		dienst.verwijder(code, id);
	}

	private void bestaat(String code, UUID id) {
		if (teams.findByIdAndOrganisatieCode(id, code).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static TeamJson json(Team team) {
		return new TeamJson(team.id(), team.naam(), team.ouderId(), 0, team.versie());
	}

}
