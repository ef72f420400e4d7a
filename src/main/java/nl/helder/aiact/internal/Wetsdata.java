// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.shared.Rol;

/**
 * The law as Helder ships it: the versions of the legal timeline and the requirements with the conclusions they hold
 * for. Read and checked once at start-up; a mistake in a data file stops Helder with every problem named, because a
 * wrong due date is worse than no start.
 */
@Component
public class Wetsdata {

	static final String TIJDLIJNEN = "classpath:data/aiact/tijdlijnen/*.json";

	static final String VEREISTEN = "classpath:data/aiact/vereisten.json";

	private final List<Tijdlijn> tijdlijnen;

	private final Vereisten vereisten;

	private final Tijdlijn geldend;

	/** The requirements file: versioned, with the label vocabulary its conditions use. */
	@JsonIgnoreProperties("_uitleg")
	record Vereisten(String id, String versie, LocalDate geldigVanaf, String bron, Map<String, Set<String>> dimensies,
			String geenLabel, String inGebruikLabel, List<Vereiste> vereisten) {

		Vereisten {
			dimensies = dimensies == null ? Map.of() : Map.copyOf(dimensies);
			vereisten = vereisten == null ? List.of() : List.copyOf(vereisten);
		}

	}

	/**
	 * @param geldendeVersie the version of the legal timeline in force, until the platform administrator can choose
	 * it in Helder itself
	 */
	@Autowired
	Wetsdata(JsonMapper json, @Value("${helder.aiact.tijdlijn:2024.1}") String geldendeVersie) throws IOException {
		this(json, new PathMatchingResourcePatternResolver().getResources(TIJDLIJNEN),
				new PathMatchingResourcePatternResolver().getResource(VEREISTEN), geldendeVersie);
	}

	Wetsdata(JsonMapper json, Resource[] tijdlijnbestanden, Resource vereistenbestand, String geldendeVersie) {
		List<String> fouten = new ArrayList<>();
		List<Tijdlijn> gelezen = new ArrayList<>();
		for (Resource bestand : tijdlijnbestanden) {
			lees(json, bestand, Tijdlijn.class, fouten).ifPresent(gelezen::add);
		}
		gelezen.sort(Comparator.comparing(Tijdlijn::geldigVanaf, Comparator.nullsFirst(Comparator.naturalOrder())));
		this.tijdlijnen = List.copyOf(gelezen);
		this.vereisten = lees(json, vereistenbestand, Vereisten.class, fouten).orElse(null);
		if (fouten.isEmpty()) {
			controleer(fouten);
		}
		this.geldend = tijdlijn(geldendeVersie).orElse(null);
		if (fouten.isEmpty() && geldend == null) {
			fouten.add("de gekozen tijdlijn " + geldendeVersie + " bestaat niet (helder.aiact.tijdlijn)");
		}
		if (!fouten.isEmpty()) {
			throw new IllegalStateException("De wettelijke gegevens van Helder kloppen niet:\n- " + String.join("\n- ", fouten));
		}
	}

	/** The version of the legal timeline whose dates Helder shows. */
	public Tijdlijn geldendeTijdlijn() {
		return geldend;
	}

	/** The labels of a conclusion that belong to one dimension (such as risicogroep or rol), in vocabulary order. */
	public List<String> inDimensie(String dimensie, java.util.Collection<String> labels) {
		return vereisten.dimensies().getOrDefault(dimensie, Set.of()).stream().filter(labels::contains).sorted().toList();
	}

	/** Every version of the legal timeline, oldest first. */
	public List<Tijdlijn> tijdlijnen() {
		return tijdlijnen;
	}

	public Optional<Tijdlijn> tijdlijn(String versie) {
		return tijdlijnen.stream().filter(t -> t.versie().equals(versie)).findFirst();
	}

	public List<Vereiste> vereisten() {
		return vereisten.vereisten();
	}

	public String vereistenVersie() {
		return vereisten.versie();
	}

	/** The requirements that hold for a conclusion with these labels, each with its due date on this timeline. */
	public List<Verplichting> verplichtingen(Set<String> labels, Tijdlijn tijdlijn) {
		List<Verplichting> lijst = new ArrayList<>();
		for (Vereiste vereiste : vereisten.vereisten()) {
			if (past(vereiste.wanneer(), labels) && vereiste.nietAls().stream().noneMatch(n -> past(n, labels))) {
				lijst.add(new Verplichting(vereiste, mijlpaal(vereiste, labels, tijdlijn).orElse(null)));
			}
		}
		return lijst;
	}

	/** A requirement that holds, and the milestone that sets its due date (none: it holds already). */
	public record Verplichting(Vereiste vereiste, Tijdlijn.Mijlpaal mijlpaal) {

		public LocalDate deadline() {
			return mijlpaal == null ? null : mijlpaal.datum();
		}

	}

