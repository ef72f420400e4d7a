// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Waarnemingen extends JpaRepository<Waarneming, UUID> {

	List<Waarneming> findByPilotIdOrderByKpiAscMomentAscDatumAsc(UUID pilotId);

	List<Waarneming> findByOrganisatieCodeOrderByPilotId(String organisatieCode);

}
