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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.pulse.internal.Actie;
import nl.helder.pulse.internal.Golf;
import nl.helder.pulse.internal.PulseDienst;
import nl.helder.pulse.internal.PulseHerinneringen;
import nl.helder.pulse.internal.PulseRapporten;
import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The pulse API beside {@link PulseApi}: reminders and newcomers of a wave, the actions taken after a wave, and the
 * go-live dates for the before/after view. Same rules as the pages; the services are shared with them.
 */
@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/pulse", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pulse")
class PulseBeheerApi {

	private final PulseDienst dienst;

	private final PulseRapporten rapporten;

	private final PulseHerinneringen herinneringen;

	private final Registergids register;

	PulseBeheerApi(PulseDienst dienst, PulseRapporten rapporten, PulseHerinneringen herinneringen,
			Registergids register) {
		this.dienst = dienst;
		this.rapporten = rapporten;
		this.herinneringen = herinneringen;
		this.register = register;
	}

	// --- reminders and newcomers

	record Herinneringen(UUID golf, List<LocalDate> data, List<LocalDate> verstuurd, boolean vast,
			boolean nieuweCollegasMogelijk) {

		static Herinneringen van(Golf golf) {
			return new Herinneringen(golf.id(), golf.herinneringen(), golf.herinneringenVerstuurd(),
					golf.status() != Golf.Status.CONCEPT,
					golf.status() == Golf.Status.OPEN && golf.uitgenodigdenBekend());
		}

	}

	record HerinneringInvoer(List<String> data) {
	}

	record NieuweCollegas(UUID golf, int uitgenodigd) {
	}

	@Operation(summary = "De herinneringen van een golf en wanneer ze verstuurd zijn",
			description = "vast: na het openen liggen de data vast. nieuweCollegasMogelijk: de golf is open en Helder weet wie "
					+ "er is uitgenodigd.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@GetMapping("/golven/{id}/herinneringen")
	Herinneringen herinneringen(@PathVariable String code, @PathVariable UUID id, Aanvrager aanvrager) {
		return Herinneringen.van(dienst.golf(aanvrager.organisatieCode(), id));
	}

	@Operation(summary = "De herinneringsdata van een concept instellen",
			description = "Hoogstens drie data (jjjj-mm-dd), elk na de eerste en voor de laatste dag. Een lege lijst: geen "
					+ "herinneringen. Alleen zolang de golf een concept is. Iedereen die is uitgenodigd krijgt de herinnering, "
					+ "zonder link.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PutMapping(path = "/golven/{id}/herinneringen", consumes = MediaType.APPLICATION_JSON_VALUE)
	Herinneringen zetHerinneringen(@PathVariable String code, @PathVariable UUID id,
			@RequestBody HerinneringInvoer invoer, Aanvrager aanvrager) {
		return Herinneringen.van(herinneringen.zetHerinneringen(aanvrager.organisatieCode(), id,
				invoer.data() == null ? List.of() : invoer.data()));
	}

	@Operation(summary = "Nieuwe collega's in de doelteams nu uitnodigen",
			description = "Wie na het openen in een doelteam (of een team eronder) kwam en nog geen link kreeg, krijgt een eigen "
					+ "link die één keer werkt; de groepsgrootte van het team gaat omhoog. Dit gebeurt ook elk uur vanzelf.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PostMapping("/golven/{id}/nieuwe-collegas")
	NieuweCollegas nieuweCollegas(@PathVariable String code, @PathVariable UUID id, Aanvrager aanvrager) {
		return new NieuweCollegas(id, herinneringen.nodigNieuweUit(aanvrager.organisatieCode(), id));
	}

	// --- actions

	record ActieWeergave(UUID id, LocalDate datum, String tekst) {

		static ActieWeergave van(Actie actie) {
			return new ActieWeergave(actie.id(), actie.datum(), actie.tekst());
		}

	}

	record ActieInvoer(String tekst) {
	}

	@Operation(summary = "Wat er met de uitkomsten van een golf is gedaan", description = "Nieuwste eerst.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping("/golven/{id}/acties")
	List<ActieWeergave> acties(@PathVariable String code, @PathVariable UUID id, Aanvrager aanvrager) {
		Golf golf = dienst.golf(aanvrager.organisatieCode(), id);
		return dienst.acties(aanvrager.organisatieCode(), golf.id()).stream().map(ActieWeergave::van).toList();
	}

	@Operation(summary = "Een actie vastleggen",
			description = "Alleen HR. Tekst van 1 tot 2000 tekens; niet bij een golf die nog een concept is.")
	@Toegang(Rol.HR)
	@PostMapping(path = "/golven/{id}/acties", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ActieWeergave legActieVast(@PathVariable String code, @PathVariable UUID id, @RequestBody ActieInvoer invoer,
			Aanvrager aanvrager) {
		return ActieWeergave.van(dienst.legActieVast(aanvrager.organisatieCode(), id, invoer.tekst(), aanvrager));
	}

	// --- go-live dates

	enum Bron {

		/** Recorded in the pulse. */
		VASTGELEGD,
		/** Not recorded: the first day of the register's Begindatum (a month), as the before/after page uses it. */
		REGISTER,
		/** Neither. */
		GEEN

	}

	record InvoeringWeergave(UUID toepassingId, LocalDate datum, Bron bron) {
	}

	record InvoeringInvoer(String datum) {
	}

	@Operation(summary = "Wanneer een toepassing in gebruik ging, voor de vergelijking voor en na",
			description = "bron VASTGELEGD: in de pulse vastgelegd; REGISTER: nog niets vastgelegd, dus de eerste dag van de "
					+ "Begindatum uit het register, zoals de pagina voor en na die gebruikt; GEEN: geen van beide.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR, Rol.TEAMLEIDER, Rol.OR_LID, Rol.MEDEWERKER })
	@GetMapping("/invoeringen/{toepassingId}")
	InvoeringWeergave invoering(@PathVariable String code, @PathVariable UUID toepassingId, Aanvrager aanvrager) {
		bestaat(aanvrager, toepassingId);
		Optional<LocalDate> vastgelegd = rapporten.invoering(aanvrager.organisatieCode(), toepassingId)
			.map(i -> i.datum());
		if (vastgelegd.isPresent()) {
			return new InvoeringWeergave(toepassingId, vastgelegd.get(), Bron.VASTGELEGD);
		}
		return register.begindatum(aanvrager.organisatieCode(), toepassingId)
			.map(d -> new InvoeringWeergave(toepassingId, d, Bron.REGISTER))
			.orElse(new InvoeringWeergave(toepassingId, null, Bron.GEEN));
	}

	@Operation(summary = "De datum vastleggen waarop een toepassing in gebruik ging",
			description = "datum als jjjj-mm-dd. Een onbekende toepassing geeft 404.")
	@Toegang({ Rol.HR, Rol.AI_COORDINATOR })
	@PutMapping(path = "/invoeringen/{toepassingId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	InvoeringWeergave zetInvoering(@PathVariable String code, @PathVariable UUID toepassingId,
			@RequestBody InvoeringInvoer invoer, Aanvrager aanvrager) {
		bestaat(aanvrager, toepassingId);
		LocalDate datum = rapporten.zetInvoering(aanvrager.organisatieCode(), toepassingId, invoer.datum()).datum();
		return new InvoeringWeergave(toepassingId, datum, Bron.VASTGELEGD);
	}

	private void bestaat(Aanvrager aanvrager, UUID toepassingId) {
		if (!register.bestaat(aanvrager.organisatieCode(), toepassingId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
