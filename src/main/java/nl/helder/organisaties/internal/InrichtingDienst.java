// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.organisaties.OrganisatieInfo;
import nl.helder.organisaties.OrganisatieSoort;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;

/** Sets up a new organisation together with its first beheerder: both are there, or neither. */
@Service
public class InrichtingDienst {

	/** How the user's fields are named in the combined form. */
	private static final Map<String, String> BEHEERDERVELDEN = Map.of("gebruikersnaam", "beheerderGebruikersnaam",
			"naam", "beheerderNaam", "email", "beheerderGebruikersnaam", "wachtwoord", "beheerderWachtwoord");

	private final OrganisatieDienst organisaties;

	private final GebruikerDienst gebruikers;

	InrichtingDienst(OrganisatieDienst organisaties, GebruikerDienst gebruikers) {
		this.organisaties = organisaties;
		this.gebruikers = gebruikers;
	}

	/** The first beheerder; without a user name the organisation is set up without one. */
	public record EersteBeheerder(String gebruikersnaam, String naam, String wachtwoord) {

		boolean gevraagd() {
			return gebruikersnaam != null && !gebruikersnaam.isBlank();
		}

	}

	@Transactional
	public OrganisatieInfo richtIn(String code, OrganisatieSoort soort, OrganisatieDienst.Gegevens gegevens,
			EersteBeheerder beheerder) {
		OrganisatieInfo organisatie = organisaties.maakAan(code, soort, gegevens);
		if (beheerder.gevraagd()) {
			try {
				String email = beheerder.gebruikersnaam().contains("@") ? beheerder.gebruikersnaam() : null;
				gebruikers.maakAan(organisatie.code(), beheerder.gebruikersnaam(), new GebruikerDienst.Gegevens(
						beheerder.naam(), email, Set.of(Rol.BEHEERDER), null, true), beheerder.wachtwoord());
			}
			catch (OngeldigeInvoer fout) {
				List<OngeldigeInvoer.Veldfout> hernoemd = fout.fouten()
					.stream()
					.map(v -> new OngeldigeInvoer.Veldfout(BEHEERDERVELDEN.getOrDefault(v.veld(), v.veld()), v.melding()))
					.toList();
				throw new OngeldigeInvoer(hernoemd);
			}
		}
		return organisatie;
	}

}
