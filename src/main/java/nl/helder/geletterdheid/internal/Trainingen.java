// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Trainingen extends JpaRepository<Training, UUID> {

	List<Training> findByOrganisatieCodeOrderByCode(String organisatieCode);
	Optional<Training> findByIdAndOrganisatieCode(UUID id, String organisatieCode);
	Optional<Training> findByOrganisatieCodeAndCodeIgnoreCase(String organisatieCode, String code);

}
