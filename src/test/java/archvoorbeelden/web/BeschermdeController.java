// SPDX-License-Identifier: EUPL-1.2
package archvoorbeelden.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.helder.shared.Toegang;

/** The rule on the class covers every handler in it. */
@RestController
@Toegang(ingelogd = true)
class BeschermdeController {

	@GetMapping("/beschermd")
	String beschermd() {
		return "ja";
	}

}
