// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.organisaties.internal.Team;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.shared.Rol;

/**
 * A fresh department in Aalstede with three teams of 6, 3 and 5 people, each led by a team leader, so that a wave
 * over it has one team under k = 5 and one that must be hidden with it.
 */
record PulseTestOrganisatie(UUID afdeling, UUID teamA, UUID teamB, UUID teamC, String naamA, String naamB,
		String naamC, String teamleiderA, String teamleiderB, String hr, List<String> leden) {

	static final String WACHTWOORD = "Pulse-test-wachtwoord-2026";

	static PulseTestOrganisatie maak(TeamDienst teams, GebruikerDienst gebruikers, String organisatie) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		Team afdeling = teams.maakAan(organisatie, "Pulse-afdeling " + id, null);
		Team a = teams.maakAan(organisatie, "Pulseteam A " + id, afdeling.id());
		Team b = teams.maakAan(organisatie, "Pulseteam B " + id, afdeling.id());
		Team c = teams.maakAan(organisatie, "Pulseteam C " + id, afdeling.id());
		List<String> leden = new ArrayList<>();
		String leiderA = persoon(gebruikers, organisatie, "leider-a-" + id, "Aafke Leidster" + id, Rol.TEAMLEIDER, a, leden);
		for (int i = 0; i < 5; i++) {
			persoon(gebruikers, organisatie, "a" + i + "-" + id, "Medewerker A" + i + " " + id, Rol.MEDEWERKER, a, leden);
		}
		String leiderB = persoon(gebruikers, organisatie, "leider-b-" + id, "Bram Leider" + id, Rol.TEAMLEIDER, b, leden);
		for (int i = 0; i < 2; i++) {
			persoon(gebruikers, organisatie, "b" + i + "-" + id, "Medewerker B" + i + " " + id, Rol.MEDEWERKER, b, leden);
		}
		persoon(gebruikers, organisatie, "c0-" + id, "Pietje Pukkema", Rol.MEDEWERKER, c, leden);
		for (int i = 1; i < 5; i++) {
			persoon(gebruikers, organisatie, "c" + i + "-" + id, "Medewerker C" + i + " " + id, Rol.OR_LID, c, leden);
		}
		String hr = persoon(gebruikers, organisatie, "hr-" + id, "HR " + id, Rol.HR, null, new ArrayList<>());
		return new PulseTestOrganisatie(afdeling.id(), a.id(), b.id(), c.id(), a.naam(), b.naam(), c.naam(), leiderA,
				leiderB, hr, leden);
	}

	private static String persoon(GebruikerDienst gebruikers, String organisatie, String naam, String weergave, Rol rol,
			Team team, List<String> leden) {
		String gebruikersnaam = naam + "@pulse.test";
		Gebruiker gebruiker = gebruikers.maakAan(organisatie, gebruikersnaam,
				new GebruikerDienst.Gegevens(weergave, gebruikersnaam, Set.of(rol), team == null ? null : team.id(), true),
				WACHTWOORD);
		leden.add(gebruiker.gebruikersnaam());
		return gebruiker.gebruikersnaam();
	}

}
