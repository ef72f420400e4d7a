// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.assessments.internal.Vragenlijst;
import nl.helder.assessments.internal.Vragenlijstcatalogus;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/vragenlijsten", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Vragenlijsten", description = "De definities van de vragenlijsten (pre-scan, DPIA, IAMA, FRIA, ethische check) "
		+ "met hun versies, secties, vragen, voorwaarden en beslisregels. Alleen lezen.")
class VragenlijstApi {

	private final Vragenlijstcatalogus catalogus;

	VragenlijstApi(Vragenlijstcatalogus catalogus) {
		this.catalogus = catalogus;
	}

	record VragenlijstSamenvatting(String id, String versie, LocalDate geldigVanaf, String titel, String omschrijving,
			String soort, boolean actueel) {
	}

	@Operation(summary = "Alle vragenlijsten, elke versie", description = "actueel: dit is de versie die nieuwe beoordelingen krijgen.")
	@Toegang(ingelogd = true)
	@GetMapping
	List<VragenlijstSamenvatting> lijst() {
		return catalogus.alle()
			.stream()
			.map(v -> new VragenlijstSamenvatting(v.id(), v.versie(), v.geldigVanaf(), v.titel(), v.omschrijving(),
					v.soort(), catalogus.actueel(v.id()).map(a -> a.versie().equals(v.versie())).orElse(false)))
			.toList();
	}

	@Operation(summary = "De actuele versie van een vragenlijst, volledig")
	@Toegang(ingelogd = true)
	@GetMapping("/{id}")
	Vragenlijst actueel(@PathVariable String id) {
		return catalogus.actueel(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Operation(summary = "Eén versie van een vragenlijst, volledig")
	@Toegang(ingelogd = true)
	@GetMapping("/{id}/versies/{versie}")
	Vragenlijst versie(@PathVariable String id, @PathVariable String versie) {
		return catalogus.versie(id, versie).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
