// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.helder.register.internal.AanleverDienst;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/** The toepassingen in the format of the national Algoritmeregister's aanleverAPI v1.0, and sending them there. */
@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/toepassingen", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Aanlevering Algoritmeregister", description = "De toepassingen als request body van de aanleverAPI v1.0 "
		+ "van het landelijke Algoritmeregister (AlgorithmIn), en het versturen van een gepubliceerde toepassing.")
class AanleverApi {

	private final AanleverDienst dienst;

	AanleverApi(AanleverDienst dienst) {
		this.dienst = dienst;
	}

	@Operation(summary = "De werkversie van een toepassing in het formaat van de aanleverAPI",
			description = "Lege velden ontbreken; lang is 'nld', standard_version '1.0'. Is source_id leeg, dan staat "
					+ "daar het id van de toepassing in Helder.")
	@Toegang(ingelogd = true)
	@GetMapping("/{id}/aanlevering")
	Map<String, Object> werkversie(@PathVariable String code, @PathVariable UUID id) {
		return dienst.werkversie(code, id);
	}

	@Operation(summary = "Alle gepubliceerde toepassingen in het formaat van de aanleverAPI")
	@Toegang(ingelogd = true)
	@GetMapping("/aanlevering")
	List<Map<String, Object>> gepubliceerd(@PathVariable String code) {
		return dienst.gepubliceerd(code);
	}

	@Operation(summary = "De gepubliceerde versie naar het landelijke Algoritmeregister sturen",
			description = "De eerste keer een nieuw algoritme (POST), daarna een wijziging (PUT) van hetzelfde algoritme; "
					+ "daarna vrijgeven voor publicatie. Alleen voor gepubliceerde toepassingen (anders 400). Is het "
					+ "Algoritmeregister niet bereikbaar of weigert het, dan volgt 502.")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/{id}/aanlevering")
	AanleverDienst.Aanlevering lever(@PathVariable String code, @PathVariable UUID id) {
		return dienst.lever(code, id);
	}

}
