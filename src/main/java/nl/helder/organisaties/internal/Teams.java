// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Teams extends JpaRepository<Team, UUID> {

	List<Team> findByOrganisatieCodeOrderByNaam(String organisatieCode);

	Optional<Team> findByIdAndOrganisatieCode(UUID id, String organisatieCode);

	boolean existsByOuderId(UUID ouderId);

	/** Teams with this name directly under the given parent; a null parent means the top of the tree. */
	List<Team> findByOrganisatieCodeAndOuderIdAndNaam(String organisatieCode, UUID ouderId, String naam);

}
