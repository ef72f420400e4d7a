// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.helder.pulse.internal.EigenInstrumentDienst;
import nl.helder.pulse.internal.Golf;
import nl.helder.pulse.internal.Instrument;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The pulse instruments of an organisation: the shipped ones and the ones it loaded itself under its own licence.
 * Loading is a dry run first ({@code proef=true}) and checks everything again when it stores.
 */
@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/pulse/instrumenten", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pulse")
class PulseInstrumentApi {

	private final EigenInstrumentDienst dienst;

	private final MessageSource berichten;

	PulseInstrumentApi(EigenInstrumentDienst dienst, MessageSource berichten) {
		this.dienst = dienst;
		this.berichten = berichten;
	}

	record SubschaalWeergave(String id, String titel, String richting, boolean optioneel, List<String> items) {
	}

	record InstrumentWeergave(String id, String versie, LocalDate geldigVanaf, String titel, boolean eigen,
			String licentie, int minimumGroep, int items, List<SubschaalWeergave> subschalen, List<UUID> golven) {

		static InstrumentWeergave van(EigenInstrumentDienst.Regel regel) {
			Instrument i = regel.instrument();
			return new InstrumentWeergave(i.id(), i.versie(), i.geldigVanaf(), i.titel(), regel.eigen(), i.licentie(),
					i.minimumGroep(), regel.items(),
					i.subschalen()
						.stream()
						.map(s -> new SubschaalWeergave(s.id(), s.titel(), s.richting().name().toLowerCase(java.util.Locale.ROOT),
								s.optioneel(), regel.itemsVan(s.id()).stream().map(Instrument.Vraag::id).toList()))
						.toList(),
					regel.golven().stream().map(Golf::id).toList());
		}

	}

	@Operation(summary = "De vragenlijsten die deze organisatie kan gebruiken",
			description = "Meegeleverd en eigen (zelf geladen, alleen voor deze organisatie), met de golven die ze gebruiken.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping
	List<InstrumentWeergave> lijst(@PathVariable String code, Aanvrager aanvrager) {
		return dienst.overzicht(aanvrager.organisatieCode()).stream().map(InstrumentWeergave::van).toList();
	}

	@Operation(summary = "Een eigen vragenlijst controleren (proef=true) of laden",
			description = "De body is het JSON-bestand in het formaat van de meegeleverde vragenlijsten. Met proef=true wordt "
					+ "alleen gecontroleerd en niets opgeslagen (200). Zonder proef wordt opnieuw gecontroleerd en opgeslagen "
					+ "(201). Fouten: 400 met per regel een Nederlandse uitleg in invalidParams.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<InstrumentWeergave> laad(@PathVariable String code,
			@RequestParam(defaultValue = "false") boolean proef, @RequestBody(required = false) String definitie, Aanvrager aanvrager) {
		if (proef) {
			return ResponseEntity.ok(InstrumentWeergave.van(dienst.proef(aanvrager.organisatieCode(), definitie)));
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(InstrumentWeergave.van(dienst.laad(aanvrager.organisatieCode(), definitie, aanvrager)));
	}

	@Operation(summary = "Een eigen vragenlijst verwijderen",
			description = "Alleen als geen golf deze versie gebruikt; anders 409. Meegeleverde vragenlijsten: 404.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@DeleteMapping("/{id}/{versie}")
	ResponseEntity<Object> verwijder(@PathVariable String code, @PathVariable String id, @PathVariable String versie,
			Aanvrager aanvrager) {
		try {
			dienst.verwijder(aanvrager.organisatieCode(), id, versie);
			return ResponseEntity.noContent().build();
		}
		catch (EigenInstrumentDienst.InGebruik fout) {
			// Not the shared Conflict: its text is about a simultaneous edit, and this refusal has its own reason.
			Locale taal = LocaleContextHolder.getLocale();
			ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					berichten.getMessage("pulse.instrument.fout.in-gebruik", null, taal));
			probleem.setTitle(berichten.getMessage("pulse.instrument.fout.in-gebruik.titel", null, taal));
			probleem.setProperty("golven", fout.golven());
			return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
		}
	}

}
