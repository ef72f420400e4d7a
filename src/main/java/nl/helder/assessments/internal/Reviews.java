// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Reviews extends JpaRepository<Review, UUID> {

	List<Review> findByOrganisatieCodeAndToepassingIdOrderByAfgerondOpDesc(String organisatieCode, UUID toepassingId);

	List<Review> findByOrganisatieCodeOrderByAfgerondOpDesc(String organisatieCode);

	List<Review> findAllByOrderByAfgerondOpDesc();

}
