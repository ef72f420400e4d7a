// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Helder carries the fields of the Algoritmeregister publication standard as its own data file, so the product never
 * reads ../shared at run time. This test holds that file against the reference extracted from the register's own
 * configuration: every fact (keys, order, limits, mandatory, value lists, display rule, weight) must be the same, and
 * every sentence must be Helder's own, because the reference's texts may not be copied.
 */
class PublicatiestandaardDataTest {

	private static final String EIGEN = "/data/register/publicatiestandaard-1.0.json";

	private static final Path REFERENTIE = Path.of("../shared/reference/algoritmeregister_v1_0_fields.json");

	/** Filled in by the register itself, so not something a municipality fills in. */
	private static final Set<String> SYSTEEMVELDEN = Set.of("lars", "publication_dt");

	private static final Set<String> GROEPEN = Set.of("lawful_basis_grouping", "impacttoetsen_grouping",
			"source_data_grouping");

	private static final Set<String> URLS = Set.of("website", "url", "process_index_url", "publiccode");

	private static final Map<String, String> WEERGAVE = Map.of("Verplicht", "VERPLICHT", "Ja", "ALTIJD", "Nee",
			"ALS_INGEVULD", "Nooit tonen", "NOOIT", "Nooit tonen, wel verplicht", "NOOIT");

	private static final Set<String> TYPEN = Set.of("tekst", "html", "keuze", "keuzes", "maand", "url", "contact",
			"groep", "vast");

	/** A run this long in common is copying, not two people naming the same thing. */
	private static final int OVERGENOMEN_RUN = 40;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static JsonNode eigen;

	@BeforeAll
	static void leesEigenBestand() throws Exception {
		try (InputStream in = PublicatiestandaardDataTest.class.getResourceAsStream(EIGEN)) {
			assertThat(in).as("%s staat op het classpath", EIGEN).isNotNull();
			eigen = JSON.readTree(in);
		}
	}

	@Test
	void hetBestandHeeftDeAfgesprokenVorm() {
		assertThat(eigen.get("standaard").asString()).isEqualTo("Algoritmeregister-publicatiestandaard");
		assertThat(eigen.get("versie").asString()).isEqualTo("1.0");
		assertThat(eigen.get("geldigVanaf").asString()).isEqualTo("2024-11-29");
		assertThat(eigen.get("bron").asString()).isNotBlank().doesNotContain("\n");
		Set<String> sleutels = Set.of("sleutel", "sectie", "label", "type", "maxLengte", "verplichtBijPublicatie",
				"weergave", "waarden", "aanbevolen", "htmlTags", "gewicht", "uitleg", "voorbeeld", "onderdelen");
		for (JsonNode veld : alleVelden(eigen)) {
			assertThat(veld.propertyNames()).as(veld.get("sleutel").asString()).containsExactlyInAnyOrderElementsOf(sleutels);
			assertThat(veld.get("type").asString()).isIn(TYPEN);
			assertThat(veld.get("uitleg").asString()).as("uitleg van %s", veld.get("sleutel")).isNotBlank();
			assertThat(veld.get("voorbeeld").asString()).as("voorbeeld van %s", veld.get("sleutel")).isNotBlank();
			assertThat(veld.get("onderdelen").isNull()).isEqualTo(!veld.get("type").asString().equals("groep"));
		}
	}

	@Test
	void deFeitenZijnDieVanDeStandaard() {
		assertThat(verschillen(eigen, referentie())).isEmpty();
	}

	@Test
	void deTekstenZijnInEigenWoorden() {
		assertThat(overgenomen(eigen, referentie())).isEmpty();
	}

