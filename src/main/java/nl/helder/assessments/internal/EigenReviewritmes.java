// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EigenReviewritmes extends JpaRepository<EigenReviewritme, UUID> {

	Optional<EigenReviewritme> findByOrganisatieCodeAndToepassingId(String organisatieCode, UUID toepassingId);

	List<EigenReviewritme> findByOrganisatieCode(String organisatieCode);

}
