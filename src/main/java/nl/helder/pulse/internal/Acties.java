// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Acties extends JpaRepository<Actie, UUID> {

	List<Actie> findByOrganisatieCodeAndGolfIdOrderByDatumDesc(String organisatieCode, UUID golfId);

	long countByGolfId(UUID golfId);

}
