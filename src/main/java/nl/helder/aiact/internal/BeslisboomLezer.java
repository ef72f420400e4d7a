// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import nl.helder.aiact.Antwoord;
import nl.helder.aiact.Antwoord.Doel;
import nl.helder.aiact.Antwoord.Doorverwijzing;
import nl.helder.aiact.Antwoord.Soort;
import nl.helder.aiact.Beslisboom;
import nl.helder.aiact.Boomformaat;
import nl.helder.aiact.Bron;
import nl.helder.aiact.Conclusie;
import nl.helder.aiact.Melding;
import nl.helder.aiact.OngeldigeBeslisboom;
import nl.helder.aiact.Voorwaarde;
import nl.helder.aiact.Vraag;

/**
 * Reads a decision tree in the structure of the official beslishulp (JSON or YAML) and checks it completely before
 * anyone can use it: types and required fields, unique ids, every reference, every condition, and then every path a
 * user can take (see {@link Padcontrole}). All findings are collected, so an author sees them at once.
 * <p>
 * Field names are the official ones ({@code questionId}, {@code answers}, {@code redirects}, ...); the tree's own
 * name and version may be given as {@code naam}/{@code name} and {@code versie}/{@code version}, and an effective
 * date as {@code geldigVanaf}. Unknown fields are ignored, so the official file with all its extras can be loaded.
 */
public final class BeslisboomLezer {

	static final int MAX_NAAM = 200;

	static final int MAX_VERSIE = 50;

	/** Duplicate keys are an error rather than "the last one wins": an author would not notice the lost one. */
	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final List<Melding> fouten = new ArrayList<>();

	private BeslisboomLezer() {
	}

	/** A checked tree with the name and version it gives itself. */
	public record Gelezen(Beslisboom boom, String naam, String versie) {
	}

	/**
	 * @throws OngeldigeBeslisboom with every finding, in Dutch/English message keys
	 */
	public static Gelezen lees(String tekst, Boomformaat formaat) {
		return new BeslisboomLezer().leesBoom(tekst, formaat);
	}

	private Gelezen leesBoom(String tekst, Boomformaat formaat) {
		if (tekst == null || tekst.isBlank()) {
			throw new OngeldigeBeslisboom(List.of(Melding.van("aiact.boom.leeg")));
		}
		JsonNode wortel;
		try {
			wortel = (formaat == Boomformaat.YAML ? YAML : JSON).readTree(tekst);
		}
		catch (JacksonException fout) {
			TokenStreamLocation plek = fout.getLocation();
			throw new OngeldigeBeslisboom(List.of(Melding.van(
					formaat == Boomformaat.YAML ? "aiact.boom.yaml" : "aiact.boom.json",
					plek == null ? "?" : String.valueOf(plek.getLineNr()),
					plek == null ? "?" : String.valueOf(plek.getColumnNr()))));
		}
		if (wortel == null || wortel.isMissingNode() || wortel.isNull()) {
			throw new OngeldigeBeslisboom(List.of(Melding.van("aiact.boom.leeg")));
		}
		Melding boomPlaats = Melding.van("aiact.plaats.boom");
		if (!wortel.isObject()) {
			throw new OngeldigeBeslisboom(List.of(Melding.van("aiact.boom.geen-object", boomPlaats)));
		}
		String naam = verplichteTekst(wortel, boomPlaats, "naam", "name");
		String versie = verplichteTekst(wortel, boomPlaats, "versie", "version");
		lengte(boomPlaats, "naam", naam, MAX_NAAM);
		lengte(boomPlaats, "versie", versie, MAX_VERSIE);
		LocalDate geldigVanaf = datum(wortel, boomPlaats, "geldigVanaf");

		List<Vraag> vragen = new ArrayList<>();
		List<Conclusie> conclusies = new ArrayList<>();
		List<JsonNode> vraagKnopen = lijst(wortel, boomPlaats, "questions");
		List<JsonNode> conclusieKnopen = lijst(wortel, boomPlaats, "conclusions");
		if (vraagKnopen != null && vraagKnopen.isEmpty()) {
			fouten.add(Melding.van("aiact.boom.geen-vragen"));
		}
		if (conclusieKnopen != null && conclusieKnopen.isEmpty()) {
			fouten.add(Melding.van("aiact.boom.geen-conclusies"));
		}
		if (vraagKnopen != null) {
			for (int i = 0; i < vraagKnopen.size(); i++) {
				Vraag vraag = vraag(vraagKnopen.get(i), i + 1);
				if (vraag != null) {
					vragen.add(vraag);
				}
			}
		}
		if (conclusieKnopen != null) {
			for (int i = 0; i < conclusieKnopen.size(); i++) {
				Conclusie conclusie = conclusie(conclusieKnopen.get(i), i + 1);
				if (conclusie != null) {
					conclusies.add(conclusie);
				}
			}
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeBeslisboom(fouten);
		}
		verwijzingen(vragen, conclusies);
		if (!fouten.isEmpty()) {
			throw new OngeldigeBeslisboom(fouten);
		}
		Beslisboom boom = new Beslisboom(naam, versie, geldigVanaf, vragen, conclusies);
		fouten.addAll(Padcontrole.controleer(boom));
		if (!fouten.isEmpty()) {
			throw new OngeldigeBeslisboom(fouten);
		}
		return new Gelezen(boom, naam, versie);
	}

