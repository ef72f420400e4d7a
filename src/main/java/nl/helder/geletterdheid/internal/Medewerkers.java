// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Medewerkers extends JpaRepository<Medewerker, UUID> {

	List<Medewerker> findByOrganisatieCodeOrderByNaam(String organisatieCode);
	Optional<Medewerker> findByIdAndOrganisatieCode(UUID id, String organisatieCode);
	Optional<Medewerker> findByOrganisatieCodeAndPersoneelsnummer(String organisatieCode, String personeelsnummer);
	List<Medewerker> findByOrganisatieCodeAndEmailIgnoreCase(String organisatieCode, String email);
	long countByOrganisatieCode(String organisatieCode);

}
