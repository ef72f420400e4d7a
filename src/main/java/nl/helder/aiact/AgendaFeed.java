// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.helder.aiact.internal.Agenda;
import nl.helder.shared.Openbaar;

/**
 * The calendar feed behind a secret link. Public, because calendar programs cannot log in: the secret is the
 * credential, and an unknown or removed one answers 404 like any address that does not exist.
 */
@RestController
class AgendaFeed {

	private static final MediaType ICAL = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Agenda agenda;

	AgendaFeed(Agenda agenda) {
		this.agenda = agenda;
	}

	@Openbaar
	@GetMapping("/agenda/{geheim}.ics")
	ResponseEntity<String> feed(@PathVariable String geheim) {
		String basis = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		return agenda.feed(geheim, basis)
			.map(ics -> ResponseEntity.ok().contentType(ICAL).header("Cache-Control", "private, max-age=900").body(ics))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}

}
