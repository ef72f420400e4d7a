// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A list of JSON objects or values in a jsonb column (the column's write casts). */
@Converter
class JsonLijst implements AttributeConverter<List<Object>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(List<Object> lijst) {
		return JSON.writeValueAsString(lijst == null ? List.of() : lijst);
	}

	@Override
	public List<Object> convertToEntityAttribute(String kolom) {
		return kolom == null ? new ArrayList<>() : JSON.readValue(kolom, new TypeReference<ArrayList<Object>>() {
		});
	}

	/** An answer as stored: question, 0-based position of the answer, its text, and the user's remark. */
	static Map<String, Object> stap(String vraagId, int index, String antwoord, String opmerking) {
		return opmerking == null || opmerking.isBlank()
				? Map.of("vraagId", vraagId, "antwoordIndex", index, "antwoord", antwoord)
				: Map.of("vraagId", vraagId, "antwoordIndex", index, "antwoord", antwoord, "opmerking", opmerking);
	}

}
