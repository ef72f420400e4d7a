// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Instellingen extends JpaRepository<Instelling, String> {

}
