// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Classificaties extends JpaRepository<Classificatie, UUID> {

	/** Newest first: the first one is the classification that counts. */
	List<Classificatie> findByOrganisatieCodeAndToepassingIdOrderByGestartOpDesc(String organisatieCode,
			UUID toepassingId);

	List<Classificatie> findByConclusieIdNotNull();

	List<Classificatie> findByOrganisatieCodeAndConclusieIdNotNull(String organisatieCode);

	Optional<Classificatie> findFirstByOrganisatieCodeAndToepassingIdOrderByGestartOpDesc(String organisatieCode,
			UUID toepassingId);

}
