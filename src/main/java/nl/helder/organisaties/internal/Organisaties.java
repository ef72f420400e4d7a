// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Organisaties extends JpaRepository<Organisatie, UUID> {

	Optional<Organisatie> findByCode(String code);

	boolean existsByCode(String code);

	List<Organisatie> findAllByOrderByNaam();

}
