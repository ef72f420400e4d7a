// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.organisaties.internal.Gebruikers;
import nl.helder.organisaties.internal.OidcDienst;
import nl.helder.organisaties.internal.OrganisatieDienst;
import nl.helder.organisaties.internal.Principals;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.organisaties.internal.Teams;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/** The beheerder's pages: the organisation, its users, its teams and its login settings. */
@Controller
class BeheerPaginas {

	private final OrganisatieDienst organisaties;

	private final Gebruikers gebruikers;

	private final GebruikerDienst gebruikerDienst;

	private final TeamDienst teamDienst;

	private final Teams teams;

	private final OidcDienst oidc;

	BeheerPaginas(OrganisatieDienst organisaties, Gebruikers gebruikers, GebruikerDienst gebruikerDienst,
			TeamDienst teamDienst, Teams teams, OidcDienst oidc) {
		this.organisaties = organisaties;
		this.gebruikers = gebruikers;
		this.gebruikerDienst = gebruikerDienst;
		this.teamDienst = teamDienst;
		this.teams = teams;
		this.oidc = oidc;
	}

	// --- organisatie

	@Toegang(Rol.BEHEERDER)
	@GetMapping("/beheer/organisatie")
	String organisatie(Aanvrager aanvrager, Model model) {
		OrganisatieInfo organisatie = organisaties.vind(aanvrager.organisatieCode()).orElseThrow();
		model.addAttribute("organisatie", organisatie);
		model.addAttribute("invoer", new String[] { organisatie.naam(),
				organisatie.inwoners() == null ? "" : String.valueOf(organisatie.inwoners()), organisatie.themaCssUrl(),
				organisatie.themaKlasse(), organisatie.logoUrl() });
		return "beheer/organisatie";
	}

	@Toegang(Rol.BEHEERDER)
	@PostMapping("/beheer/organisatie")
	String organisatieOpslaan(@RequestParam(defaultValue = "") String naam, @RequestParam(required = false) String inwoners,
			@RequestParam(required = false) String themaCssUrl, @RequestParam(required = false) String themaKlasse,
			@RequestParam(required = false) String logoUrl,
			@RequestParam(required = false) Long versie, Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		try {
			organisaties.wijzig(aanvrager.organisatieCode(),
					new OrganisatieDienst.Gegevens(naam, geheelGetal("inwoners", inwoners), themaCssUrl, themaKlasse,
							logoUrl),
					versie);
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("organisatie", organisaties.vind(aanvrager.organisatieCode()).orElseThrow());
			model.addAttribute("invoer", new String[] { naam, inwoners, themaCssUrl, themaKlasse, logoUrl });
			return "beheer/organisatie";
		}
		doorgeven.addFlashAttribute("melding", "beheer.organisatie.opgeslagen");
		return "redirect:/beheer/organisatie";
	}

	// --- gebruikers

	@Toegang(Rol.BEHEERDER)
	@GetMapping("/beheer/gebruikers")
	String gebruikers(Aanvrager aanvrager, Model model) {
		model.addAttribute("gebruikers", gebruikers.findByOrganisatieCodeOrderByNaam(aanvrager.organisatieCode()));
		model.addAttribute("teams", teamDienst.boom(aanvrager.organisatieCode()));
		return "beheer/gebruikers";
	}

	@Toegang(Rol.BEHEERDER)
	@GetMapping("/beheer/gebruikers/nieuw")
	String nieuweGebruiker(Aanvrager aanvrager, Model model) {
		return gebruikerFormulier(aanvrager, model, null, new GebruikerInvoer("", "", "", List.of(), null, true));
	}

