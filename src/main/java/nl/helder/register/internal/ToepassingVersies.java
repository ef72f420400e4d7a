// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ToepassingVersies extends JpaRepository<ToepassingVersie, UUID> {

	Optional<ToepassingVersie> findByToepassingIdAndNummer(UUID toepassingId, int nummer);

	List<ToepassingVersie> findByToepassingIdOrderByNummerDesc(UUID toepassingId);

}
