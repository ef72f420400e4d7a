// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Taken extends JpaRepository<Taak, UUID> {

	List<Taak> findByOrganisatieCode(String organisatieCode);

	List<Taak> findByOrganisatieCodeAndToepassingId(String organisatieCode, UUID toepassingId);

	Optional<Taak> findByOrganisatieCodeAndToepassingIdAndVereisteCode(String organisatieCode, UUID toepassingId,
			String vereisteCode);

}