	// --- questions, answers, conclusions

	private Vraag vraag(JsonNode knoop, int nummer) {
		Melding plaats = Melding.van("aiact.plaats.vraag-nummer", String.valueOf(nummer));
		if (!knoop.isObject()) {
			fouten.add(Melding.van("aiact.boom.geen-object", plaats));
			return null;
		}
		String id = verplichteTekst(knoop, plaats, "questionId");
		if (id != null) {
			plaats = Melding.van("aiact.plaats.vraag", id);
		}
		String tekst = verplichteTekst(knoop, plaats, "question");
		String uitleg = tekst(knoop, plaats, "explanation");
		String categorie = tekst(knoop, plaats, "category");
		String subcategorie = tekst(knoop, plaats, "subcategory");
		List<Bron> bronnen = bronnen(knoop, plaats);
		List<JsonNode> antwoordKnopen = lijst(knoop, plaats, "answers");
		List<Antwoord> antwoorden = new ArrayList<>();
		if (antwoordKnopen != null && antwoordKnopen.isEmpty()) {
			fouten.add(Melding.van("aiact.boom.geen-antwoorden", plaats));
		}
		if (antwoordKnopen != null) {
			Set<String> gezien = new HashSet<>();
			for (int i = 0; i < antwoordKnopen.size(); i++) {
				Antwoord antwoord = antwoord(antwoordKnopen.get(i), id == null ? "#" + nummer : id, i + 1);
				if (antwoord != null) {
					if (!gezien.add(antwoord.tekst())) {
						fouten.add(Melding.van("aiact.boom.dubbel-antwoord", plaats, antwoord.tekst()));
					}
					antwoorden.add(antwoord);
				}
			}
		}
		if (id == null || tekst == null || antwoordKnopen == null) {
			return null;
		}
		return new Vraag(id, tekst, uitleg, categorie, subcategorie, bronnen, antwoorden);
	}

	private Antwoord antwoord(JsonNode knoop, String vraagId, int nummer) {
		Melding plaats = Melding.van("aiact.plaats.antwoord", vraagId, String.valueOf(nummer), "");
		if (!knoop.isObject()) {
			fouten.add(Melding.van("aiact.boom.geen-object", plaats));
			return null;
		}
		String tekst = verplichteTekst(knoop, plaats, "answer");
		if (tekst != null) {
			plaats = Melding.van("aiact.plaats.antwoord", vraagId, String.valueOf(nummer), tekst);
		}
		List<String> labels = teksten(knoop, plaats, "labels");
		String subresultaat = tekst(knoop, plaats, "subresult");
		String naarVraag = tekst(knoop, plaats, "nextQuestionId");
		String naarConclusie = tekst(knoop, plaats, "nextConclusionId");
		List<JsonNode> doorverwijzingen = knoop.has("redirects") ? lijst(knoop, plaats, "redirects") : null;
		int vervolgen = (naarVraag != null ? 1 : 0) + (naarConclusie != null ? 1 : 0)
				+ (knoop.has("redirects") ? 1 : 0);
		List<Doorverwijzing> vervolg = new ArrayList<>();
		if (vervolgen == 0 || doorverwijzingen != null && doorverwijzingen.isEmpty()) {
			fouten.add(Melding.van("aiact.boom.geen-vervolg", plaats));
		}
		else if (vervolgen > 1) {
			fouten.add(Melding.van("aiact.boom.meer-vervolg", plaats));
		}
		else if (naarVraag != null) {
			vervolg.add(new Doorverwijzing(null, new Voorwaarde.Vast(true), new Doel(Soort.VRAAG, naarVraag)));
		}
		else if (naarConclusie != null) {
			vervolg.add(new Doorverwijzing(null, new Voorwaarde.Vast(true), new Doel(Soort.CONCLUSIE, naarConclusie)));
		}
		else if (doorverwijzingen != null) {
			for (int i = 0; i < doorverwijzingen.size(); i++) {
				Doorverwijzing verwijzing = doorverwijzing(doorverwijzingen.get(i), plaats, vraagId, nummer, tekst, i + 1);
				if (verwijzing != null) {
					vervolg.add(verwijzing);
				}
			}
		}
		if (tekst == null || labels == null) {
			return null;
		}
		return new Antwoord(tekst, labels, subresultaat, vervolg);
	}

