// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import nl.helder.assessments.internal.Vragenlijst.Optie;
import nl.helder.assessments.internal.Vragenlijst.Regel;
import nl.helder.assessments.internal.Vragenlijst.Vraag;

/**
 * All definitions Helder ships, every version, read and checked once at start-up. A broken file stops Helder from
 * starting with a Dutch explanation: better than a form that fails in front of a user.
 */
@Component
public class Vragenlijstcatalogus {

	static final String MAP = "data/assessments/vragenlijsten/";

	static final String GEDEELD = "data/assessments/gedeelde-gegevens.json";

	private final List<Vragenlijst> alle;

	private final Map<String, GedeeldGegeven> gedeeld;

	private final Clock klok;

	@Autowired
	Vragenlijstcatalogus(JsonMapper json, Clock klok) {
		this(leesAlles(), leesGedeeld(json), klok);
	}

	/** For tests: a catalogue of given definitions, checked the same way. */
	public Vragenlijstcatalogus(List<Vragenlijst> vragenlijsten, Map<String, GedeeldGegeven> gedeeld, Clock klok) {
		controleer(vragenlijsten, gedeeld);
		this.alle = vragenlijsten.stream()
			.sorted(Comparator.comparing(Vragenlijst::id).thenComparing(Vragenlijst::geldigVanaf))
			.toList();
		this.gedeeld = Map.copyOf(gedeeld);
		this.klok = klok;
	}

	/** Every version of every definition. */
	public List<Vragenlijst> alle() {
		return alle;
	}

	/** The newest version of each definition that is in force today, in a stable order. */
	public List<Vragenlijst> actueel() {
		Map<String, Vragenlijst> perId = new LinkedHashMap<>();
		alle.forEach(v -> actueel(v.id()).ifPresent(a -> perId.putIfAbsent(v.id(), a)));
		return List.copyOf(perId.values());
	}

	/** The version in force today: the one with the latest geldigVanaf that is not in the future. */
	public Optional<Vragenlijst> actueel(String id) {
		LocalDate vandaag = LocalDate.now(klok);
		return alle.stream()
			.filter(v -> v.id().equals(id) && !v.geldigVanaf().isAfter(vandaag))
			.max(Comparator.comparing(Vragenlijst::geldigVanaf));
	}

	public Optional<Vragenlijst> versie(String id, String versie) {
		return alle.stream().filter(v -> v.id().equals(id) && v.versie().equals(versie)).findFirst();
	}

	public Map<String, GedeeldGegeven> gedeeld() {
		return gedeeld;
	}

	/** What only the whole set can show: duplicate versions, rules to unknown instruments, unknown shared keys. */
	static void controleer(List<Vragenlijst> vragenlijsten, Map<String, GedeeldGegeven> gedeeld) {
		List<String> fouten = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<String> versies = new HashSet<>();
		vragenlijsten.forEach(v -> ids.add(v.id()));
		for (Vragenlijst v : vragenlijsten) {
			String naam = "Vragenlijst " + v.id() + " " + v.versie() + ": ";
			if (!versies.add(v.id() + " " + v.versie())) {
				fouten.add(naam + "deze versie bestaat twee keer. Geef een nieuwe versie een eigen versienummer.");
			}
			for (Regel r : v.regels()) {
				if (!ids.contains(r.instrument())) {
					fouten.add(naam + "regel '" + r.id() + "' verwijst naar de vragenlijst '" + r.instrument()
							+ "', maar die bestaat niet. Bestaande vragenlijsten: " + String.join(", ", ids.stream().sorted().toList()) + ".");
				}
				else if (r.instrument().equals(v.id())) {
					fouten.add(naam + "regel '" + r.id() + "' verwijst naar de vragenlijst zelf.");
				}
			}
			for (Vraag vraag : v.vragen()) {
				if (vraag.gedeeldeSleutel() == null) {
					continue;
				}
				GedeeldGegeven g = gedeeld.get(vraag.gedeeldeSleutel());
				if (g == null) {
					fouten.add(naam + "vraag '" + vraag.id() + "' deelt het antwoord onder de sleutel '"
							+ vraag.gedeeldeSleutel() + "', maar die sleutel staat niet in " + GEDEELD + ".");
				}
				else if (g.type() != vraag.type()) {
					fouten.add(naam + "vraag '" + vraag.id() + "' is van het type " + vraag.type().code()
							+ ", maar het gedeelde gegeven '" + g.sleutel() + "' is van het type " + g.type().code() + ".");
				}
				else if (vraag.type().isKeuze()
						&& !new HashSet<>(vraag.opties().stream().map(Optie::code).toList()).equals(new HashSet<>(g.opties()))) {
					fouten.add(naam + "vraag '" + vraag.id() + "' heeft andere opties dan het gedeelde gegeven '"
							+ g.sleutel() + "' (" + String.join(", ", g.opties()) + ").");
				}
			}
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeVragenlijst(fouten);
		}
	}

	private static List<Vragenlijst> leesAlles() {
		try {
			Resource[] bestanden = new PathMatchingResourcePatternResolver().getResources("classpath*:" + MAP + "*.json");
			List<Vragenlijst> lijst = new ArrayList<>();
			List<String> fouten = new ArrayList<>();
			for (Resource bestand : bestanden) {
				try (InputStream in = bestand.getInputStream()) {
					lijst.add(VragenlijstLezer.lees(bestand.getFilename(), in));
				}
				catch (OngeldigeVragenlijst fout) {
					fouten.addAll(fout.fouten());
				}
			}
			if (!fouten.isEmpty()) {
				throw new OngeldigeVragenlijst(fouten);
			}
			return lijst;
		}
		catch (IOException fout) {
			throw new UncheckedIOException(fout);
		}
	}

	record GedeeldBestand(String versie, List<GedeeldGegeven> gegevens) {
	}

	static Map<String, GedeeldGegeven> leesGedeeld(JsonMapper json) {
		try (InputStream in = new org.springframework.core.io.ClassPathResource(GEDEELD).getInputStream()) {
			Map<String, GedeeldGegeven> gedeeld = new LinkedHashMap<>();
			json.readValue(in, GedeeldBestand.class).gegevens().forEach(g -> gedeeld.put(g.sleutel(), g));
			return gedeeld;
		}
		catch (IOException fout) {
			throw new UncheckedIOException(fout);
		}
	}

}
