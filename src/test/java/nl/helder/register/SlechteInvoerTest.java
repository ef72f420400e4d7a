// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Malformed input through the API, the import and the form: each case answers with a Dutch explanation at the
 * right field and writes nothing (no toepassing, no version, no audit entry).
 */
class SlechteInvoerTest extends HelderIntegratieTest {

	private static final String SCHRIJVER = "register-beheerder@aalstede.demo";

	private static final String BASIS = "/api/v1/organisaties/" + AALSTEDE + "/toepassingen";

	@Autowired
	private JsonMapper json;

	static Stream<Arguments> apiGevallen() {
		String lang = "x".repeat(101);
		return Stream.of(
				Arguments.of("naam ontbreekt", Map.of("description_short", "x"), "name", "naam"),
				Arguments.of("naam te lang", Map.of("name", lang), "name", "hoogstens 100"),
				Arguments.of("korte omschrijving te lang", Map.of("name", "a", "description_short", "y".repeat(401)), "description_short", "400"),
				Arguments.of("html te lang zonder tags", Map.of("name", "a", "goal", "<p>" + "z".repeat(2501) + "</p>"), "goal", "2.500"),
				Arguments.of("script in html", Map.of("name", "a", "goal", "<p>x</p><script>alert(1)</script>"), "goal", "script"),
				Arguments.of("attribuut in html", Map.of("name", "a", "risks", "<p onclick=\"x()\">x</p>"), "risks", "niet mag"),
				Arguments.of("link in html", Map.of("name", "a", "risks", "<a href=\"https://x.example\">x</a>"), "risks", "niet mag"),
				Arguments.of("html in gewone tekst", Map.of("name", "<b>a</b>"), "name", "gewone tekst"),
				Arguments.of("onbekende status", Map.of("name", "a", "status", "Misschien"), "status", "Kies"),
				Arguments.of("onbekende categorie", Map.of("name", "a", "publication_category", "Hoog-risico AI-systemen"), "publication_category", "Kies"),
				Arguments.of("onbekend thema", Map.of("name", "a", "category", List.of("Sport")), "category", "Kies"),
				Arguments.of("thema dubbel", Map.of("name", "a", "category", List.of("Werk", "Werk")), "category", "Kies"),
				Arguments.of("thema geen lijst", Map.of("name", "a", "category", "Werk"), "category", "lijst"),
				Arguments.of("maand 13", Map.of("name", "a", "begin_date", "2024-13"), "begin_date", "maand"),
				Arguments.of("datum met dag", Map.of("name", "a", "begin_date", "2024-03-01"), "begin_date", "maand"),
				Arguments.of("einde voor begin", Map.of("name", "a", "begin_date", "2025-06", "end_date", "2024-01"), "end_date", "voor de begindatum"),
				Arguments.of("ongeldige url", Map.of("name", "a", "website", "www.aalstede"), "website", "https"),
				Arguments.of("javascript-url", Map.of("name", "a", "url", "javascript:alert(1)"), "url", "https"),
				Arguments.of("ongeldig contact", Map.of("name", "a", "contact_email", "bel ons"), "contact_email", "e-mailadres"),
				Arguments.of("onbekend veld", Map.of("name", "a", "geheim", "x"), "geheim", "bestaat niet"),
				Arguments.of("groep zonder link", Map.of("name", "a", "lawful_basis_grouping", List.of(Map.of("title", "Wet"))), "lawful_basis_grouping[0].link", "Vul"),
				Arguments.of("groep met ongeldige link", Map.of("name", "a", "source_data_grouping", List.of(Map.of("title", "Bron", "link", "ftp://x"))), "source_data_grouping[0].link", "https"),
				Arguments.of("vaste taal anders", Map.of("name", "a", "lang", "eng"), "lang", "Kies"),
				Arguments.of("tekst als getal", Map.of("name", 12), "name", "tekst"));
	}

