// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Afrondingen extends JpaRepository<Afronding, UUID> {

	List<Afronding> findByOrganisatieCode(String organisatieCode);
	List<Afronding> findByMedewerkerIdOrderByDatumDesc(UUID medewerkerId);
	Optional<Afronding> findByIdAndOrganisatieCode(UUID id, String organisatieCode);
	boolean existsByMedewerkerIdAndTrainingIdAndDatum(UUID medewerkerId, UUID trainingId, java.time.LocalDate datum);
	long countByOrganisatieCode(String organisatieCode);
	long countByOrganisatieCodeAndBevestigdFalse(String organisatieCode);

}
