// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Gebruikers extends JpaRepository<Gebruiker, UUID> {

	Optional<Gebruiker> findByGebruikersnaam(String gebruikersnaam);

	boolean existsByGebruikersnaam(String gebruikersnaam);

	Optional<Gebruiker> findByIdAndOrganisatieCode(UUID id, String organisatieCode);

	List<Gebruiker> findByOrganisatieCodeOrderByNaam(String organisatieCode);

	Optional<Gebruiker> findByOrganisatieCodeAndOidcSubject(String organisatieCode, String oidcSubject);

	Optional<Gebruiker> findFirstByOrganisatieCodeAndEmailIgnoreCase(String organisatieCode, String email);

	boolean existsByTeamId(UUID teamId);

}
