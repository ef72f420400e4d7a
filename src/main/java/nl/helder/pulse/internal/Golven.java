// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Golven extends JpaRepository<Golf, UUID> {

	List<Golf> findByOrganisatieCodeOrderByOpentDesc(String organisatieCode);

	Optional<Golf> findByIdAndOrganisatieCode(UUID id, String organisatieCode);

}
