// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.organisaties.internal.Gebruikers;
import nl.helder.organisaties.internal.Principals;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/gebruikers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Gebruikers", description = "Medewerkers met een account, hun rollen en hun team.")
class GebruikerApi {

	private final Gebruikers gebruikers;

	private final GebruikerDienst dienst;

	GebruikerApi(Gebruikers gebruikers, GebruikerDienst dienst) {
		this.gebruikers = gebruikers;
		this.dienst = dienst;
	}

	record GebruikerJson(UUID id, String gebruikersnaam, String naam, String email, List<String> rollen,
			UUID teamId, boolean actief, boolean lokaalWachtwoord, boolean viaOidc, Instant aangemaakt, long versie) {
	}

	record NieuweGebruiker(String gebruikersnaam, String naam, String email, List<String> rollen, UUID teamId,
			String wachtwoord) {
	}

	record GebruikerWijziging(String naam, String email, List<String> rollen, UUID teamId, Boolean actief,
			String wachtwoord, Long versie) {
	}

	@Operation(summary = "Alle gebruikers van de organisatie")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@GetMapping
	List<GebruikerJson> lijst(@PathVariable String code) {
		return gebruikers.findByOrganisatieCodeOrderByNaam(code).stream().map(GebruikerApi::json).toList();
	}

	@Operation(summary = "Een gebruiker toevoegen",
			description = "Rollen: beheerder, ai-coordinator, privacy-officer, aico, register-beheerder, hr, teamleider, "
					+ "medewerker, or-lid, sector-analist. Een wachtwoord is optioneel (niet nodig bij inloggen via OIDC).")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	GebruikerJson maakAan(@PathVariable String code, @RequestBody NieuweGebruiker nieuw) {
		return json(dienst.maakAan(code, nieuw.gebruikersnaam(),
				new GebruikerDienst.Gegevens(nieuw.naam(), nieuw.email(), rollen(nieuw.rollen()), nieuw.teamId(), true),
				nieuw.wachtwoord()));
	}

	@Operation(summary = "Eén gebruiker")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@GetMapping("/{id}")
	GebruikerJson toon(@PathVariable String code, @PathVariable UUID id) {
		return gebruikers.findByIdAndOrganisatieCode(id, code)
			.map(GebruikerApi::json)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Operation(summary = "Naam, e-mail, rollen, team of status wijzigen; optioneel een nieuw wachtwoord",
			description = "Stuur de versie mee die u las; is de gebruiker intussen gewijzigd, dan volgt 409.")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	GebruikerJson wijzig(@PathVariable String code, @PathVariable UUID id, @RequestBody GebruikerWijziging wijziging) {
		Gebruiker huidig = gebruikers.findByIdAndOrganisatieCode(id, code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return json(dienst.wijzig(code, id,
				new GebruikerDienst.Gegevens(wijziging.naam(), wijziging.email(), rollen(wijziging.rollen()),
						wijziging.teamId(), wijziging.actief() == null ? huidig.actief() : wijziging.actief()),
				wijziging.wachtwoord(), wijziging.versie()));
	}

	@Operation(summary = "Een gebruiker verwijderen, met zijn API-tokens; het auditlog bewaart de gegevens")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void verwijder(@PathVariable String code, @PathVariable UUID id, Aanvrager aanvrager) {
		if (gebruikers.findByIdAndOrganisatieCode(id, code).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		dienst.verwijder(code, id, Principals.gebruikerId(aanvrager));
	}

	static Set<Rol> rollen(List<String> codes) {
		if (codes == null) {
			return Set.of();
		}
		return codes.stream()
			.map(c -> Rol.vanCode(c).orElseThrow(() -> new OngeldigeInvoer("rollen", "gebruiker.rollen.onbekend")))
			.collect(Collectors.toUnmodifiableSet());
	}

	static GebruikerJson json(Gebruiker g) {
		return new GebruikerJson(g.id(), g.gebruikersnaam(), g.naam(), g.email(),
				g.rollen().stream().sorted().map(Rol::code).toList(), g.teamId(), g.actief(), g.wachtwoordHash() != null,
				g.oidcSubject() != null, g.aangemaakt(), g.versie());
	}

}
