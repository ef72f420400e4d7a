// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LijstWeergaven extends JpaRepository<LijstWeergave, UUID> {

	/** A person's own views and the views colleagues shared, by name. */
	@Query("select w from LijstWeergave w where w.organisatieCode = ?1 and (w.eigenaar = ?2 or w.gedeeld = true) "
			+ "order by lower(w.naam)")
	List<LijstWeergave> zichtbaarVoor(String organisatieCode, String eigenaar);

	boolean existsByOrganisatieCodeAndEigenaarAndNaamIgnoreCase(String organisatieCode, String eigenaar, String naam);

	long countByOrganisatieCodeAndEigenaar(String organisatieCode, String eigenaar);

}
