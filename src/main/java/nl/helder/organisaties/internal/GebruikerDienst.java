// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;
import nl.helder.shared.Rol;

/** Adding, changing and removing users of an organisation, with the same rules for the pages and the API. */
@Service
public class GebruikerDienst {

	private static final Pattern GEBRUIKERSNAAM = Pattern.compile("[a-z0-9._@+-]{3,200}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Gebruikers gebruikers;

	private final Teams teams;

	private final ApiTokens tokens;

	private final PasswordEncoder wachtwoorden;

	private final WachtwoordBeleid beleid;

	GebruikerDienst(Gebruikers gebruikers, Teams teams, ApiTokens tokens, PasswordEncoder wachtwoorden,
			WachtwoordBeleid beleid) {
		this.gebruikers = gebruikers;
		this.teams = teams;
		this.tokens = tokens;
		this.wachtwoorden = wachtwoorden;
		this.beleid = beleid;
	}

	public record Gegevens(String naam, String email, Set<Rol> rollen, UUID teamId, boolean actief) {
	}

	@Transactional
	public Gebruiker maakAan(String organisatieCode, String gebruikersnaam, Gegevens gegevens, String wachtwoord) {
		List<Veldfout> fouten = new ArrayList<>();
		String naam = Gebruiker.normaliseer(gebruikersnaam);
		if (naam == null || !GEBRUIKERSNAAM.matcher(naam).matches()) {
			fouten.add(new Veldfout("gebruikersnaam", "gebruiker.gebruikersnaam.ongeldig"));
		}
		else if (gebruikers.existsByGebruikersnaam(naam)) {
			fouten.add(new Veldfout("gebruikersnaam", "gebruiker.gebruikersnaam.bestaat"));
		}
		controleer(organisatieCode, gegevens, fouten);
		if (wachtwoord != null && !wachtwoord.isEmpty()) {
			beleid.controleer(wachtwoord, naam).forEach(f -> fouten.add(new Veldfout("wachtwoord", f)));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		var gebruiker = new Gebruiker(organisatieCode, naam, gegevens.naam().strip(), leeg(gegevens.email()),
				gegevens.rollen(), gegevens.teamId());
		if (wachtwoord != null && !wachtwoord.isEmpty()) {
			gebruiker.zetWachtwoordHash(wachtwoorden.encode(wachtwoord));
		}
		return gebruikers.save(gebruiker);
	}

	@Transactional
	public Gebruiker wijzig(String organisatieCode, UUID id, Gegevens gegevens, String wachtwoord, Long versie) {
		Gebruiker gebruiker = gebruikers.findByIdAndOrganisatieCode(id, organisatieCode).orElseThrow();
		List<Veldfout> fouten = new ArrayList<>();
		controleer(organisatieCode, gegevens, fouten);
		if (wachtwoord != null && !wachtwoord.isEmpty()) {
			beleid.controleer(wachtwoord, gebruiker.gebruikersnaam())
				.forEach(f -> fouten.add(new Veldfout("wachtwoord", f)));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		Versies.controleer(versie, gebruiker.versie());
		gebruiker.wijzig(gegevens.naam().strip(), leeg(gegevens.email()), gegevens.rollen(), gegevens.teamId(),
				gegevens.actief());
		if (wachtwoord != null && !wachtwoord.isEmpty()) {
			gebruiker.zetWachtwoordHash(wachtwoorden.encode(wachtwoord));
		}
		return gebruikers.saveAndFlush(gebruiker);
	}

	/** A user changes their own password, after proving they know the current one. */
	@Transactional
	public void wijzigEigenWachtwoord(UUID id, String huidig, String nieuw) {
		Gebruiker gebruiker = gebruikers.findById(id).orElseThrow();
		List<Veldfout> fouten = new ArrayList<>();
		if (gebruiker.wachtwoordHash() == null || !wachtwoorden.matches(huidig == null ? "" : huidig,
				gebruiker.wachtwoordHash())) {
			fouten.add(new Veldfout("huidigWachtwoord", "wachtwoord.huidig.onjuist"));
		}
		beleid.controleer(nieuw, gebruiker.gebruikersnaam()).forEach(f -> fouten.add(new Veldfout("nieuwWachtwoord", f)));
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		gebruiker.zetWachtwoordHash(wachtwoorden.encode(nieuw));
		gebruikers.save(gebruiker);
	}

	/** Removes the user and their tokens; the audit log keeps what they were. */
	@Transactional
	public void verwijder(String organisatieCode, UUID id, UUID door) {
		if (id.equals(door)) {
			throw new OngeldigeInvoer("id", "gebruiker.verwijder.zelf");
		}
		Gebruiker gebruiker = gebruikers.findByIdAndOrganisatieCode(id, organisatieCode).orElseThrow();
		tokens.deleteAll(tokens.findByGebruikerIdOrderByAangemaaktDesc(id));
		gebruikers.delete(gebruiker);
	}

	private void controleer(String organisatieCode, Gegevens gegevens, List<Veldfout> fouten) {
		if (gegevens.naam() == null || gegevens.naam().isBlank()) {
			fouten.add(new Veldfout("naam", "gebruiker.naam.verplicht"));
		}
		else if (gegevens.naam().length() > 200) {
			fouten.add(new Veldfout("naam", "gebruiker.naam.te-lang"));
		}
		if (gegevens.email() != null && !gegevens.email().isBlank()
				&& (gegevens.email().length() > 320 || !EMAIL.matcher(gegevens.email().strip()).matches())) {
			fouten.add(new Veldfout("email", "gebruiker.email.ongeldig"));
		}
		if (gegevens.rollen() == null || gegevens.rollen().isEmpty()) {
			fouten.add(new Veldfout("rollen", "gebruiker.rollen.verplicht"));
		}
		if (gegevens.teamId() != null && teams.findByIdAndOrganisatieCode(gegevens.teamId(), organisatieCode).isEmpty()) {
			fouten.add(new Veldfout("teamId", "gebruiker.team.onbekend"));
		}
	}

	private static String leeg(String tekst) {
		return tekst == null || tekst.isBlank() ? null : tekst.strip();
	}

}
