// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.helder.aiact.internal.Taak;
import nl.helder.aiact.internal.Verplichtingen;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Toegang;

/**
 * The requirements of the AI Act and the Algoritmekader as tasks, for other systems (a task board, a GRC tool): what
 * must be done by when, per municipality and per toepassing, and recording the work on one. Rules and refusals are
 * the same as on the pages.
 */
@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verplichtingen", description = "Vereisten uit de AI-verordening en het Algoritmekader als taken met deadline")
class VerplichtingenApi {

	private final Verplichtingen verplichtingen;

	VerplichtingenApi(Verplichtingen verplichtingen) {
		this.verplichtingen = verplichtingen;
	}

	/** One task; {@code deadline} is empty when the duty applies already. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TaakJson(UUID toepassingId, String toepassing, String vereiste, String titel, String wet,
			String verantwoordelijke, LocalDate deadline, String mijlpaal, Taak.Status status,
			Verplichtingen.Termijn termijn, String toelichting, List<String> bewijs, Long versie) {
	}

	record Werk(String status, String toelichting, List<String> bewijs, Long versie) {
	}

	@Operation(summary = "Alle taken van de gemeente, de meest dringende eerst",
			description = "termijn: TE_LAAT, GELDT_AL, BINNEN_30, BINNEN_90, LATER of AFGEHANDELD. Zonder toelichting en bewijs.")
	@Toegang(ingelogd = true)
	@GetMapping("/verplichtingen")
	List<TaakJson> gemeente(@PathVariable String code) {
		return verplichtingen.voorOrganisatie(code).stream().map(r -> json(r, false)).toList();
	}

	@Operation(summary = "De taken van één toepassing, met toelichting, bewijslinks en versie")
	@Toegang(ingelogd = true)
	@GetMapping("/toepassingen/{toepassingId}/verplichtingen")
	List<TaakJson> toepassing(@PathVariable String code, @PathVariable UUID toepassingId) {
		return verplichtingen.voorToepassing(code, toepassingId).stream().map(r -> json(r, true)).toList();
	}

	@Operation(summary = "Het werk aan één vereiste vastleggen",
			description = "status: OPEN, BEZIG, AFGEROND of NIET_VAN_TOEPASSING (met toelichting). AFGEROND vraagt een "
					+ "bewijslink, een bewijsbestand of een toelichting. versie: de versie die u las; is die oud, dan 409. "
					+ "Alleen de verantwoordelijke rol, de AICO en de AI-coördinator (anders 403).")
	@Toegang(ingelogd = true)
	@PutMapping(path = "/toepassingen/{toepassingId}/verplichtingen/{vereiste}", consumes = MediaType.APPLICATION_JSON_VALUE)
	TaakJson wijzig(@PathVariable String code, @PathVariable UUID toepassingId, @PathVariable String vereiste,
			@RequestBody Werk werk, Aanvrager aanvrager) {
		Taak.Status status = Arrays.stream(Taak.Status.values())
			.filter(s -> s.name().equals(werk.status()))
			.findFirst()
			.orElse(null);
		return json(verplichtingen.wijzig(code, toepassingId, vereiste, status, werk.toelichting(), werk.bewijs(),
				werk.versie(), aanvrager), true);
	}

	private static TaakJson json(Verplichtingen.Regel r, boolean metWerk) {
		return new TaakJson(r.toepassingId(), r.toepassing(), r.vereiste().code(), r.vereiste().titel(),
				r.vereiste().wet(), r.vereiste().verantwoordelijke(), r.deadline(),
				r.mijlpaal() == null ? null : r.mijlpaal().titel(), r.status(), r.termijn(),
				metWerk ? r.toelichting() : null, metWerk ? r.bewijs() : null, metWerk ? r.taakVersie() : null);
	}

}
