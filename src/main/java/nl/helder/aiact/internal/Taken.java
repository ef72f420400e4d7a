// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Taken extends JpaRepository<Taak, UUID> {

	/** The status of every task of an organisation, without entities: an overview may cover tens of thousands. */
	@org.springframework.data.jpa.repository.Query("select new nl.helder.aiact.internal.Werk(t.toepassingId, "
			+ "t.vereisteCode, t.status, t.toelichting, t.versie) from Taak t where t.organisatieCode = ?1")
	List<Werk> werk(String organisatieCode);

	List<Taak> findByOrganisatieCodeAndToepassingId(String organisatieCode, UUID toepassingId);

	Optional<Taak> findByOrganisatieCodeAndToepassingIdAndVereisteCode(String organisatieCode, UUID toepassingId,
			String vereisteCode);

}
