// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Field values as JSON text; the column is jsonb (the write casts), so PostgreSQL can query them later. */
@Converter
class JsonKolom implements AttributeConverter<Map<String, Object>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(Map<String, Object> waarden) {
		return JSON.writeValueAsString(waarden == null ? Map.of() : waarden);
	}

	@Override
	public Map<String, Object> convertToEntityAttribute(String kolom) {
		return kolom == null ? new LinkedHashMap<>() : JSON.readValue(kolom, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

}