	private Doorverwijzing doorverwijzing(JsonNode knoop, Melding antwoordPlaats, String vraagId, int antwoordNummer,
			String antwoordTekst, int nummer) {
		Melding plaats = Melding.van("aiact.plaats.doorverwijzing", vraagId, String.valueOf(antwoordNummer),
				antwoordTekst == null ? "" : antwoordTekst, String.valueOf(nummer));
		if (!knoop.isObject()) {
			fouten.add(Melding.van("aiact.boom.geen-object", plaats));
			return null;
		}
		String als = verplichteTekst(knoop, plaats, "if");
		String naarVraag = tekst(knoop, plaats, "nextQuestionId");
		String naarConclusie = tekst(knoop, plaats, "nextConclusionId");
		if ((naarVraag == null) == (naarConclusie == null)) {
			fouten.add(Melding.van("aiact.boom.doorverwijzing-doel", plaats));
			return null;
		}
		if (als == null) {
			return null;
		}
		Voorwaarde voorwaarde;
		try {
			voorwaarde = VoorwaardeParser.lees(als);
		}
		catch (VoorwaardeParser.Fout fout) {
			fouten.add(Melding.van("aiact.boom.voorwaarde", plaats, als, fout.melding()));
			return null;
		}
		return new Doorverwijzing(als, voorwaarde,
				naarVraag != null ? new Doel(Soort.VRAAG, naarVraag) : new Doel(Soort.CONCLUSIE, naarConclusie));
	}

	private Conclusie conclusie(JsonNode knoop, int nummer) {
		Melding plaats = Melding.van("aiact.plaats.conclusie-nummer", String.valueOf(nummer));
		if (!knoop.isObject()) {
			fouten.add(Melding.van("aiact.boom.geen-object", plaats));
			return null;
		}
		String id = verplichteTekst(knoop, plaats, "conclusionId");
		if (id != null) {
			plaats = Melding.van("aiact.plaats.conclusie", id);
		}
		String tekst = verplichteTekst(knoop, plaats, "conclusion");
		String uitleg = tekst(knoop, plaats, "explanation");
		List<Bron> bronnen = bronnen(knoop, plaats);
		return id == null || tekst == null ? null : new Conclusie(id, tekst, uitleg, bronnen);
	}

	private List<Bron> bronnen(JsonNode knoop, Melding plaats) {
		List<Bron> bronnen = new ArrayList<>();
		if (!knoop.has("sources")) {
			return bronnen;
		}
		List<JsonNode> knopen = lijst(knoop, plaats, "sources");
		if (knopen == null) {
			return bronnen;
		}
		for (JsonNode bron : knopen) {
			if (!bron.isObject()) {
				fouten.add(Melding.van("aiact.boom.veld.bronnen", plaats, "sources"));
				continue;
			}
			String titel = verplichteTekst(bron, plaats, "source");
			String url = tekst(bron, plaats, "url");
			if (titel != null) {
				bronnen.add(new Bron(titel, url));
			}
		}
		return bronnen;
	}

	// --- references between questions and conclusions

