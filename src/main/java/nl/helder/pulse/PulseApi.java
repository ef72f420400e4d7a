// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.helder.pulse.internal.Golf;
import nl.helder.pulse.internal.PulseDienst;
import nl.helder.pulse.internal.PulseRapporten;
import nl.helder.pulse.internal.Rapportage;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/pulse/golven", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pulse", description = "Anonieme pulse over technologie, werkdruk en mentale kracht: golven, instemming van "
		+ "de OR en DPIA, en uitkomsten van groepen van minstens k mensen. Nooit een persoon.")
class PulseApi {

	private final PulseDienst dienst;

	private final PulseRapporten rapporten;

	PulseApi(PulseDienst dienst, PulseRapporten rapporten) {
		this.dienst = dienst;
		this.rapporten = rapporten;
	}

	/** instrument: an instrument id (shipped or the organisation's own); empty means the tech-pulse. */
	record NieuweGolf(String titel, String opent, String sluit, List<String> teams, Integer k, String instrument) {
	}

	record Instemming(String orInstemmingDatum, String orInstemmingDocument, String dpiaReferentie) {
	}

	record GolfWeergave(UUID id, String titel, String instrument, String instrumentVersie, int k, LocalDate opent,
			LocalDate sluit, List<UUID> teams, Golf.Status status, LocalDate orInstemmingDatum,
			String orInstemmingDocument, String dpiaReferentie, long revisie) {

		static GolfWeergave van(Golf golf) {
			return new GolfWeergave(golf.id(), golf.titel(), golf.instrumentId(), golf.instrumentVersie(), golf.k(),
					golf.opent(), golf.sluit(), golf.doelteams(), golf.status(), golf.orInstemmingDatum(),
					golf.orInstemmingDocument(), golf.dpiaReferentie(), golf.revisie());
		}

	}

	/** A published cell; hidden cells have {@code zichtbaar: false} and no numbers at all. */
	record CelWeergave(String sleutel, String naam, UUID teamId, boolean zichtbaar, Integer respondenten,
			Map<String, Rapportage.Score> scores) {

		static CelWeergave van(Rapportage.Cel cel) {
			return new CelWeergave(cel.sleutel(), cel.naam(), cel.teamId(), cel.isZichtbaar(), cel.n(), cel.scores());
		}

	}

	record ActieWeergave(LocalDate datum, String tekst) {
	}

	record Uitkomsten(UUID golf, int k, boolean beschikbaar, String bereik, CelWeergave organisatie,
			CelWeergave eigenTeam, List<CelWeergave> teams, List<CelWeergave> functiegroepen,
			List<CelWeergave> gebruiksgroepen, List<ActieWeergave> acties) {
	}

	@Operation(summary = "De golven van de organisatie")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping
	List<GolfWeergave> lijst(@PathVariable String code, Aanvrager aanvrager) {
		return dienst.golven(aanvrager.organisatieCode()).stream().map(GolfWeergave::van).toList();
	}

	@Operation(summary = "Een nieuwe golf als concept", description = "k is standaard 5 en nooit lager. "
			+ "instrument is optioneel (standaard tech-pulse); de versie die geldt op de eerste dag wordt gebruikt.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	GolfWeergave maak(@PathVariable String code, @RequestBody NieuweGolf invoer, Aanvrager aanvrager) {
		return GolfWeergave.van(dienst.maak(aanvrager.organisatieCode(),
				new PulseDienst.Gegevens(invoer.titel(), invoer.opent(), invoer.sluit(), invoer.teams(),
						invoer.k() == null ? null : String.valueOf(invoer.k()), invoer.instrument()),
				aanvrager));
	}

	@Operation(summary = "Eén golf")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping("/{id}")
	GolfWeergave golf(@PathVariable String code, @PathVariable UUID id, Aanvrager aanvrager) {
		return GolfWeergave.van(dienst.golf(aanvrager.organisatieCode(), id));
	}

	@Operation(summary = "Instemming van de OR (WOR artikel 27) en de DPIA vastleggen",
			description = "Zonder beide kan een golf niet open.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping(path = "/{id}/instemming", consumes = MediaType.APPLICATION_JSON_VALUE)
	GolfWeergave instemming(@PathVariable String code, @PathVariable UUID id, @RequestBody Instemming invoer,
			Aanvrager aanvrager) {
		return GolfWeergave.van(dienst.legInstemmingVast(aanvrager.organisatieCode(), id, invoer.orInstemmingDatum(),
				invoer.orInstemmingDocument(), invoer.dpiaReferentie()));
	}

	@Operation(summary = "De golf openen en de uitnodigingen versturen",
			description = "Elke medewerker van de doelteams krijgt een eigen link die één keer werkt. De links staan nergens in het antwoord.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/{id}/openen")
	GolfWeergave open(@PathVariable String code, @PathVariable UUID id, Aanvrager aanvrager) {
		dienst.open(aanvrager.organisatieCode(), id);
		return GolfWeergave.van(dienst.golf(aanvrager.organisatieCode(), id));
	}

	@Operation(summary = "De golf sluiten", description = "Daarna zijn de uitkomsten zichtbaar en zijn alle links weg.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/{id}/sluiten")
	GolfWeergave sluit(@PathVariable String code, @PathVariable UUID id, Aanvrager aanvrager) {
		return GolfWeergave.van(dienst.sluit(aanvrager.organisatieCode(), id));
	}

	@Operation(summary = "De uitkomsten zoals u ze mag zien",
			description = "HR en AI-coördinator: de organisatie, teams en groepen; teamleider: de organisatie en het eigen team; "
					+ "OR en medewerkers: de organisatie. Alleen groepen van minstens k mensen, met aanvullende onderdrukking.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping("/{id}/uitkomsten")
	Uitkomsten uitkomsten(@PathVariable String code, @PathVariable UUID id, Aanvrager aanvrager) {
		PulseRapporten.Zicht zicht = rapporten.zicht(aanvrager.organisatieCode(), id, aanvrager);
		List<ActieWeergave> acties = zicht.acties().stream().map(a -> new ActieWeergave(a.datum(), a.tekst())).toList();
		if (!zicht.uitkomsten()) {
			return new Uitkomsten(id, zicht.golf().k(), false, zicht.bereik().name(), null, null, List.of(), List.of(),
					List.of(), acties);
		}
		return new Uitkomsten(id, zicht.golf().k(), true, zicht.bereik().name(), CelWeergave.van(zicht.organisatie()),
				zicht.eigenTeam().map(CelWeergave::van).orElse(null),
				zicht.teams().stream().map(CelWeergave::van).toList(),
				zicht.functiegroepen().stream().map(CelWeergave::van).toList(),
				zicht.gebruiksgroepen().stream().map(CelWeergave::van).toList(), acties);
	}

}