	@Toegang(Rol.BEHEERDER)
	@PostMapping("/beheer/gebruikers/nieuw")
	String gebruikerAanmaken(GebruikerInvoer invoer, @RequestParam(defaultValue = "") String wachtwoord,
			Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		try {
			gebruikerDienst.maakAan(aanvrager.organisatieCode(), invoer.gebruikersnaam(), invoer.gegevens(), wachtwoord);
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			return gebruikerFormulier(aanvrager, model, null, invoer);
		}
		doorgeven.addFlashAttribute("melding", "beheer.gebruiker.aangemaakt");
		return "redirect:/beheer/gebruikers";
	}

	@Toegang(Rol.BEHEERDER)
	@GetMapping("/beheer/gebruikers/{id}")
	String gebruiker(@PathVariable UUID id, Aanvrager aanvrager, Model model) {
		Gebruiker g = eigenGebruiker(aanvrager, id);
		return gebruikerFormulier(aanvrager, model, g, new GebruikerInvoer(g.gebruikersnaam(), g.naam(), g.email(),
				g.rollen().stream().map(Rol::code).toList(), g.teamId(), g.actief()));
	}

	@Toegang(Rol.BEHEERDER)
	@PostMapping("/beheer/gebruikers/{id}")
	String gebruikerOpslaan(@PathVariable UUID id, GebruikerInvoer invoer,
			@RequestParam(defaultValue = "") String wachtwoord, @RequestParam(required = false) Long versie,
			Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		Gebruiker g = eigenGebruiker(aanvrager, id);
		try {
			gebruikerDienst.wijzig(aanvrager.organisatieCode(), id, invoer.gegevens(), wachtwoord, versie);
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			return gebruikerFormulier(aanvrager, model, g, invoer);
		}
		doorgeven.addFlashAttribute("melding", "beheer.gebruiker.opgeslagen");
		return "redirect:/beheer/gebruikers";
	}

	@Toegang(Rol.BEHEERDER)
	@PostMapping("/beheer/gebruikers/{id}/verwijderen")
	String gebruikerVerwijderen(@PathVariable UUID id, Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		Gebruiker g = eigenGebruiker(aanvrager, id);
		try {
			gebruikerDienst.verwijder(aanvrager.organisatieCode(), id, Principals.gebruikerId(aanvrager));
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			return gebruikerFormulier(aanvrager, model, g, new GebruikerInvoer(g.gebruikersnaam(), g.naam(), g.email(),
					g.rollen().stream().map(Rol::code).toList(), g.teamId(), g.actief()));
		}
		doorgeven.addFlashAttribute("melding", "beheer.gebruiker.verwijderd");
		return "redirect:/beheer/gebruikers";
	}

	/** What the user form sends; roles arrive as their codes from the checkboxes. */
	record GebruikerInvoer(String gebruikersnaam, String naam, String email, List<String> rollen, UUID teamId,
			Boolean actief) {

		GebruikerDienst.Gegevens gegevens() {
			return new GebruikerDienst.Gegevens(naam, email, GebruikerApi.rollen(rollen), teamId,
					actief != null && actief);
		}

		public boolean heeftRol(String code) {
			return rollen != null && rollen.contains(code);
		}

	}

	private String gebruikerFormulier(Aanvrager aanvrager, Model model, Gebruiker bestaand, GebruikerInvoer invoer) {
		model.addAttribute("bestaand", bestaand);
		model.addAttribute("invoer", invoer);
		model.addAttribute("alleRollen", toewijsbareRollen(aanvrager));
		model.addAttribute("teams", teamDienst.boom(aanvrager.organisatieCode()));
		return "beheer/gebruiker";
	}

	/** A sector body has sector analysts; a municipality has every other role. */
	private Set<Rol> toewijsbareRollen(Aanvrager aanvrager) {
		var org = organisaties.vind(aanvrager.organisatieCode()).orElseThrow();
		return switch (org.soort()) {
			case SECTOR -> EnumSet.of(Rol.SECTOR_ANALIST, Rol.BEHEERDER);
			case PLATFORM -> EnumSet.of(Rol.BEHEERDER);
			case GEMEENTE -> EnumSet.complementOf(EnumSet.of(Rol.SECTOR_ANALIST));
		};
	}