	@ParameterizedTest(name = "API: {0}")
	@MethodSource("apiGevallen")
	void deApiWeigertEnSchrijftNiets(String geval, Map<String, Object> standaard, String veld, String melding)
			throws Exception {
		long[] voor = tellingen();
		MockHttpServletResponse antwoord = mvc.perform(post(BASIS).header("Authorization", bearer(SCHRIJVER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("standaard", standaard)))).andReturn().getResponse();

		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(400);
		var fouten = json.readTree(antwoord.getContentAsString()).get("invalidParams");
		assertThat(fouten.valueStream().filter(f -> f.get("name").asString().equals(veld)).findFirst())
			.as(fouten.toString())
			.hasValueSatisfying(f -> assertThat(f.get("reason").asString()).containsIgnoringCase(melding));
		assertThat(tellingen()).isEqualTo(voor);
	}

	static Stream<Arguments> importGevallen() {
		return Stream.of(
				Arguments.of("leeg bestand", "leeg.csv", new byte[0]),
				Arguments.of("alleen een kop", "kop.csv", "name;status\r\n".getBytes(StandardCharsets.UTF_8)),
				Arguments.of("verkeerd bestandstype", "foto.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3 }),
				Arguments.of("kapotte xlsx", "kapot.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2, 3, 4, 5 }),
				Arguments.of("dubbele bron-id", "dubbel.csv",
						"name;source_id\r\nA;reg-1\r\nB;reg-1\r\n".getBytes(StandardCharsets.UTF_8)),
				Arguments.of("onbekende kolom", "kolom.csv", "name;kleur\r\nA;rood\r\n".getBytes(StandardCharsets.UTF_8)),
				Arguments.of("100.000 rijen", "groot.csv", ("name\r\n" + "x\r\n".repeat(100_000)).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("ongeldige waarde in rij", "status.csv",
						"name;status\r\nA;Misschien\r\n".getBytes(StandardCharsets.UTF_8)));
	}

	@ParameterizedTest(name = "import: {0}")
	@MethodSource("importGevallen")
	void deImportWeigertEnSchrijftNiets(String geval, String bestandsnaam, byte[] inhoud) throws Exception {
		long[] voor = tellingen();
		MockHttpServletResponse antwoord = mvc.perform(multipart(BASIS + "/import")
			.file(new MockMultipartFile("bestand", bestandsnaam, "application/octet-stream", inhoud))
			.param("proef", "false")
			.header("Authorization", bearer(SCHRIJVER))).andReturn().getResponse();

		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(400);
		String tekst = antwoord.getContentAsString(StandardCharsets.UTF_8);
		assertThat(tekst).contains("\"title\":\"Ongeldige invoer\"").contains("invalidParams");
		assertThat(tellingen()).isEqualTo(voor);
	}

	@ParameterizedTest(name = "formulier: {0}")
	@MethodSource("formulierGevallen")
	void hetFormulierToontDeFoutBijHetVeldEnSchrijftNiets(String geval, String veld, String waarde, String melding)
			throws Exception {
		long[] voor = tellingen();
		String pagina = mvc.perform(post("/toepassingen/nieuw").with(als(SCHRIJVER))
			.with(csrf())
			.param("name", "Formuliertest")
			.param(veld, waarde)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(pagina).contains(melding);
		assertThat(tellingen()).isEqualTo(voor);
	}

	static Stream<Arguments> formulierGevallen() {
		return Stream.of(Arguments.of("maand 13", "begin_date", "2024-13", "maand"),
				Arguments.of("ongeldig contact", "contact_email", "bel ons", "e-mailadres"),
				Arguments.of("script", "goal", "<script>alert(1)</script>", "niet mag"));
	}

	/** Toepassingen, versions and audit entries: a refused input leaves all three as they were. */
	private long[] tellingen() {
		return new long[] { jdbc.sql("select count(*) from register.toepassing").query(Long.class).single(),
				jdbc.sql("select count(*) from register.toepassing_versie").query(Long.class).single(),
				jdbc.sql("select count(*) from audit.gebeurtenis where entiteit_type like 'Toepassing%'")
					.query(Long.class)
					.single() };
	}

}
