// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/**
 * The national aanleverAPI v1.0 contract, read from the reference OpenAPI document: JSON Schema validation of a
 * request body (networknt, draft 2020-12, the spec's components as $defs) and the operations that exist.
 *
 * <p>Two repairs of the published spec before validating: {@code "type": "enum"} (not a JSON Schema type, put beside
 * every $ref to an enum) is dropped, because no value can ever match it; the enum itself still applies. And the
 * custom {@code max_length_without_html} is checked here, as the validator ignores unknown keywords.
 */
final class AanleverContract {

	static final Path SPEC = Path.of("../shared/reference/algoritmeregister_aanleverapi_v1_0.openapi.json");

	/** Set by the national register itself; required in v1_0__Algorithm, absent from the request body AlgorithmIn. */
	static final Set<String> DOOR_REGISTER = Set.of("lars", "create_dt", "language", "state");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern HTML = Pattern.compile("<[^>]+>");

	private final JsonNode spec;

	private final ObjectNode defs;

	AanleverContract() {
		try {
			this.spec = JSON.readTree(Files.readString(SPEC));
		}
		catch (IOException fout) {
			throw new UncheckedIOException("De referentie-OpenAPI ontbreekt: " + SPEC.toAbsolutePath(), fout);
		}
		this.defs = (ObjectNode) herschrijf(spec.path("components").path("schemas").deepCopy());
		// v1_0__Algorithm as submitted: without the fields the national register assigns.
		ObjectNode aanlevering = defs.get("v1_0__Algorithm").deepCopy();
		ArrayNode verplicht = JSON.createArrayNode();
		aanlevering.withArray("required").forEach(v -> {
			if (!DOOR_REGISTER.contains(v.asText())) {
				verplicht.add(v);
			}
		});
		aanlevering.set("required", verplicht);
		defs.set("v1_0__Algorithm_aanlevering", aanlevering);
	}

	/** Every broken rule of the body against a component schema; empty when valid. */
	List<String> fouten(String body, String schema) {
		JsonNode data;
		try {
			data = JSON.readTree(body);
		}
		catch (IOException fout) {
			return List.of("geen JSON: " + fout.getMessage());
		}
		ObjectNode wrapper = JSON.createObjectNode();
		wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		wrapper.put("$ref", "#/$defs/" + schema);
		wrapper.set("$defs", defs);
		JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(wrapper);
		List<String> fouten = new ArrayList<>();
		validator.validate(data).forEach(m -> fouten.add(m.getMessage()));
		JsonNode eigenschappen = defs.path(schema).path("properties");
		if (data.isObject()) {
			data.fieldNames().forEachRemaining(veld -> {
				JsonNode eigenschap = eigenschappen.get(veld);
				if (eigenschap == null) {
					fouten.add("$." + veld + ": staat niet in " + schema);
				}
				else if (eigenschap.has("max_length_without_html") && data.get(veld).isTextual()) {
					String zonderHtml = HTML.matcher(data.get(veld).asText()).replaceAll("");
					if (zonderHtml.codePointCount(0, zonderHtml.length()) > eigenschap.get("max_length_without_html").asInt()) {
						fouten.add("$." + veld + ": langer dan max_length_without_html");
					}
				}
			});
		}
		return fouten;
	}

	/** Whether the spec has this method on this path template (e.g. put, /organizations/{organisation_id}/...). */
	boolean heeftOperatie(String methode, String padTemplate) {
		return spec.path("paths").path(padTemplate).has(methode.toLowerCase());
	}

	/** The path template in the spec that a concrete path matches, or null. */
	String template(String pad) {
		Iterator<String> templates = spec.path("paths").fieldNames();
		while (templates.hasNext()) {
			String template = templates.next();
			if (pad.matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
				return template;
			}
		}
		return null;
	}

	/** The response codes the spec lists for an operation. */
	Set<String> antwoorden(String methode, String padTemplate) {
		Set<String> codes = new java.util.TreeSet<>();
		spec.path("paths").path(padTemplate).path(methode.toLowerCase()).path("responses").fieldNames()
			.forEachRemaining(codes::add);
		return codes;
	}

	/** The request body schema name of an operation, e.g. AlgorithmIn. */
	String verzoekSchema(String methode, String padTemplate) {
		String ref = spec.path("paths").path(padTemplate).path(methode.toLowerCase()).path("requestBody")
			.path("content").path("application/json").path("schema").path("$ref").asText(null);
		return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
	}

	static String alsJson(Map<String, Object> waarde) {
		try {
			return JSON.writeValueAsString(waarde);
		}
		catch (IOException fout) {
			throw new UncheckedIOException(fout);
		}
	}

	private static JsonNode herschrijf(JsonNode knoop) {
		if (knoop.isObject()) {
			ObjectNode object = (ObjectNode) knoop;
			if ("enum".equals(object.path("type").asText(null))) {
				object.remove("type");
			}
			JsonNode ref = object.get("$ref");
			if (ref != null && ref.isTextual()) {
				object.put("$ref", ref.asText().replace("#/components/schemas/", "#/$defs/"));
			}
			object.fields().forEachRemaining(e -> herschrijf(e.getValue()));
		}
		else if (knoop.isArray()) {
			knoop.forEach(AanleverContract::herschrijf);
		}
		return knoop;
	}

}
