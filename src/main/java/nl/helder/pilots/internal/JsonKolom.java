// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scores and frozen evidence as JSON text in a jsonb column (the write casts). */
@Converter
class JsonKolom implements AttributeConverter<Map<String, Object>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(Map<String, Object> waarden) {
		return waarden == null ? null : JSON.writeValueAsString(waarden);
	}

	@Override
	public Map<String, Object> convertToEntityAttribute(String kolom) {
		return kolom == null ? null : JSON.readValue(kolom, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

}
