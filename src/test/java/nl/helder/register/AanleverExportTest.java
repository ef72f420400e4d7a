// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;
import nl.helder.register.internal.AanleverExport;
import nl.helder.register.internal.RegisterDienst;
import nl.helder.shared.Aanvrager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The export in the aanleverAPI format, validated against the reference OpenAPI of the national register. */
class AanleverExportTest extends HelderIntegratieTest {

	static final AanleverContract CONTRACT = new AanleverContract();

	@Autowired
	RegisterDienst register;

	@Autowired
	AanleverExport export;

	@Autowired
	JsonMapper json;

	@Test
	void eenVolledigeToepassingVoldoetAanHetSchema() throws Exception {
		UUID id = register.maakAan(AALSTEDE, new RegisterDienst.Invoer(volledig("Volledig " + uniek()), null),
				aanvrager("register-beheerder@aalstede.demo")).toepassing().id();

		String body = haal("/api/v1/organisaties/" + AALSTEDE + "/toepassingen/" + id + "/aanlevering");

		assertThat(CONTRACT.fouten(body, "AlgorithmIn")).isEmpty();
		assertThat(CONTRACT.fouten(body, "v1_0__Algorithm_aanlevering")).isEmpty();
		@SuppressWarnings("unchecked")
		Map<String, Object> algoritme = json.readValue(body, Map.class);
		assertThat(algoritme).containsEntry("lang", "nld").containsEntry("standard_version", "1.0")
			.containsEntry("organization", "Gemeente Aalstede, afdeling Verkeer").containsEntry("source_id", "zaak-42")
			.doesNotContainKeys("lars", "publication_dt", "intern");
		assertThat(algoritme.get("category")).isEqualTo(List.of("Verkeer", "Ruimte en infrastructuur"));
		assertThat(algoritme.get("impacttoetsen_grouping")).isEqualTo(List.of(Map.of("title", "DPIA")));
	}

	@Test
	void eenMinimaleGepubliceerdeToepassingVoldoetOokEnKomtInDeLijst() throws Exception {
		String naam = "Minimaal " + uniek();
		UUID id = gepubliceerd(naam);

		String lijst = haal("/api/v1/organisaties/" + AALSTEDE + "/toepassingen/aanlevering");

		List<?> algoritmes = json.readValue(lijst, List.class);
		assertThat(algoritmes).isNotEmpty();
		for (Object algoritme : algoritmes) {
			@SuppressWarnings("unchecked")
			String een = AanleverContract.alsJson((Map<String, Object>) algoritme);
			assertThat(CONTRACT.fouten(een, "AlgorithmIn")).as(een).isEmpty();
		}
		assertThat(algoritmes).anySatisfy(a -> assertThat(alsMap(a)).containsEntry("name", naam)
			.containsEntry("source_id", id.toString())
			.containsKey("organization").doesNotContainKeys("goal", "website", "lars"));
	}

	@Test
	void eenKapotteExportValtDoorDeValidatie() {
		Map<String, Object> goed = export.algoritme(volledig("Kapot"), UUID.randomUUID().toString());
		assertThat(CONTRACT.fouten(AanleverContract.alsJson(goed), "AlgorithmIn")).isEmpty();

		assertThat(CONTRACT.fouten(AanleverContract.alsJson(met(goed, "status", "Misschien")), "AlgorithmIn"))
			.anySatisfy(f -> assertThat(f).contains("status"));
		assertThat(CONTRACT.fouten(AanleverContract.alsJson(met(goed, "category", "Verkeer")), "AlgorithmIn"))
			.anySatisfy(f -> assertThat(f).contains("category"));
		assertThat(CONTRACT.fouten(AanleverContract.alsJson(met(goed, "lang", "eng")), "AlgorithmIn")).isNotEmpty();
		assertThat(CONTRACT.fouten(AanleverContract.alsJson(met(goed, "lawful_basis_grouping",
				List.of(Map.of("title", "Wet zonder link")))), "AlgorithmIn"))
			.anySatisfy(f -> assertThat(f).contains("link"));
		assertThat(CONTRACT.fouten(AanleverContract.alsJson(met(goed, "name", "x".repeat(101))), "AlgorithmIn"))
			.anySatisfy(f -> assertThat(f).contains("max_length_without_html"));
		assertThat(CONTRACT.fouten(AanleverContract.alsJson(met(goed, "intern", "geheim")), "AlgorithmIn"))
			.anySatisfy(f -> assertThat(f).contains("intern"));
		Map<String, Object> zonderVerplicht = new LinkedHashMap<>(goed);
		zonderVerplicht.remove("contact_email");
		assertThat(CONTRACT.fouten(AanleverContract.alsJson(zonderVerplicht), "AlgorithmIn"))
			.anySatisfy(f -> assertThat(f).contains("contact_email"));
	}

