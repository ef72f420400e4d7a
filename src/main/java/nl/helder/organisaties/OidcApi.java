// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.organisaties.internal.OidcConfiguratie;
import nl.helder.organisaties.internal.OidcDienst;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/oidc-configuratie", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inloggen via OIDC", description = "Inloggen met het eigen identiteitssysteem van de gemeente.")
class OidcApi {

	private final OidcDienst dienst;

	OidcApi(OidcDienst dienst) {
		this.dienst = dienst;
	}

	record OidcJson(String issuerUri, String clientId, boolean clientSecretIngesteld, String rollenClaim,
			String rollenToewijzing, boolean actief, String redirectUri, long versie) {
	}

	record OidcInvoer(String issuerUri, String clientId, String clientSecret, String rollenClaim,
			String rollenToewijzing, Boolean actief, Long versie) {
	}

	@Operation(summary = "De OIDC-instellingen (het client secret wordt nooit teruggegeven)")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@GetMapping
	OidcJson toon(@PathVariable String code) {
		return dienst.vind(code).map(c -> json(code, c)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Operation(summary = "De OIDC-instellingen vastleggen",
			description = "rollenClaim: de claim met de rollen, ook als pad (realm_access.roles). rollenToewijzing: één regel "
					+ "per waarde, 'waarde=rol'. Wie geen toegewezen rol heeft, wordt medewerker.")
	@Toegang(value = Rol.BEHEERDER, platformbeheer = true)
	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	OidcJson leg(@PathVariable String code, @RequestBody OidcInvoer invoer) {
		return json(code, dienst.leg(code, new OidcDienst.Invoer(invoer.issuerUri(), invoer.clientId(),
				invoer.clientSecret(), invoer.rollenClaim(), invoer.rollenToewijzing(),
				invoer.actief() != null && invoer.actief()), invoer.versie()));
	}

	private static OidcJson json(String code, OidcConfiguratie c) {
		return new OidcJson(c.issuerUri(), c.clientId(), c.clientSecret() != null, c.rollenClaim(),
				c.rollenToewijzing(), c.actief(), "/login/oauth2/code/" + code, c.versie());
	}

}
