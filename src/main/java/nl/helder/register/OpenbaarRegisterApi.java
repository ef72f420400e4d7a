// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.register.internal.OpenbaarCsv;
import nl.helder.register.internal.OpenbaarRegister;
import nl.helder.shared.Openbaar;

/** Open data: the published toepassingen of a municipality, in the field names of the standard v1.0. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Openbaar register", description = "Zonder inloggen: alleen gepubliceerde versies, met de veldnamen van de "
		+ "publicatiestandaard v1.0. ETag en If-None-Match worden ondersteund; CORS staat open voor iedereen.")
class OpenbaarRegisterApi {

	private final OpenbaarRegister register;

	private final Organisatiegids organisaties;

	private final JsonMapper json;

	private final OpenbaarCsv csv;

	OpenbaarRegisterApi(OpenbaarRegister register, Organisatiegids organisaties, JsonMapper json, OpenbaarCsv csv) {
		this.csv = csv;
		this.register = register;
		this.organisaties = organisaties;
		this.json = json;
	}

	@Operation(summary = "Alle gepubliceerde toepassingen van een gemeente")
	@ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			array = @ArraySchema(schema = @Schema(type = "object", additionalPropertiesSchema = Object.class))))
	@Openbaar
	@GetMapping("/api/v1/openbaar/organisaties/{gemeentecode}/toepassingen")
	ResponseEntity<byte[]> lijst(@PathVariable String gemeentecode, WebRequest verzoek) {
		gemeente(gemeentecode);
		return alsJson(register.gepubliceerd(gemeentecode), verzoek);
	}

	@Operation(summary = "Alle gepubliceerde toepassingen als CSV",
			description = "Eén rij per toepassing, een kolom per veld van de standaard, gescheiden door puntkomma's, UTF-8 met BOM. "
					+ "Waarden die een spreadsheet als formule zou uitvoeren, beginnen met een apostrof.")
	@Openbaar
	@GetMapping(path = "/api/v1/openbaar/organisaties/{gemeentecode}/toepassingen.csv", produces = "text/csv")
	ResponseEntity<String> csv(@PathVariable String gemeentecode, WebRequest verzoek) {
		gemeente(gemeentecode);
		String tekst = csv.schrijf(register.gepubliceerd(gemeentecode));
		ResponseEntity<String> antwoord = metEtag(tekst, tekst.getBytes(StandardCharsets.UTF_8), verzoek);
		return ResponseEntity.status(antwoord.getStatusCode())
			.headers(antwoord.getHeaders())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"algoritmeregister-" + gemeentecode + ".csv\"")
			.body(antwoord.getBody());
	}

	@Operation(summary = "Eén gepubliceerde toepassing")
	@ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(type = "object", additionalPropertiesSchema = Object.class)))
	@Openbaar
	@GetMapping("/api/v1/openbaar/organisaties/{gemeentecode}/toepassingen/{id}")
	ResponseEntity<byte[]> toon(@PathVariable String gemeentecode, @PathVariable UUID id, WebRequest verzoek) {
		gemeente(gemeentecode);
		return alsJson(register.gepubliceerd(gemeentecode, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), verzoek);
	}

	private void gemeente(String code) {
		if (organisaties.vind(code).filter(o -> o.isGemeente()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/**
	 * The body serialised once: the ETag is computed over these bytes and the same bytes are sent. Serialising for
	 * the ETag and again for the body cost about as much as the rest of the request (bench/register.sh).
	 */
	private ResponseEntity<byte[]> alsJson(Object inhoud, WebRequest verzoek) {
		byte[] body = json.writeValueAsBytes(inhoud);
		ResponseEntity<byte[]> antwoord = metEtag(body, body, verzoek);
		return antwoord.getStatusCode() == HttpStatus.NOT_MODIFIED ? antwoord
				: ResponseEntity.ok().headers(antwoord.getHeaders()).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/** A strong ETag over the exact body bytes, so a client or cache can ask "changed since?" and get 304. */
	private static <T> ResponseEntity<T> metEtag(T inhoud, byte[] bytes, WebRequest verzoek) {
		String etag = "\"" + sha256(bytes) + "\"";
		if (verzoek.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(inhoud);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException onmogelijk) {
			throw new IllegalStateException(onmogelijk);
		}
	}

}
