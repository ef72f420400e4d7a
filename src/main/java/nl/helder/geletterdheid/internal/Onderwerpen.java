// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The topic list of trainings, a data file shipped with Helder (data/geletterdheid/onderwerpen.json). */
public final class Onderwerpen {

	private static final Map<String, String> NAMEN = lees();

	private Onderwerpen() {
	}

	public static Map<String, String> namen() {
		return NAMEN;
	}

	public static List<String> codes() {
		return List.copyOf(NAMEN.keySet());
	}

	private static Map<String, String> lees() {
		try (InputStream in = Onderwerpen.class.getResourceAsStream("/data/geletterdheid/onderwerpen.json")) {
			JsonNode boom = JsonMapper.builder().build().readTree(in);
			Map<String, String> namen = new LinkedHashMap<>();
			boom.get("onderwerpen").forEach(o -> namen.put(o.get("code").asString(), o.get("naam").asString()));
			return java.util.Collections.unmodifiableMap(namen);
		}
		catch (IOException fout) {
			throw new UncheckedIOException(fout);
		}
	}

}
