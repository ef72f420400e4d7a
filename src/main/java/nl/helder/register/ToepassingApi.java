// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.time.Instant;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.helder.register.internal.RegisterDienst;
import nl.helder.register.internal.RegisterDienst.Stand;
import nl.helder.register.internal.ToepassingVersie;
import nl.helder.register.internal.Volledigheid;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/toepassingen", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Toepassingen", description = "Het register: elk algoritme, AI-systeem en elke tool als één record met versies, "
		+ "de velden van de publicatiestandaard v1.0 van het Algoritmeregister en interne velden.")
class ToepassingApi {

	private final RegisterDienst dienst;

	ToepassingApi(RegisterDienst dienst) {
		this.dienst = dienst;
	}

	record ToepassingJson(UUID id, String naam, Werkstatus werkstatus, int versie, Integer gepubliceerdeVersie,
			Instant gepubliceerdOp, Instant gewijzigd, String laatsteAuteur, Map<String, Object> standaard,
			Map<String, Object> intern, Volledigheid volledigheid, List<String> waarschuwingen) {
	}

	record ToepassingInvoer(Map<String, Object> standaard, InterneGegevens intern, Integer versie) {
	}

	record VersieJson(int nummer, String auteur, Instant aangemaakt, String toelichting, Map<String, Object> standaard,
			Map<String, Object> intern) {
	}

	record HerstelInvoer(Integer versie) {
	}

	@Operation(summary = "Alle toepassingen van de organisatie, met hun werkversie")
	@Toegang(ingelogd = true)
	@GetMapping
	List<ToepassingJson> lijst(@PathVariable String code) {
		return dienst.lijst(code).stream().map(ToepassingApi::json).toList();
	}

	@Operation(summary = "Een toepassing toevoegen (versie 1, concept)",
			description = "standaard: de velden van de publicatiestandaard met hun sleutels (name, description_short, ...). "
					+ "Alleen 'name' is verplicht zolang het een concept is; de rest van de verplichte velden pas bij publicatie.")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ToepassingJson maakAan(@PathVariable String code, @RequestBody ToepassingInvoer invoer, Aanvrager aanvrager) {
		return json(dienst.maakAan(code, new RegisterDienst.Invoer(invoer.standaard(), invoer.intern()), aanvrager));
	}

	@Operation(summary = "Eén toepassing, met volledigheid en aandachtspunten")
	@Toegang(ingelogd = true)
	@GetMapping("/{id}")
	ToepassingJson toon(@PathVariable String code, @PathVariable UUID id) {
		return json(dienst.toon(code, id));
	}

	@Operation(summary = "Opslaan als nieuwe versie",
			description = "Stuur in 'versie' het versienummer mee dat u bewerkte. Is er intussen een nieuwere versie, dan volgt 409 "
					+ "met de huidige versie in 'huidigeVersie' en 'huidig'. Opslaan na publicatie maakt een nieuw concept; "
					+ "de gepubliceerde versie blijft openbaar.")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ToepassingJson wijzig(@PathVariable String code, @PathVariable UUID id, @RequestBody ToepassingInvoer invoer,
			Aanvrager aanvrager) {
		return json(dienst.wijzig(code, id, new RegisterDienst.Invoer(invoer.standaard(), invoer.intern()),
				invoer.versie(), aanvrager));
	}

	@Operation(summary = "Alle versies, nieuwste eerst")
	@Toegang(ingelogd = true)
	@GetMapping("/{id}/versies")
	List<VersieJson> versies(@PathVariable String code, @PathVariable UUID id) {
		return dienst.versies(code, id).stream().map(ToepassingApi::json).toList();
	}

	@Operation(summary = "Eén versie")
	@Toegang(ingelogd = true)
	@GetMapping("/{id}/versies/{nummer}")
	VersieJson versie(@PathVariable String code, @PathVariable UUID id, @PathVariable int nummer) {
		return json(dienst.versie(code, id, nummer));
	}

	@Operation(summary = "De verschillen tussen twee versies, veld voor veld")
	@Toegang(ingelogd = true)
	@GetMapping("/{id}/verschillen")
	List<RegisterDienst.Verschil> verschillen(@PathVariable String code, @PathVariable UUID id, @RequestParam int van,
			@RequestParam int tot) {
		return dienst.verschillen(code, id, van, tot);
	}

	@Operation(summary = "Een oude versie terugzetten, als nieuwe versie")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping(path = "/{id}/herstel", consumes = MediaType.APPLICATION_JSON_VALUE)
	ToepassingJson herstel(@PathVariable String code, @PathVariable UUID id, @RequestBody HerstelInvoer invoer,
			Aanvrager aanvrager) {
		if (invoer.versie() == null) {
			throw new nl.helder.shared.OngeldigeInvoer("versie", "register.versie.verplicht");
		}
		return json(dienst.herstel(code, id, invoer.versie(), aanvrager));
	}

	@Operation(summary = "Het concept ter review aanbieden")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/{id}/review")
	ToepassingJson review(@PathVariable String code, @PathVariable UUID id) {
		return json(dienst.naarReview(code, id));
	}

	@Operation(summary = "De versie ter review terugsturen naar concept")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/{id}/afwijzing")
	ToepassingJson afwijzing(@PathVariable String code, @PathVariable UUID id) {
		return json(dienst.afwijzen(code, id));
	}

	@Operation(summary = "Publiceren",
			description = "Kan alleen vanuit 'ter review', met alle velden die de standaard verplicht stelt, en door een ander "
					+ "dan de laatste auteur (vier ogen). Ontbrekende velden staan in invalidParams.")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/{id}/publicatie")
	ToepassingJson publiceer(@PathVariable String code, @PathVariable UUID id, Aanvrager aanvrager) {
		return json(dienst.publiceer(code, id, aanvrager));
	}

	@Operation(summary = "De publicatie intrekken; de toepassing verdwijnt uit het openbare register")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/{id}/intrekking")
	ToepassingJson trekIn(@PathVariable String code, @PathVariable UUID id) {
		return json(dienst.trekIn(code, id));
	}

	private static ToepassingJson json(Stand s) {
		var t = s.toepassing();
		return new ToepassingJson(t.id(), t.naam(), t.werkstatus(), t.werkversie(), t.gepubliceerdeVersie(),
				t.gepubliceerdOp(), t.gewijzigd(), s.werk().auteurNaam(), s.werk().standaard(), s.werk().intern(),
				s.volledigheid(), s.waarschuwingen());
	}

	private static VersieJson json(ToepassingVersie v) {
		return new VersieJson(v.nummer(), v.auteurNaam(), v.aangemaakt(), v.toelichting(), v.standaard(), v.intern());
	}

}
