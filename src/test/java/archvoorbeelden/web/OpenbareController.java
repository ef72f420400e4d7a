// SPDX-License-Identifier: EUPL-1.2
package archvoorbeelden.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

import nl.helder.shared.Openbaar;

/** Public handlers are fine, but a public controller class breaks the rule that controllers are not public. */
@Controller
public class OpenbareController {

	@Openbaar
	@PostMapping("/openbaar")
	String openbaar() {
		return "openbaar";
	}

}