	private Optional<Tijdlijn.Mijlpaal> mijlpaal(Vereiste vereiste, Set<String> labels, Tijdlijn tijdlijn) {
		String sleutel = labels.contains(vereisten.inGebruikLabel()) && vereiste.mijlpaalAlsInGebruik() != null
				? vereiste.mijlpaalAlsInGebruik() : vereiste.mijlpaal();
		return sleutel == null ? Optional.empty() : tijdlijn.mijlpaal(sleutel);
	}

	/**
	 * Whether a conclusion fits a condition: per dimension, the conclusion's labels of that dimension (or the
	 * "no label" value when it has none) must share at least one value with the condition.
	 */
	private boolean past(Map<String, Set<String>> voorwaarde, Set<String> labels) {
		for (Map.Entry<String, Set<String>> dimensie : voorwaarde.entrySet()) {
			Set<String> waarden = new HashSet<>(vereisten.dimensies().get(dimensie.getKey()));
			waarden.retainAll(labels);
			if (waarden.isEmpty()) {
				waarden.add(vereisten.geenLabel());
			}
			if (waarden.stream().noneMatch(dimensie.getValue()::contains)) {
				return false;
			}
		}
		return true;
	}

	private void controleer(List<String> fouten) {
		if (tijdlijnen.isEmpty()) {
			fouten.add("er is geen wettelijke tijdlijn");
		}
		Set<String> versies = new HashSet<>();
		for (Tijdlijn tijdlijn : tijdlijnen) {
			String naam = "tijdlijn " + tijdlijn.versie();
			if (tijdlijn.versie() == null || tijdlijn.geldigVanaf() == null || tijdlijn.naam() == null) {
				fouten.add(naam + ": versie, naam en geldigVanaf zijn verplicht");
			}
			if (!versies.add(String.valueOf(tijdlijn.versie()))) {
				fouten.add(naam + ": deze versie staat er twee keer");
			}
			Set<String> sleutels = new HashSet<>();
			for (Tijdlijn.Mijlpaal mijlpaal : tijdlijn.mijlpalen()) {
				if (!sleutels.add(String.valueOf(mijlpaal.sleutel()))) {
					fouten.add(naam + ": mijlpaal '" + mijlpaal.sleutel() + "' staat er twee keer");
				}
				if (mijlpaal.datum() == null) {
					fouten.add(naam + ": mijlpaal '" + mijlpaal.sleutel() + "' heeft geen datum");
				}
			}
		}
		Map<String, Set<String>> dimensies = vereisten.dimensies();
		if (dimensies.isEmpty() || vereisten.geenLabel() == null || vereisten.inGebruikLabel() == null) {
			fouten.add("vereisten: dimensies, geenLabel en inGebruikLabel zijn verplicht");
			return;
		}
		Set<String> codes = new HashSet<>();
		for (Vereiste vereiste : vereisten.vereisten()) {
			String naam = "vereiste " + vereiste.code();
			if (!codes.add(String.valueOf(vereiste.code()))) {
				fouten.add(naam + ": deze code staat er twee keer");
			}
			if (vereiste.titel() == null || vereiste.titel().isBlank()) {
				fouten.add(naam + ": de titel ontbreekt");
			}
			if (Rol.vanCode(vereiste.verantwoordelijke()).isEmpty()) {
				fouten.add(naam + ": onbekende verantwoordelijke rol '" + vereiste.verantwoordelijke() + "'");
			}
			for (String sleutel : new String[] { vereiste.mijlpaal(), vereiste.mijlpaalAlsInGebruik() }) {
				for (Tijdlijn tijdlijn : tijdlijnen) {
					if (sleutel != null && tijdlijn.mijlpaal(sleutel).isEmpty()) {
						fouten.add(naam + ": mijlpaal '" + sleutel + "' staat niet in tijdlijn " + tijdlijn.versie());
					}
				}
			}
			List<Map<String, Set<String>>> voorwaarden = new ArrayList<>(vereiste.nietAls());
			voorwaarden.add(0, vereiste.wanneer());
			for (Map<String, Set<String>> voorwaarde : voorwaarden) {
				voorwaarde.forEach((dimensie, waarden) -> {
					if (!dimensies.containsKey(dimensie)) {
						fouten.add(naam + ": onbekende dimensie '" + dimensie + "'");
						return;
					}
					waarden.stream()
						.filter(w -> !dimensies.get(dimensie).contains(w) && !w.equals(vereisten.geenLabel()))
						.forEach(w -> fouten.add(naam + ": '" + w + "' is geen waarde van dimensie '" + dimensie + "'"));
				});
			}
		}
	}

	private static <T> Optional<T> lees(JsonMapper json, Resource bestand, Class<T> soort, List<String> fouten) {
		try (InputStream in = bestand.getInputStream()) {
			return Optional.of(json.readValue(in, soort));
		}
		catch (IOException | JacksonException fout) {
			fouten.add(bestand.getFilename() + " is niet te lezen: " + fout.getMessage());
			return Optional.empty();
		}
	}

}
