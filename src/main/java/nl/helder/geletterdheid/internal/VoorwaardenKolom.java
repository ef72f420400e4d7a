// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A rule's conditions as JSON text: data the evaluator reads, so new rules need no code. */
@Converter
class VoorwaardenKolom implements AttributeConverter<List<Voorwaarde>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(List<Voorwaarde> voorwaarden) {
		return JSON.writeValueAsString(voorwaarden == null ? List.of() : voorwaarden);
	}

	@Override
	public List<Voorwaarde> convertToEntityAttribute(String kolom) {
		return kolom == null ? List.of() : JSON.readValue(kolom, new TypeReference<List<Voorwaarde>>() {
		});
	}

}
