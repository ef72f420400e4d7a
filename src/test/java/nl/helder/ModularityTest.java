// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries as Spring Modulith sees them: no module reaches into another's internal package and the
 * modules do not depend on each other in a circle. A plain unit test, so it needs no Spring context.
 */
class ModularityTest {

	@Test
	void modulenHoudenZichAanHunGrenzen() {
		ApplicationModules.of(HelderApplication.class).verify();
	}

}