	@Test
	void legeVeldenOntbrekenEnGroepenWordenLijstenVanObjecten() {
		Map<String, Object> standaard = new LinkedHashMap<>();
		standaard.put("name", "Leeg");
		standaard.put("website", "  ");
		standaard.put("category", List.of());
		standaard.put("lawful_basis_grouping", List.of(Map.of("title", "", "link", "")));
		Map<String, Object> uit = export.algoritme(standaard, null);
		assertThat(uit).containsOnlyKeys("name", "lang", "standard_version");
	}

	static Map<String, Object> volledig(String naam) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("name", naam);
		v.put("description_short", "Dit algoritme regelt de verkeerslichten op de ringweg.");
		v.put("organization", "Gemeente Aalstede, afdeling Verkeer");
		v.put("category", List.of("Verkeer", "Ruimte en infrastructuur"));
		v.put("status", "In gebruik");
		v.put("begin_date", "2024-03");
		v.put("end_date", "2030-12");
		v.put("contact_email", "algoritmes@aalstede.example");
		v.put("website", "https://aalstede.example/verkeer");
		v.put("publication_category", "Impactvolle algoritmes");
		v.put("url", "https://aalstede.example/ringweg");
		v.put("goal", "<p>Betere doorstroming.</p><ul><li>minder file</li></ul>");
		v.put("proportionality", "<p>Afgewogen.</p>");
		v.put("human_intervention", "<p>Een verkeersleider kijkt mee.</p>");
		v.put("risks", "<p>Storing van sensoren.</p>");
		v.put("lawful_basis", "<p>Wegenverkeerswet.</p>");
		v.put("lawful_basis_grouping", List.of(Map.of("title", "Wegenverkeerswet 1994", "link",
				"https://wetten.overheid.nl/BWBR0006622")));
		v.put("process_index_url", "https://aalstede.example/verwerkingsregister");
		v.put("impacttoetsen_grouping", List.of(Map.of("title", "DPIA")));
		v.put("impacttoetsen", "<p>DPIA uitgevoerd.</p>");
		v.put("source_data", "<p>Lussen in het wegdek.</p>");
		v.put("source_data_grouping", List.of(Map.of("title", "Verkeerstellingen", "link",
				"https://aalstede.example/data")));
		v.put("methods_and_models", "<p>Regelgebaseerd.</p>");
		v.put("provider", "Verkeer BV");
		v.put("publiccode", "https://github.com/aalstede/ringweg");
		v.put("source_id", "zaak-42");
		v.put("tags", "verkeer, ringweg");
		return v;
	}

	UUID gepubliceerd(String naam) {
		Map<String, Object> velden = Map.of("name", naam, "description_short", "Meldingen komen sneller aan.",
				"status", "In gebruik", "publication_category", "Overige algoritmes", "contact_email",
				"algoritmes@aalstede.example");
		UUID id = register.maakAan(AALSTEDE, new RegisterDienst.Invoer(velden, null),
				aanvrager("register-beheerder@aalstede.demo")).toepassing().id();
		register.naarReview(AALSTEDE, id);
		register.publiceer(AALSTEDE, id, aanvrager("ai-coordinator@aalstede.demo"));
		return id;
	}

	Aanvrager aanvrager(String gebruikersnaam) {
		return nl.helder.organisaties.internal.HelderPrincipal
			.voor(gebruikers.findByGebruikersnaam(gebruikersnaam).orElseThrow(), false);
	}

	private String haal(String pad) throws Exception {
		MvcResult resultaat = mvc.perform(get(pad).header("Authorization", bearer("ai-coordinator@aalstede.demo")))
			.andExpect(status().isOk())
			.andReturn();
		return resultaat.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Map<String, Object> met(Map<String, Object> basis, String veld, Object waarde) {
		Map<String, Object> kopie = new LinkedHashMap<>(basis);
		kopie.put(veld, waarde);
		return kopie;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> alsMap(Object waarde) {
		return (Map<String, Object>) waarde;
	}

	static String uniek() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