	/** Without this the two checks above could pass by comparing nothing. */
	@Test
	void deVergelijkingZiet6SoortenFouten() {
		JsonNode referentie = referentie();
		ArrayNode velden = (ArrayNode) eigen.deepCopy().get("velden");
		ObjectNode fout = JSON.createObjectNode().set("velden", velden);
		((ObjectNode) velden.get(0)).put("maxLengte", 99);
		((ObjectNode) velden.get(1)).put("weergave", "ALTIJD");
		((ObjectNode) velden.get(4)).set("waarden", JSON.createArrayNode().add("In gebruik").add("Buiten gebruik"));
		((ObjectNode) velden.get(2)).put("gewicht", 2);
		JsonNode impacttoets = onderdeel(velden, "impacttoetsen_grouping", "title");
		((ArrayNode) impacttoets.get("aanbevolen")).remove(0);
		velden.insert(5, velden.remove(6));

		assertThat(verschillen(fout, referentie)).anySatisfy(v -> assertThat(v).startsWith("sleutels:"))
			.anySatisfy(v -> assertThat(v).startsWith("name: maxLengte"))
			.anySatisfy(v -> assertThat(v).startsWith("description_short: weergave"))
			.anySatisfy(v -> assertThat(v).startsWith("status: waarden"))
			.anySatisfy(v -> assertThat(v).startsWith("organization: gewicht"))
			.anySatisfy(v -> assertThat(v).startsWith("impacttoetsen_grouping.title: aanbevolen"));

		// a reference sentence with only its case and spacing changed is still copied
		String zin = referentieveld(referentie, "goal").get("instructions_nl").asString();
		((ObjectNode) velden.get(11)).put("uitleg", "Kort gezegd: " + zin.substring(10, 80).toUpperCase().replace(" ", "  "));
		assertThat(overgenomen(fout, referentie)).singleElement().asString().startsWith("goal.uitleg");
	}

	private static List<String> verschillen(JsonNode eigen, JsonNode referentie) {
		List<String> uit = new ArrayList<>();
		Map<String, JsonNode> ref = new LinkedHashMap<>();
		for (JsonNode r : referentie.get("fields")) {
			if (!SYSTEEMVELDEN.contains(r.get("api_key").asString())) {
				ref.put(r.get("api_key").asString(), r);
			}
		}
		Map<String, JsonNode> ons = new LinkedHashMap<>();
		for (JsonNode veld : eigen.get("velden")) {
			ons.put(veld.get("sleutel").asString(), veld);
			for (JsonNode kind : veld.path("onderdelen")) {
				ons.put(veld.get("sleutel").asString() + "." + kind.get("sleutel").asString(), kind);
			}
		}
		if (!List.copyOf(ons.keySet()).equals(List.copyOf(ref.keySet()))) {
			uit.add("sleutels: " + ons.keySet() + " in plaats van " + ref.keySet());
		}
		ons.forEach((sleutel, veld) -> {
			JsonNode r = ref.get(sleutel);
			if (r == null) {
				return;
			}
			vergelijk(uit, sleutel, "label", veld.get("label").asString(), r.get("title_nl").asString());
			vergelijk(uit, sleutel, "maxLengte", getal(veld.get("maxLengte")), getal(r.get("max_length")));
			vergelijk(uit, sleutel, "verplicht", veld.get("verplichtBijPublicatie").asBoolean(),
					r.get("required_api").asBoolean());
			vergelijk(uit, sleutel, "weergave", veld.get("weergave").asString(), weergave(r));
			vergelijk(uit, sleutel, "waarden", lijst(veld.get("waarden")), lijst(r.get("permitted_values")));
			vergelijk(uit, sleutel, "aanbevolen", lijst(veld.get("aanbevolen")), lijst(r.get("recommended_items")));
			vergelijk(uit, sleutel, "htmlTags", lijst(veld.get("htmlTags")), lijst(r.get("allowed_html_tags")));
			Integer gewicht = getal(r.get("quality_weight_beheer"));
			vergelijk(uit, sleutel, "gewicht", getal(veld.get("gewicht")), gewicht == null ? 0 : gewicht);
			vergelijk(uit, sleutel, "type", veld.get("type").asString(), type(r));
		});
		return uit;
	}

	/** The field kinds of Helder, as the brief derives them from the standard's facts. */
	private static String type(JsonNode r) {
		String sleutel = r.get("api_key").asString();
		if (!r.get("parent").isNull()) {
			return sleutel.endsWith(".link") ? "url" : "tekst";
		}
		if (GROEPEN.contains(sleutel)) {
			return "groep";
		}
		if (Set.of("lang", "standard_version").contains(sleutel)) {
			return "vast";
		}
		if (!r.get("allowed_html_tags").isNull()) {
			return "html";
		}
		if (Set.of("begin_date", "end_date").contains(sleutel)) {
			return "maand";
		}
		if (sleutel.equals("contact_email")) {
			return "contact";
		}
		if (URLS.contains(sleutel)) {
			return "url";
		}
		if (r.get("type").asString().equals("enum")) {
			return "keuze";
		}
		return r.get("permitted_values").isNull() ? "tekst" : "keuzes";
	}

