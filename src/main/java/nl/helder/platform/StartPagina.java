// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/** The start page: per role of the user, what Helder does for that role and the next step to take. */
@Controller
class StartPagina {

	@Toegang(ingelogd = true)
	@GetMapping("/")
	String start(Aanvrager aanvrager, Model model) {
		List<Rol> rollen = aanvrager.rollen().stream().sorted().toList();
		model.addAttribute("rollen", rollen);
		return "start";
	}

}
