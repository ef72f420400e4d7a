// SPDX-License-Identifier: EUPL-1.2
package nl.helder.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.helder.audit.internal.AuditOpslag;
import nl.helder.audit.internal.AuditZoekvraag;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@Tag(name = "Audit", description = "Het auditlog: elke wijziging met wie, wanneer, en de toestand ervoor en erna.")
class AuditApi {

	private final AuditOpslag opslag;

	AuditApi(AuditOpslag opslag) {
		this.opslag = opslag;
	}

	@Operation(summary = "Wijzigingen in de organisatie, nieuwste eerst",
			description = "Filters: entiteitType, entiteitId, actie (AANGEMAAKT, GEWIJZIGD, VERWIJDERD), actor, "
					+ "van en tot (datum JJJJ-MM-DD of ISO 8601-moment in UTC). Pagina's vanaf 1, maximaal 200 per pagina.")
	@Toegang(Rol.BEHEERDER)
	@GetMapping(path = "/api/v1/organisaties/{code}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	AuditOpslag.Pagina zoek(@PathVariable String code, @ParameterObject AuditZoekvraag vraag) {
		return opslag.zoek(code, vraag.filter(), vraag.paginaOfEerste(), vraag.grootteOfStandaard());
	}

}
