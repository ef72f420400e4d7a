// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokens extends JpaRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByGebruikerIdOrderByAangemaaktDesc(UUID gebruikerId);

	Optional<ApiToken> findByIdAndGebruikerId(UUID id, UUID gebruikerId);

	List<ApiToken> findByGebruikerIdAndNaam(UUID gebruikerId, String naam);

}
