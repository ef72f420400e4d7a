// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EigenInstrumenten extends JpaRepository<EigenInstrument, UUID> {

	List<EigenInstrument> findByOrganisatieCodeOrderByInstrumentIdAscGeldigVanafAsc(String organisatieCode);

	Optional<EigenInstrument> findByOrganisatieCodeAndInstrumentIdAndVersie(String organisatieCode, String instrumentId,
			String versie);

}
