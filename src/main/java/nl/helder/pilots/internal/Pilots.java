// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Pilots extends JpaRepository<Pilot, UUID> {

	Optional<Pilot> findByIdAndOrganisatieCodeAndToepassingId(UUID id, String organisatieCode, UUID toepassingId);

	List<Pilot> findByOrganisatieCodeAndToepassingIdOrderByAangemaaktDesc(String organisatieCode, UUID toepassingId);

	List<Pilot> findByOrganisatieCodeOrderByAangemaaktDesc(String organisatieCode);

}
