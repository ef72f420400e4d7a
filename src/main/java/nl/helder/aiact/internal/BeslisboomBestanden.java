// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BeslisboomBestanden extends JpaRepository<BeslisboomBestand, UUID> {

	boolean existsByNaamAndVersie(String naam, String versie);

	List<BeslisboomBestand> findAllByOrderByNaamAscVersieAsc();

}
