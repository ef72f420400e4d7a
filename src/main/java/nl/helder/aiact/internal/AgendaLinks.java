// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaLinks extends JpaRepository<AgendaLink, String> {

	Optional<AgendaLink> findByGeheimHash(String geheimHash);

}
