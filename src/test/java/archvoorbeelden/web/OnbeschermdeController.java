// SPDX-License-Identifier: EUPL-1.2
package archvoorbeelden.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/** One handler forgot its access rule; a private method is out of the rule's scope. */
@Controller
class OnbeschermdeController {

	@GetMapping("/vergeten")
	String vergeten() {
		return "vergeten";
	}

	@Toegang(Rol.BEHEERDER)
	@GetMapping("/geregeld")
	String geregeld() {
		return "geregeld";
	}

	@GetMapping("/privé")
	private String privé() {
		return "privé";
	}

}
