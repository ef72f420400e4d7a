// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Toepassingen extends JpaRepository<Toepassing, UUID> {

	Optional<Toepassing> findByIdAndOrganisatieCode(UUID id, String organisatieCode);

	List<Toepassing> findByOrganisatieCodeOrderByNaam(String organisatieCode);

	List<Toepassing> findByOrganisatieCodeAndGepubliceerdeVersieNotNullOrderByNaam(String organisatieCode);

}
