// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OidcConfiguraties extends JpaRepository<OidcConfiguratie, String> {

	List<OidcConfiguratie> findByActiefTrue();

}
