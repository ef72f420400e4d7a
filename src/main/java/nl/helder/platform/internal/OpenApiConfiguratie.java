// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.helder.shared.Aanvrager;

/** The description at /api/v1/openapi.json: title, version, licence and the bearer-token scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguratie {

	static {
		// The caller is resolved from the security context, not sent by the client.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Aanvrager.class);
	}

	@Bean
	OpenAPI helderOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Helder API")
				.version(VerzoekFilters.API_VERSIE)
				.description("De API van Helder: organisaties, gebruikers, teams, API-tokens en het auditlog. "
						+ "Fouten zijn application/problem+json (RFC 9457) met invalidParams per veld. "
						+ "Aanmelden met een persoonlijk API-token: Authorization: Bearer hld_...")
				.license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
			.components(new Components().addSecuritySchemes("apiToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Persoonlijk API-token")))
			.addSecurityItem(new SecurityRequirement().addList("apiToken"));
	}

	/** Every operation can answer with the same problem+json errors; the description says so once for all. */
	@Bean
	OpenApiCustomizer problemenBeschrijven() {
		Map<String, String> fouten = Map.of("400", "Ongeldige invoer; zie invalidParams", "401",
				"Niet aangemeld of ongeldig token", "403", "U hebt niet de rol die dit mag", "404",
				"Bestaat niet, of hoort bij een andere organisatie", "409", "Intussen gewijzigd door iemand anders");
		return openApi -> {
			Schema<?> veld = new ObjectSchema().addProperty("name", new StringSchema())
				.addProperty("code", new StringSchema())
				.addProperty("reason", new StringSchema());
			openApi.getComponents()
				.addSchemas("Probleem", new ObjectSchema().description("RFC 9457 problem details, in het Nederlands")
					.addProperty("type", new StringSchema())
					.addProperty("title", new StringSchema())
					.addProperty("status", new IntegerSchema())
					.addProperty("detail", new StringSchema())
					.addProperty("instance", new StringSchema())
					.addProperty("invalidParams", new ArraySchema().items(veld)));
			var inhoud = new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Probleem")));
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().values().forEach(pad -> pad.readOperations().forEach(operatie -> fouten.forEach(
					(code, omschrijving) -> operatie.getResponses()
						.putIfAbsent(code, new ApiResponse().description(omschrijving).content(inhoud)))));
		};
	}

}
