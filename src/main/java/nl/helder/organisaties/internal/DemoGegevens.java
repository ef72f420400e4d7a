// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.organisaties.OrganisatieSoort;
import nl.helder.shared.Rol;

/**
 * Demo data: two fictitious municipalities of different size classes, a sector body and one demo user per role.
 * Loaded once; a restart finds it and leaves it alone.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("helder.demo.enabled")
class DemoGegevens implements ApplicationRunner {

	static final String WACHTWOORD = "Demo-wachtwoord-2026";

	static final String GROTE_GEMEENTE = "GM9001";

	static final String KLEINE_GEMEENTE = "GM9002";

	private static final Logger LOG = LoggerFactory.getLogger(DemoGegevens.class);

	private final Organisaties organisaties;

	private final Teams teams;

	private final Gebruikers gebruikers;

	private final PasswordEncoder wachtwoorden;

	DemoGegevens(Organisaties organisaties, Teams teams, Gebruikers gebruikers, PasswordEncoder wachtwoorden) {
		this.organisaties = organisaties;
		this.teams = teams;
		this.gebruikers = gebruikers;
		this.wachtwoorden = wachtwoorden;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (organisaties.existsByCode(GROTE_GEMEENTE)) {
			return;
		}
		String hash = wachtwoorden.encode(WACHTWOORD);
		if (!organisaties.existsByCode(PlatformOrganisatie.CODE)) {
			organisaties.save(PlatformOrganisatie.nieuw());
		}
		gebruiker(PlatformOrganisatie.CODE, "platform@helder.demo", "Demo platformbeheerder", Set.of(Rol.BEHEERDER),
				null, hash);

		organisaties.save(new Organisatie(GROTE_GEMEENTE, "Gemeente Aalstede (demo)", OrganisatieSoort.GEMEENTE, 128_400));
		Map<String, Team> aalstede = new LinkedHashMap<>();
		Team dienstverlening = team(GROTE_GEMEENTE, "Dienstverlening", null, aalstede);
		team(GROTE_GEMEENTE, "Klantcontactcentrum", dienstverlening, aalstede);
		team(GROTE_GEMEENTE, "Burgerzaken", dienstverlening, aalstede);
		Team sociaal = team(GROTE_GEMEENTE, "Sociaal domein", null, aalstede);
		team(GROTE_GEMEENTE, "Werk en inkomen", sociaal, aalstede);
		team(GROTE_GEMEENTE, "Jeugd", sociaal, aalstede);
		Team bedrijfsvoering = team(GROTE_GEMEENTE, "Bedrijfsvoering", null, aalstede);
		team(GROTE_GEMEENTE, "Informatievoorziening", bedrijfsvoering, aalstede);
		team(GROTE_GEMEENTE, "HR en organisatie", bedrijfsvoering, aalstede);
		for (Rol rol : EnumSet.complementOf(EnumSet.of(Rol.SECTOR_ANALIST))) {
			Team team = switch (rol) {
				case TEAMLEIDER, MEDEWERKER -> aalstede.get("Klantcontactcentrum");
				case HR -> aalstede.get("HR en organisatie");
				case BEHEERDER, AI_COORDINATOR, PRIVACY_OFFICER, AICO, REGISTER_BEHEERDER -> aalstede
					.get("Informatievoorziening");
				default -> aalstede.get("Werk en inkomen");
			};
			gebruiker(GROTE_GEMEENTE, rol.code() + "@aalstede.demo", "Demo " + rol.code(), Set.of(rol), team, hash);
		}

		organisaties.save(new Organisatie(KLEINE_GEMEENTE, "Gemeente Beekdal (demo)", OrganisatieSoort.GEMEENTE, 41_750));
		Map<String, Team> beekdal = new LinkedHashMap<>();
		Team publiek = team(KLEINE_GEMEENTE, "Publiekszaken", null, beekdal);
		team(KLEINE_GEMEENTE, "Sociaal team", null, beekdal);
		gebruiker(KLEINE_GEMEENTE, "beheerder@beekdal.demo", "Demo beheerder", Set.of(Rol.BEHEERDER), publiek, hash);
		gebruiker(KLEINE_GEMEENTE, "ai-coordinator@beekdal.demo", "Demo ai-coordinator",
				Set.of(Rol.AI_COORDINATOR, Rol.REGISTER_BEHEERDER), publiek, hash);
		gebruiker(KLEINE_GEMEENTE, "medewerker@beekdal.demo", "Demo medewerker", Set.of(Rol.MEDEWERKER), publiek, hash);

		organisaties.save(new Organisatie("VNG", "VNG (demo)", OrganisatieSoort.SECTOR, null));
		gebruiker("VNG", "sector-analist@vng.demo", "Demo sector-analist", Set.of(Rol.SECTOR_ANALIST), null, hash);
		LOG.info("Demogegevens geladen: {} en {} met één demogebruiker per rol (wachtwoord in README)",
				GROTE_GEMEENTE, KLEINE_GEMEENTE);
	}

	private Team team(String code, String naam, Team ouder, Map<String, Team> teamsOpNaam) {
		Team team = teams.save(new Team(code, naam, ouder == null ? null : ouder.id()));
		teamsOpNaam.put(naam, team);
		return team;
	}

	private void gebruiker(String code, String naam, String weergave, Set<Rol> rollen, Team team, String hash) {
		var gebruiker = new Gebruiker(code, naam, weergave, naam, rollen, team == null ? null : team.id());
		gebruiker.zetWachtwoordHash(hash);
		gebruikers.save(gebruiker);
	}

}
