// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.pulse.internal.Golf;
import nl.helder.pulse.internal.PulseRapporten;
import nl.helder.pulse.internal.Rapportage;
import nl.helder.pulse.internal.Verloop;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/** The trend across waves and before/after a toepassing as JSON, with the same access rules as the pages. */
@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/pulse", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pulse")
class PulseVerloopApi {

	private final Verloop verloop;

	private final PulseRapporten rapporten;

	private final PulseGrafieken grafieken;

	private final Registergids register;

	PulseVerloopApi(Verloop verloop, PulseRapporten rapporten, PulseGrafieken grafieken, Registergids register) {
		this.verloop = verloop;
		this.rapporten = rapporten;
		this.grafieken = grafieken;
		this.register = register;
	}

	record GolfKop(UUID id, String titel, LocalDate opent, LocalDate sluit, int k) {

		static GolfKop van(Golf golf) {
			return new GolfKop(golf.id(), golf.titel(), golf.opent(), golf.sluit(), golf.k());
		}

	}

	/** A point of one wave; a hidden cell has {@code zichtbaar: false} and no numbers. */
	/** {@code gevraagd} false: the wave's version of the instrument did not have this subscale. */
	record Punt(UUID golf, boolean gevraagd, boolean zichtbaar, Double gemiddelde, Double spreiding, Integer n) {

		static Punt van(Verloop.Punt punt) {
			Rapportage.Score s = punt.score();
			return s == null ? new Punt(punt.golf().id(), punt.gevraagd(), false, null, null, null)
					: new Punt(punt.golf().id(), true, true, s.gemiddelde(), s.spreiding(), s.n());
		}

	}

	record Reeks(String subschaal, String titel, List<Punt> organisatie, List<Punt> gekozen) {
	}

	record Keuze(String waarde, String naam) {
	}

	record VerloopWeergave(String instrument, List<String> instrumenten, String bereik, Keuze gekozen,
			List<Keuze> keuzes, List<GolfKop> golven, List<Reeks> subschalen) {
	}

	@Operation(summary = "Het verloop over golven",
			description = "Per onderwerp de score per gesloten golf van één vragenlijst, in tijdsvolgorde. Voor de organisatie, en "
					+ "voor HR en AI-coördinator ook één gekozen team (team=<id>) of groep (team=fg:<code> of tg:<code>); een "
					+ "teamleider ziet alleen het eigen team (een ander team geeft 403); OR en medewerkers alleen de organisatie. "
					+ "Een punt staat er alleen als die cel in het rapport van die golf zelf zichtbaar is.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping("/verloop")
	VerloopWeergave verloop(@PathVariable String code, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String team, Aanvrager aanvrager) {
		Verloop.Weergave w = verloop.verloop(aanvrager.organisatieCode(), instrument, team, aanvrager);
		return new VerloopWeergave(w.instrument(), w.instrumenten(), w.bereik().name(),
				w.gekozen() == null ? null : new Keuze(w.gekozen().waarde(), w.gekozen().naam()),
				w.keuzes().stream().map(k -> new Keuze(k.waarde(), k.naam())).toList(),
				w.golven().stream().map(GolfKop::van).toList(),
				w.reeksen().stream().map(r -> new Reeks(r.subschaal().id(), r.subschaal().titel(),
						r.organisatie().stream().map(Punt::van).toList(), r.gekozen().stream().map(Punt::van).toList()))
					.toList());
	}

	record Score(double gemiddelde, double spreiding, int n) {

		static Score van(Rapportage.Score s) {
			return s == null ? null : new Score(s.gemiddelde(), s.spreiding(), s.n());
		}

	}

	record Verschil(String subschaal, String titel, Score voor, Score na, Double verschil, Double ondergrens,
			Double bovengrens, Double effectgrootte) {

		static Verschil van(PulseRapporten.Verschil v) {
			return new Verschil(v.subschaal().id(), v.subschaal().titel(), Score.van(v.voor()), Score.van(v.na()),
					v.verschil(), v.ondergrens(), v.bovengrens(), v.effectgrootte());
		}

	}

	record TeamVerschil(UUID team, String naam, List<Verschil> verschillen) {
	}

	record VoorNaWeergave(UUID toepassing, LocalDate invoering, boolean uitRegister, String instrument,
			List<String> instrumenten, List<GolfKop> golvenVoor, List<GolfKop> golvenNa, List<Verschil> organisatie,
			List<TeamVerschil> teams) {
	}

	@Operation(summary = "Voor en na de ingebruikname van een toepassing",
			description = "De hele organisatie, en per team alleen uit teamcellen die in hun eigen golf zichtbaar zijn: HR en "
					+ "AI-coördinator alle teams, een teamleider het eigen team, OR en medewerkers geen teams. Alleen golven van één "
					+ "vragenlijst. De datum komt uit de pulse, anders uit de Begindatum in het register. Een verschil met 95%-marge "
					+ "en effectgrootte is geen bewijs van een oorzaak.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping("/voor-na")
	VoorNaWeergave voorNa(@PathVariable String code, @RequestParam(required = false) String toepassing,
			@RequestParam(required = false) String instrument, Aanvrager aanvrager) {
		UUID id;
		try {
			id = UUID.fromString(toepassing == null ? "" : toepassing.strip());
		}
		catch (IllegalArgumentException fout) {
			throw new OngeldigeInvoer("toepassing", "pulse.fout.toepassing");
		}
		if (!register.bestaat(aanvrager.organisatieCode(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Optional<PulseGrafieken.Invoeringsdatum> datum = grafieken.invoering(aanvrager.organisatieCode(), id);
		if (datum.isEmpty()) {
			return new VoorNaWeergave(id, null, false, null, List.of(), List.of(), List.of(), List.of(), List.of());
		}
		PulseRapporten.VoorNa v = rapporten.voorNa(aanvrager.organisatieCode(), datum.get().datum(), instrument, aanvrager);
		return new VoorNaWeergave(id, v.invoering(), datum.get().uitRegister(), v.instrument(), v.instrumenten(),
				v.golvenVoor().stream().map(GolfKop::van).toList(), v.golvenNa().stream().map(GolfKop::van).toList(),
				v.verschillen().stream().map(Verschil::van).toList(),
				v.teams().stream().map(t -> new TeamVerschil(t.teamId(), t.naam(),
						t.verschillen().stream().map(Verschil::van).toList())).toList());
	}

}
