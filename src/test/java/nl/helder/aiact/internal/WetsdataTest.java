// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The law as data: the shipped timelines and requirements load, keep the Algoritmekader's facts, and give the due
 * dates the AI Act sets. The expected dates are written here from the regulation's articles, not computed.
 */
class WetsdataTest {

	private static final Path REFERENTIE = Path.of("../shared/reference/algoritmekader_vereisten_maatregelen.json");

	/** Strict: a misspelt key in a data file fails here, even though the application's mapper is lenient. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Wetsdata wet;

	private static Tijdlijn oorspronkelijk;

	private static Tijdlijn omnibus;

	@BeforeAll
	static void laad() {
		wet = new Wetsdata(JSON,
				new Resource[] { new ClassPathResource("data/aiact/tijdlijnen/digitale-omnibus-2026.json"),
						new ClassPathResource("data/aiact/tijdlijnen/ai-verordening-2024.json") },
				new ClassPathResource("data/aiact/vereisten.json"), "2024.1");
		oorspronkelijk = wet.tijdlijn("2024.1").orElseThrow();
		omnibus = wet.tijdlijn("2026.1").orElseThrow();
	}

	@Test
	void deTijdlijnenStaanOpVolgordeVanIngang() {
		assertThat(wet.tijdlijnen()).extracting(Tijdlijn::versie).containsExactly("2024.1", "2026.1");
		assertThat(wet.geldendeTijdlijn().versie()).isEqualTo("2024.1");
		assertThat(wet.tijdlijnen()).allSatisfy(t -> assertThat(t.id()).isEqualTo("ai-verordening"));
	}

	@Test
	void eenHoogRisicoSysteemVanDeGemeenteKrijgtDeDataUitDeVerordening() {
		Set<String> nieuw = Set.of("AI-systeem", "gebruiksverantwoordelijke", "in ontwikkeling", "hoog-risico AI",
				"transparantieverplichting", "geen open-source");
		// Art. 113: the high-risk regime applies from 2 August 2026; the Omnibus moves Annex III to 2 December 2027.
		assertThat(deadline(nieuw, oorspronkelijk, "aia-27")).isEqualTo(LocalDate.of(2026, 8, 2));
		assertThat(deadline(nieuw, omnibus, "aia-27")).isEqualTo(LocalDate.of(2027, 12, 2));
		// Art. 111(2): a public authority's system already in use before that date has until 2 August 2030.
		Set<String> bestaand = new HashSet<>(nieuw);
		bestaand.remove("in ontwikkeling");
		bestaand.add("in gebruik");
		assertThat(deadline(bestaand, oorspronkelijk, "aia-27")).isEqualTo(LocalDate.of(2030, 8, 2));
		assertThat(deadline(bestaand, omnibus, "aia-27")).isEqualTo(LocalDate.of(2030, 8, 2));
		// AI literacy (art. 4) and the GDPR do not move.
		assertThat(deadline(nieuw, omnibus, "aia-01")).isEqualTo(LocalDate.of(2025, 2, 2));
		assertThat(codes(nieuw, omnibus)).contains("aia-20", "aia-21", "aia-24", "aia-26", "avg-13", "grw-02")
			.doesNotContain("aia-03", "aia-16", "aia-00", "aia-29");
		assertThat(verplichting(nieuw, omnibus, "avg-13").deadline()).as("the GDPR applies already").isNull();
	}

	@Test
	void deRolBepaaltWelkeVereistenGelden() {
		Set<String> aanbieder = Set.of("AI-systeem", "aanbieder", "in ontwikkeling", "hoog-risico AI",
				"transparantieverplichting", "geen open-source");
		assertThat(codes(aanbieder, oorspronkelijk)).contains("aia-03", "aia-14", "aia-16", "aia-28")
			.doesNotContain("aia-20", "aia-27");
		Set<String> verboden = Set.of("AI-systeem", "gebruiksverantwoordelijke", "in gebruik", "verboden AI");
		assertThat(codes(verboden, oorspronkelijk)).contains("aia-00", "aia-01").doesNotContain("aia-20");
		assertThat(deadline(verboden, oorspronkelijk, "aia-00")).isEqualTo(LocalDate.of(2025, 2, 2));
	}

	@Test
	void openSourceZonderTransparantieplichtValtBuitenDeAiVerordening() {
		// Art. 2(12): free and open-source AI that is neither high-risk nor under art. 50 is out of scope.
		Set<String> open = Set.of("AI-systeem", "aanbieder", "in ontwikkeling", "geen hoog-risico AI",
				"geen transparantieverplichting", "open-source");
		Set<String> gesloten = new HashSet<>(open);
		gesloten.remove("open-source");
		gesloten.add("geen open-source");
		assertThat(codes(open, oorspronkelijk)).doesNotContain("aia-01", "aia-02").contains("avg-01");
		assertThat(codes(gesloten, oorspronkelijk)).contains("aia-01", "aia-02");
	}

	@Test
	void zonderAiSysteemGeldtGeenVereisteUitDezeLijst() {
		assertThat(wet.verplichtingen(Set.of("geen algoritme"), oorspronkelijk)).isEmpty();
	}

	@Test
	void deVereistenHoudenDeFeitenVanHetAlgoritmekaderInEigenWoorden() throws IOException {
		assumeTrue(Files.isRegularFile(REFERENTIE), "referentie ontbreekt (../shared naast de checkout)");
		JsonNode referentie = JSON.readTree(REFERENTIE.toFile());
		Map<String, Vereiste> eigen = wet.vereisten()
			.stream()
			.collect(Collectors.toMap(Vereiste::code, v -> v));
		assertThat(eigen).hasSize(referentie.get("vereisten").size());
		Map<String, String> dimensies = Map.of("soort-toepassing", "soort", "rol-ai-act", "rol", "risicogroep",
				"risicogroep", "transparantieverplichting", "transparantie", "systeemrisico", "systeemrisico",
				"open-source", "opensource");
		for (JsonNode ref : referentie.get("vereisten")) {
			Vereiste v = eigen.get(ref.get("code").asString());
			assertThat(v).as(ref.get("code").asString()).isNotNull();
			assertThat(v.titel()).as("eigen woorden voor %s", v.code()).isNotEqualToIgnoringCase(ref.get("title").asString());
			dimensies.forEach((refNaam, eigenNaam) -> {
				Set<String> verwacht = new HashSet<>();
				ref.path(refNaam).forEach(w -> verwacht.add(alsLabel(w.asString())));
				assertThat(v.wanneer().getOrDefault(eigenNaam, Set.of())).as("%s %s", v.code(), eigenNaam)
					.containsExactlyInAnyOrderElementsOf(verwacht);
			});
		}
	}

	@Test
	void eenVereisteNoemtAlleenVragenlijstenDieHelderMeelevert() {
		var gekoppeld = wet.vereisten().stream().filter(v -> !v.beoordelingen().isEmpty()).toList();
		assertThat(gekoppeld).extracting(Vereiste::code).contains("avg-13", "aia-27", "grw-01");
		for (Vereiste v : gekoppeld) {
			for (String lijst : v.beoordelingen()) {
				assertThat(new ClassPathResource("data/assessments/vragenlijsten/" + lijst + "-1.0.json").exists())
					.as(v.code() + " noemt vragenlijst " + lijst).isTrue();
			}
		}
	}

	@Test
	void eenFoutInDeGegevensHoudtDeStartTegenMetElkeFoutBijNaam(@TempDir Path map) throws IOException {
		Path tijdlijn = map.resolve("t.json");
		Files.writeString(tijdlijn, """
				{"id": "x", "versie": "1", "naam": "X", "geldigVanaf": "2024-08-01",
				 "mijlpalen": [{"sleutel": "a", "datum": "2025-02-02"}, {"sleutel": "a", "datum": "2026-08-02"}]}
				""");
		Path dubbel = map.resolve("d.json");
		Files.writeString(dubbel, Files.readString(tijdlijn));
		Path vereisten = map.resolve("v.json");
		Files.writeString(vereisten, """
				{"id": "v", "versie": "1", "geldigVanaf": "2026-01-01",
				 "dimensies": {"rol": ["aanbieder"]}, "geenLabel": "niet van toepassing", "inGebruikLabel": "in gebruik",
				 "vereisten": [
				  {"code": "x-1", "titel": "Eén", "verantwoordelijke": "aico", "mijlpaal": "b", "wanneer": {"rol": ["importeur"]}},
				  {"code": "x-1", "titel": "", "verantwoordelijke": "burgemeester", "wanneer": {"kleur": ["rood"]}}
				 ]}
				""");
		assertThatThrownBy(() -> new Wetsdata(JSON, new Resource[] { new FileSystemResource(tijdlijn),
				new FileSystemResource(dubbel) }, new FileSystemResource(vereisten), "1"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("tijdlijn 1: mijlpaal 'a' staat er twee keer")
			.hasMessageContaining("tijdlijn 1: deze versie staat er twee keer")
			.hasMessageContaining("vereiste x-1: mijlpaal 'b' staat niet in tijdlijn 1")
			.hasMessageContaining("vereiste x-1: 'importeur' is geen waarde van dimensie 'rol'")
			.hasMessageContaining("vereiste x-1: deze code staat er twee keer")
			.hasMessageContaining("vereiste x-1: de titel ontbreekt")
			.hasMessageContaining("vereiste x-1: onbekende verantwoordelijke rol 'burgemeester'")
			.hasMessageContaining("vereiste x-1: onbekende dimensie 'kleur'");

		Files.writeString(vereisten, "{\"id\": \"v\", \"vereisten\": [");
		assertThatThrownBy(() -> new Wetsdata(JSON, new Resource[] { new FileSystemResource(tijdlijn) },
				new FileSystemResource(vereisten), "1"))
			.hasMessageContaining("v.json is niet te lezen");
	}

	private static List<String> codes(Set<String> labels, Tijdlijn tijdlijn) {
		return wet.verplichtingen(labels, tijdlijn).stream().map(v -> v.vereiste().code()).toList();
	}

	private static Wetsdata.Verplichting verplichting(Set<String> labels, Tijdlijn tijdlijn, String code) {
		return wet.verplichtingen(labels, tijdlijn)
			.stream()
			.filter(v -> v.vereiste().code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError(code + " geldt niet voor " + labels));
	}

	private static LocalDate deadline(Set<String> labels, Tijdlijn tijdlijn, String code) {
		return verplichting(labels, tijdlijn, code).deadline();
	}

	/** The Algoritmekader writes the decision tree's labels as slugs. */
	private static String alsLabel(String slug) {
		return switch (slug) {
			case "ai-systeem" -> "AI-systeem";
			case "ai-systeem-voor-algemene-doeleinden" -> "AI-systeem voor algemene doeleinden";
			case "ai-model-voor-algemene-doeleinden" -> "AI-model voor algemene doeleinden";
			case "hoog-risico-ai-systeem" -> "hoog-risico AI";
			case "geen-hoog-risico-ai-systeem" -> "geen hoog-risico AI";
			case "verboden-ai" -> "verboden AI";
			default -> slug.replace('-', ' ').replace("open source", "open-source");
		};
	}

}