	/**
	 * The groups have no display rule in the standard's document; the register's configuration shows them only when
	 * filled in (show_always false), which is what ALS_INGEVULD means.
	 */
	private static String weergave(JsonNode r) {
		JsonNode regel = r.get("display_rule_doc");
		if (regel.isNull()) {
			return r.get("show_always_config").asBoolean() ? "ALTIJD" : "ALS_INGEVULD";
		}
		return Objects.requireNonNull(WEERGAVE.get(regel.asString()), () -> "onbekende weergaveregel " + regel);
	}

	private static List<String> overgenomen(JsonNode eigen, JsonNode referentie) {
		List<String> hunTeksten = new ArrayList<>();
		for (JsonNode r : referentie.get("fields")) {
			for (String naam : List.of("help_text_nl", "instructions_nl", "example")) {
				JsonNode tekst = r.path(naam);
				if (tekst.isString()) {
					hunTeksten.add(normaal(tekst.asString()));
				}
			}
		}
		List<String> uit = new ArrayList<>();
		for (JsonNode veld : alleVelden(eigen)) {
			for (String naam : List.of("uitleg", "voorbeeld")) {
				String tekst = normaal(veld.get(naam).asString());
				for (int i = 0; i + OVERGENOMEN_RUN <= tekst.length(); i++) {
					String run = tekst.substring(i, i + OVERGENOMEN_RUN);
					if (hunTeksten.stream().anyMatch(h -> h.contains(run))) {
						uit.add(veld.get("sleutel").asString() + "." + naam + ": \"" + run + "\"");
						break;
					}
				}
			}
		}
		return uit;
	}

	private static String normaal(String tekst) {
		return tekst.toLowerCase().replaceAll("\\s+", " ").strip();
	}

	private static List<JsonNode> alleVelden(JsonNode bestand) {
		List<JsonNode> uit = new ArrayList<>();
		for (JsonNode veld : bestand.get("velden")) {
			uit.add(veld);
			veld.path("onderdelen").forEach(uit::add);
		}
		return uit;
	}

	private static JsonNode onderdeel(JsonNode velden, String groep, String sleutel) {
		for (JsonNode veld : velden) {
			if (veld.get("sleutel").asString().equals(groep)) {
				for (JsonNode kind : veld.get("onderdelen")) {
					if (kind.get("sleutel").asString().equals(sleutel)) {
						return kind;
					}
				}
			}
		}
		throw new AssertionError(groep + "." + sleutel + " ontbreekt");
	}

	private static JsonNode referentieveld(JsonNode referentie, String sleutel) {
		for (JsonNode r : referentie.get("fields")) {
			if (r.get("api_key").asString().equals(sleutel)) {
				return r;
			}
		}
		throw new AssertionError(sleutel + " ontbreekt in de referentie");
	}

	private static void vergelijk(List<String> uit, String sleutel, String wat, Object ons, Object hun) {
		if (!Objects.equals(ons, hun)) {
			uit.add(sleutel + ": " + wat + " is " + ons + ", de standaard zegt " + hun);
		}
	}

	private static Integer getal(JsonNode n) {
		return n == null || n.isNull() ? null : n.asInt();
	}

	private static List<String> lijst(JsonNode n) {
		if (n == null || n.isNull()) {
			return null;
		}
		List<String> uit = new ArrayList<>();
		n.forEach(w -> uit.add(w.asString()));
		return uit;
	}

	private static JsonNode referentie() {
		assumeTrue(Files.isRegularFile(REFERENTIE), () -> "Referentie " + REFERENTIE.toAbsolutePath()
				+ " ontbreekt (../shared naast de checkout); de vergelijking met de standaard is overgeslagen.");
		try {
			return JSON.readTree(REFERENTIE.toFile());
		}
		catch (Exception e) {
			throw new IllegalStateException("Referentie onleesbaar: " + REFERENTIE, e);
		}
	}

}
