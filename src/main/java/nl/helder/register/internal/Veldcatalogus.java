// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The fields of the publication standard, read once from the versioned data file that Helder ships. */
@Component
public class Veldcatalogus {

	static final String BESTAND = "data/register/publicatiestandaard-1.0.json";

	private final String versie;

	private final LocalDate geldigVanaf;

	private final List<Veld> velden;

	private final Map<String, Veld> opSleutel = new LinkedHashMap<>();

	record Bestand(String standaard, String versie, LocalDate geldigVanaf, String bron, List<Veld> velden) {
	}

	Veldcatalogus(JsonMapper json) {
		try (InputStream in = new ClassPathResource(BESTAND).getInputStream()) {
			Bestand bestand = json.readValue(in, Bestand.class);
			this.versie = bestand.versie();
			this.geldigVanaf = bestand.geldigVanaf();
			this.velden = List.copyOf(bestand.velden());
		}
		catch (IOException fout) {
			throw new UncheckedIOException(fout);
		}
		velden.forEach(v -> opSleutel.put(v.sleutel(), v));
	}

	public List<Veld> velden() {
		return velden;
	}

	public Optional<Veld> veld(String sleutel) {
		return Optional.ofNullable(opSleutel.get(sleutel));
	}

	public String versie() {
		return versie;
	}

	public LocalDate geldigVanaf() {
		return geldigVanaf;
	}

	/** The sections in catalogue order, each with its fields. */
	public Map<String, List<Veld>> perSectie() {
		Map<String, List<Veld>> secties = new LinkedHashMap<>();
		velden.forEach(v -> secties.computeIfAbsent(v.sectie(), s -> new java.util.ArrayList<>()).add(v));
		return secties;
	}

}
