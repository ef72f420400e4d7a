// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Invoeringen extends JpaRepository<Invoering, UUID> {

	Optional<Invoering> findByOrganisatieCodeAndToepassingId(String organisatieCode, UUID toepassingId);

	List<Invoering> findByOrganisatieCode(String organisatieCode);

}
