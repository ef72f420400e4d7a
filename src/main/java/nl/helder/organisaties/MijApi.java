// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.organisaties.internal.ApiToken;
import nl.helder.organisaties.internal.Principals;
import nl.helder.organisaties.internal.TokenDienst;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/mij", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Mijn account", description = "Wie u bent voor Helder, en uw persoonlijke API-tokens.")
class MijApi {

	private final TokenDienst tokens;

	MijApi(TokenDienst tokens) {
		this.tokens = tokens;
	}

	record MijJson(String organisatieCode, String naam, List<String> rollen, boolean platformbeheerder,
			String ingelogdVia) {
	}

	record TokenJson(UUID id, String naam, String voorvoegsel, Instant aangemaakt, Instant verlooptOp,
			Instant ingetrokkenOp, Instant laatstGebruikt) {
	}

	record NieuwTokenJson(UUID id, String naam, String token, Instant verlooptOp) {
	}

	record TokenAanvraag(String naam, Integer geldigDagen) {
	}

	@Operation(summary = "Uw organisatie, naam en rollen")
	@Toegang(ingelogd = true)
	@GetMapping
	MijJson mij(Aanvrager aanvrager) {
		return new MijJson(aanvrager.organisatieCode(), aanvrager.weergavenaam(),
				aanvrager.rollen().stream().sorted().map(Rol::code).toList(), aanvrager.platformbeheerder(),
				aanvrager.actorType());
	}

	@Operation(summary = "Uw API-tokens (zonder de geheime waarde)")
	@Toegang(ingelogd = true)
	@GetMapping("/tokens")
	List<TokenJson> tokens(Aanvrager aanvrager) {
		return tokens.vanGebruiker(Principals.gebruikerId(aanvrager)).stream().map(MijApi::json).toList();
	}

	@Operation(summary = "Een nieuw API-token maken",
			description = "Het antwoord bevat de waarde van het token. Die ziet u alleen nu: Helder bewaart alleen een hash. "
					+ "geldigDagen: 1 tot en met 366.")
	@Toegang(ingelogd = true)
	@PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	NieuwTokenJson maakAan(@RequestBody TokenAanvraag aanvraag, Aanvrager aanvrager) {
		var nieuw = tokens.maakAan(Principals.gebruikerId(aanvrager), aanvraag.naam(), aanvraag.geldigDagen());
		return new NieuwTokenJson(nieuw.token().id(), nieuw.token().naam(), nieuw.waarde(), nieuw.token().verlooptOp());
	}

	@Operation(summary = "Een van uw API-tokens intrekken; het werkt daarna direct niet meer")
	@Toegang(ingelogd = true)
	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void trekIn(@PathVariable UUID id, Aanvrager aanvrager) {
		if (!tokens.trekIn(Principals.gebruikerId(aanvrager), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	static TokenJson json(ApiToken t) {
		return new TokenJson(t.id(), t.naam(), t.voorvoegsel(), t.aangemaakt(), t.verlooptOp(), t.ingetrokkenOp(),
				t.laatstGebruikt());
	}

}