	private void verwijzingen(List<Vraag> vragen, List<Conclusie> conclusies) {
		Set<String> vraagIds = new HashSet<>();
		Set<String> conclusieIds = new HashSet<>();
		Set<String> dubbel = new LinkedHashSet<>();
		vragen.forEach(v -> {
			if (!vraagIds.add(v.vraagId())) {
				dubbel.add(v.vraagId());
			}
		});
		dubbel.forEach(id -> fouten.add(Melding.van("aiact.boom.dubbele-vraag", id)));
		dubbel.clear();
		conclusies.forEach(c -> {
			if (!conclusieIds.add(c.conclusieId())) {
				dubbel.add(c.conclusieId());
			}
		});
		dubbel.forEach(id -> fouten.add(Melding.van("aiact.boom.dubbele-conclusie", id)));

		Set<String> gegevenLabels = new HashSet<>();
		vragen.forEach(v -> v.antwoorden().forEach(a -> gegevenLabels.addAll(a.labels())));
		for (Vraag vraag : vragen) {
			for (int i = 0; i < vraag.antwoorden().size(); i++) {
				Antwoord antwoord = vraag.antwoorden().get(i);
				Melding plaats = Melding.van("aiact.plaats.antwoord", vraag.vraagId(), String.valueOf(i + 1),
						antwoord.tekst());
				for (Doorverwijzing verwijzing : antwoord.vervolg()) {
					Doel doel = verwijzing.doel();
					if (doel.soort() == Soort.VRAAG && !vraagIds.contains(doel.id())) {
						fouten.add(Melding.van("aiact.boom.vraag-bestaat-niet", plaats, doel.id()));
					}
					if (doel.soort() == Soort.CONCLUSIE && !conclusieIds.contains(doel.id())) {
						fouten.add(Melding.van("aiact.boom.conclusie-bestaat-niet", plaats, doel.id()));
					}
					new TreeSet<>(verwijzing.voorwaarde().genoemdeLabels().toList()).stream()
						.filter(label -> !gegevenLabels.contains(label))
						.forEach(label -> fouten.add(Melding.van("aiact.boom.onbekend-label", plaats, label)));
				}
			}
		}
	}

	// --- typed fields

	private String verplichteTekst(JsonNode knoop, Melding plaats, String veld, String... andereNamen) {
		String waarde = tekst(knoop, plaats, veld, andereNamen);
		if (waarde == null && !heeftFoutOver(plaats, veld)) {
			fouten.add(Melding.van("aiact.boom.veld.verplicht", plaats, veld));
		}
		return waarde;
	}

	private boolean heeftFoutOver(Melding plaats, String veld) {
		return fouten.stream()
			.anyMatch(f -> f.argumenten().size() >= 2 && f.argumenten().get(0).equals(plaats)
					&& f.argumenten().get(1).equals(veld));
	}

	/** A trimmed text, or null when absent or blank. Numbers are refused: YAML would read 1.10 as 1.1. */
	private String tekst(JsonNode knoop, Melding plaats, String veld, String... andereNamen) {
		String naam = veld;
		JsonNode waarde = knoop.get(veld);
		for (int i = 0; (waarde == null || waarde.isNull()) && i < andereNamen.length; i++) {
			naam = andereNamen[i];
			waarde = knoop.get(naam);
		}
		if (waarde == null || waarde.isNull()) {
			return null;
		}
		if (!waarde.isString()) {
			fouten.add(Melding.van(waarde.isNumber() ? "aiact.boom.veld.getal" : "aiact.boom.veld.tekst", plaats, veld));
			return null;
		}
		String tekst = waarde.asString().trim();
		return tekst.isEmpty() ? null : tekst;
	}

	private List<String> teksten(JsonNode knoop, Melding plaats, String veld) {
		JsonNode waarde = knoop.get(veld);
		if (waarde == null || waarde.isNull()) {
			return List.of();
		}
		if (!waarde.isArray()) {
			fouten.add(Melding.van("aiact.boom.veld.teksten", plaats, veld));
			return null;
		}
		List<String> teksten = new ArrayList<>();
		for (JsonNode element : waarde) {
			if (!element.isString() || element.asString().isBlank()) {
				fouten.add(Melding.van("aiact.boom.veld.teksten", plaats, veld));
				return null;
			}
			teksten.add(element.asString().trim());
		}
		return teksten;
	}

	private List<JsonNode> lijst(JsonNode knoop, Melding plaats, String veld) {
		JsonNode waarde = knoop.get(veld);
		if (waarde == null || waarde.isNull()) {
			fouten.add(Melding.van("aiact.boom.veld.verplicht", plaats, veld));
			return null;
		}
		if (!waarde.isArray()) {
			fouten.add(Melding.van("aiact.boom.veld.lijst", plaats, veld));
			return null;
		}
		List<JsonNode> elementen = new ArrayList<>();
		waarde.forEach(elementen::add);
		return elementen;
	}

	private LocalDate datum(JsonNode knoop, Melding plaats, String veld) {
		String tekst = tekst(knoop, plaats, veld);
		if (tekst == null) {
			return null;
		}
		try {
			return LocalDate.parse(tekst);
		}
		catch (DateTimeParseException fout) {
			fouten.add(Melding.van("aiact.boom.veld.datum", plaats, veld));
			return null;
		}
	}

	private void lengte(Melding plaats, String veld, String waarde, int maximum) {
		if (waarde != null && waarde.length() > maximum) {
			fouten.add(Melding.van("aiact.boom.veld.lengte", plaats, veld, String.valueOf(maximum)));
		}
	}

}
