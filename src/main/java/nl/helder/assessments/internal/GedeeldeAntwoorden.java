// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GedeeldeAntwoorden extends JpaRepository<GedeeldAntwoord, UUID> {

	List<GedeeldAntwoord> findByOrganisatieCodeAndToepassingId(String organisatieCode, UUID toepassingId);

	Optional<GedeeldAntwoord> findByOrganisatieCodeAndToepassingIdAndSleutel(String organisatieCode, UUID toepassingId,
			String sleutel);

}
