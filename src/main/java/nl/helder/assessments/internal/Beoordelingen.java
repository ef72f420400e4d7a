// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Beoordelingen extends JpaRepository<Beoordeling, UUID> {

	Optional<Beoordeling> findByIdAndOrganisatieCodeAndToepassingId(UUID id, String organisatieCode, UUID toepassingId);

	List<Beoordeling> findByOrganisatieCodeAndToepassingIdOrderByAangemaaktAscVersieAsc(String organisatieCode,
			UUID toepassingId);

	List<Beoordeling> findByReeksIdOrderByVersieDesc(UUID reeksId);

	List<Beoordeling> findByOrganisatieCodeAndToepassingIdAndVragenlijstIdAndStatusNot(String organisatieCode,
			UUID toepassingId, String vragenlijstId, nl.helder.assessments.Beoordelingsstatus status);

	boolean existsByOrganisatieCodeAndToepassingIdAndVragenlijstId(String organisatieCode, UUID toepassingId,
			String vragenlijstId);

}
