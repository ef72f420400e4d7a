// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Bewijsbestanden extends JpaRepository<Bewijsbestand, UUID> {

	/** The files of one requirement without their content, for a list. */
	@Query("select new nl.helder.aiact.internal.BewijsBeschrijving(b.id, b.naam, b.soort, b.grootte, b.sha256, "
			+ "b.geuploadDoor, b.geuploadOp) from Bewijsbestand b where b.organisatieCode = ?1 and b.toepassingId = ?2 "
			+ "and b.vereisteCode = ?3 order by b.geuploadOp")
	List<BewijsBeschrijving> beschrijvingen(String organisatieCode, UUID toepassingId, String vereisteCode);

	Optional<Bewijsbestand> findByIdAndOrganisatieCodeAndToepassingIdAndVereisteCode(UUID id, String organisatieCode,
			UUID toepassingId, String vereisteCode);

	long countByOrganisatieCodeAndToepassingIdAndVereisteCode(String organisatieCode, UUID toepassingId,
			String vereisteCode);

}
