// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Toepassingsrollen extends JpaRepository<Toepassingsrol, UUID> {

	List<Toepassingsrol> findByOrganisatieCode(String organisatieCode);
	List<Toepassingsrol> findByMedewerkerId(UUID medewerkerId);
	Optional<Toepassingsrol> findByIdAndOrganisatieCode(UUID id, String organisatieCode);
	boolean existsByMedewerkerIdAndToepassingIdAndRol(UUID medewerkerId, UUID toepassingId, Toepassingsrolsoort rol);

}
