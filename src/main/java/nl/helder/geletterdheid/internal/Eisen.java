// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Eisen extends JpaRepository<Eis, UUID> {

	List<Eis> findByOrganisatieCodeOrderByNaam(String organisatieCode);
	Optional<Eis> findByIdAndOrganisatieCode(UUID id, String organisatieCode);

}
