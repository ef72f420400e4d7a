// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.organisaties.internal.OrganisatieDienst;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/organisaties", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisaties", description = "Gemeenten en sectororganisaties, met hun grootteklasse en thema.")
class OrganisatieApi {

	private final OrganisatieDienst organisaties;

	OrganisatieApi(OrganisatieDienst organisaties) {
		this.organisaties = organisaties;
	}

	record OrganisatieJson(String code, String naam, String soort, Integer inwoners, String grootteklasse,
			String themaCssUrl, String themaKlasse, String logoUrl, long versie) {
	}

	record NieuweOrganisatie(String code, String naam, String soort, Integer inwoners, String themaCssUrl,
			String themaKlasse, String logoUrl) {
	}

	record OrganisatieWijziging(String naam, Integer inwoners, String themaCssUrl, String themaKlasse, String logoUrl,
			Long versie) {
	}

	@Operation(summary = "Organisaties die u mag zien: uw eigen, of alle voor het platformbeheer")
	@Toegang(ingelogd = true)
	@GetMapping
	List<OrganisatieJson> lijst(Aanvrager aanvrager) {
		if (aanvrager.platformbeheerder()) {
			return organisaties.alle().stream().map(this::json).toList();
		}
		return organisaties.vind(aanvrager.organisatieCode()).map(this::json).stream().toList();
	}

	@Operation(summary = "Een gemeente of sectororganisatie toevoegen (alleen platformbeheer)")
	@Toegang(platformbeheer = true)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	OrganisatieJson maakAan(@RequestBody NieuweOrganisatie nieuw) {
		OrganisatieSoort soort = soort(nieuw.soort());
		return json(organisaties.maakAan(nieuw.code(), soort,
				new OrganisatieDienst.Gegevens(nieuw.naam(), nieuw.inwoners(), nieuw.themaCssUrl(),
						nieuw.themaKlasse(), nieuw.logoUrl())));
	}

	@Operation(summary = "Eén organisatie")
	@Toegang(ingelogd = true, platformbeheer = true)
	@GetMapping("/{code}")
	OrganisatieJson toon(@PathVariable String code) {
		return organisaties.vind(code).map(this::json).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Operation(summary = "Naam, inwonertal en thema wijzigen",
			description = "Stuur de versie mee die u las; is de organisatie intussen gewijzigd, dan volgt 409.")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	OrganisatieJson wijzig(@PathVariable String code, @RequestBody OrganisatieWijziging wijziging) {
		if (organisaties.vind(code).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return json(organisaties.wijzig(code, new OrganisatieDienst.Gegevens(wijziging.naam(), wijziging.inwoners(),
				wijziging.themaCssUrl(), wijziging.themaKlasse(), wijziging.logoUrl()), wijziging.versie()));
	}

	private static OrganisatieSoort soort(String tekst) {
		try {
			return OrganisatieSoort.valueOf(tekst == null ? "" : tekst.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException fout) {
			throw new OngeldigeInvoer("soort", "organisatie.soort.verplicht");
		}
	}

	private OrganisatieJson json(OrganisatieInfo o) {
		return new OrganisatieJson(o.code(), o.naam(), o.soort().name().toLowerCase(Locale.ROOT), o.inwoners(),
				o.grootteklasse() == null ? null : o.grootteklasse().name().toLowerCase(Locale.ROOT), o.themaCssUrl(),
				o.themaKlasse(), o.logoUrl(), o.versie());
	}

}