	private Gebruiker eigenGebruiker(Aanvrager aanvrager, UUID id) {
		return gebruikers.findByIdAndOrganisatieCode(id, aanvrager.organisatieCode())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	// --- teams

	@Toegang(Rol.BEHEERDER)
	@GetMapping("/beheer/teams")
	String teams(Aanvrager aanvrager, Model model) {
		model.addAttribute("teams", teamDienst.boom(aanvrager.organisatieCode()));
		return "beheer/teams";
	}

	@Toegang(Rol.BEHEERDER)
	@PostMapping("/beheer/teams")
	String teamAanmaken(@RequestParam(defaultValue = "") String naam, @RequestParam(required = false) UUID ouderId,
			Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		try {
			teamDienst.maakAan(aanvrager.organisatieCode(), naam, ouderId);
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("nieuweNaam", naam);
			return teams(aanvrager, model);
		}
		doorgeven.addFlashAttribute("melding", "beheer.team.aangemaakt");
		return "redirect:/beheer/teams";
	}

	@Toegang(Rol.BEHEERDER)
	@PostMapping("/beheer/teams/{id}/verwijderen")
	String teamVerwijderen(@PathVariable UUID id, Aanvrager aanvrager, Model model, RedirectAttributes doorgeven) {
		if (teams.findByIdAndOrganisatieCode(id, aanvrager.organisatieCode()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		try {
			teamDienst.verwijder(aanvrager.organisatieCode(), id);
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			return teams(aanvrager, model);
		}
		doorgeven.addFlashAttribute("melding", "beheer.team.verwijderd");
		return "redirect:/beheer/teams";
	}

	// --- inloggen via OIDC

	@Toegang(Rol.BEHEERDER)
	@GetMapping("/beheer/inloggen")
	String inloggen(Aanvrager aanvrager, Model model) {
		var huidig = oidc.vind(aanvrager.organisatieCode());
		model.addAttribute("configuratie", huidig.orElse(null));
		model.addAttribute("terugkeeradres", terugkeeradres(aanvrager));
		model.addAttribute("invoer", huidig
			.map(c -> new OidcDienst.Invoer(c.issuerUri(), c.clientId(), null, c.rollenClaim(), c.rollenToewijzing(),
					c.actief()))
			.orElse(new OidcDienst.Invoer("", "", null, "roles", "", false)));
		return "beheer/inloggen";
	}

	@Toegang(Rol.BEHEERDER)
	@PostMapping("/beheer/inloggen")
	String inloggenOpslaan(OidcDienst.Invoer invoer, @RequestParam(required = false) Long versie, Aanvrager aanvrager,
			Model model, RedirectAttributes doorgeven) {
		try {
			oidc.leg(aanvrager.organisatieCode(), invoer, versie);
		}
		catch (OngeldigeInvoer fout) {
			model.addAttribute("fouten", fout.perVeld());
			model.addAttribute("configuratie", oidc.vind(aanvrager.organisatieCode()).orElse(null));
			model.addAttribute("terugkeeradres", terugkeeradres(aanvrager));
			model.addAttribute("invoer", invoer);
			return "beheer/inloggen";
		}
		doorgeven.addFlashAttribute("melding", "beheer.inloggen.opgeslagen");
		return "redirect:/beheer/inloggen";
	}

	/** The full redirect URI that the municipality registers at its identity provider. */
	private static String terugkeeradres(Aanvrager aanvrager) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/login/oauth2/code/{code}")
			.buildAndExpand(aanvrager.organisatieCode())
			.toUriString();
	}

	static Integer geheelGetal(String veld, String tekst) {
		if (tekst == null || tekst.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(tekst.strip().replace(".", "").replace(" ", ""));
		}
		catch (NumberFormatException fout) {
			throw new OngeldigeInvoer(veld, "fout.veld.getal");
		}
	}

}
