// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Toepassingskenmerken extends JpaRepository<Toepassingskenmerk, UUID> {

	List<Toepassingskenmerk> findByOrganisatieCode(String organisatieCode);
	Optional<Toepassingskenmerk> findByOrganisatieCodeAndToepassingId(String organisatieCode, UUID toepassingId);

}
