// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The conventions of the NL API Design Rules that Helder promises: problem+json in Dutch, invalidParams per field,
 * 409 on a stale version, the API-Version and X-Request-ID headers, a public OpenAPI 3.1 description and health
 * probes. Errors that no controller handles go through the servlet container's error page, which MockMvc skips, so
 * those are tried over real HTTP.
 */
class ApiAfsprakenTest extends HelderIntegratieTest {

	@Autowired
	private org.springframework.context.MessageSource berichten;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	private JsonMapper json;

	// --- errors

	@Test
	void onbekendApiPadIsNederlandsProblemJson404() throws Exception {
		HttpResponse<String> antwoord = http("GET", "/api/v1/bestaat-niet", bearer("medewerker@aalstede.demo"), null);
		assertThat(antwoord.statusCode()).isEqualTo(404);
		assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
				t -> assertThat(MediaType.parseMediaType(t).equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
		JsonNode probleem = json.readTree(antwoord.body());
		assertThat(probleem.get("title").asString()).isEqualTo("Niet gevonden");
		assertThat(probleem.get("status").asInt()).isEqualTo(404);
		assertThat(probleem.get("detail").asString()).startsWith("Deze pagina of dit gegeven bestaat niet");
		assertThat(antwoord.body()).doesNotContain("Exception", "trace");
		assertThat(antwoord.headers().firstValue("API-Version")).hasValue("1.0.0");
	}

	/** Errors raised before a controller is chosen reach the client through the error page, also as problem+json. */
	@Test
	void foutenZonderControllerZijnOokNederlandsProblemJson() throws Exception {
		String medewerker = bearer("medewerker@aalstede.demo");
		record Geval(int status, String titel, HttpResponse<String> antwoord) {
		}
		for (Geval geval : List.of(new Geval(404, "Niet gevonden", http("GET", "/api/v1/nergens", medewerker, null)),
				new Geval(405, "Methode niet toegestaan", http("PATCH", "/api/v1/mij", medewerker, "{}")),
				new Geval(415, "Formaat niet ondersteund", HTTP.send(HttpRequest
					.newBuilder(URI.create(basisUrl() + "/api/v1/mij/tokens"))
					.header("Authorization", medewerker)
					.header("Content-Type", "text/plain")
					.POST(HttpRequest.BodyPublishers.ofString("naam"))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))))) {
			assertThat(geval.antwoord().statusCode()).as(geval.antwoord().body()).isEqualTo(geval.status());
			assertThat(geval.antwoord().headers().firstValue("Content-Type")).as(geval.titel())
				.hasValueSatisfying(t -> assertThat(MediaType.parseMediaType(t)
					.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
			assertThat(json.readTree(geval.antwoord().body()).get("title").asString()).isEqualTo(geval.titel());
		}
	}

	@Test
	void onleesbareJsonIs400ProblemJson() throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(post("/api/v1/organisaties/{code}/teams", AALSTEDE)
			.header("Authorization", bearer("beheerder@aalstede.demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"naam\": ")).andReturn().getResponse();
		JsonNode probleem = probleem(antwoord, 400);
		assertThat(probleem.get("title").asString()).isEqualTo("Ongeldige invoer");
		assertThat(probleem.get("invalidParams").get(0).get("name").asString()).isEqualTo("body");
		assertThat(probleem.get("invalidParams").get(0).get("reason").asString())
			.isEqualTo("De inhoud van het verzoek is geen geldige JSON, of een veld heeft het verkeerde type.");
	}

	@Test
	void ongeldigeInvoerNoemtElkFoutVeld() throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(post("/api/v1/organisaties/{code}/gebruikers", AALSTEDE)
			.header("Authorization", bearer("beheerder@aalstede.demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"gebruikersnaam": "x", "naam": " ", "email": "geen-e-mail", "rollen": [],
					 "teamId": "%s", "wachtwoord": "kort"}
					""".formatted(UUID.randomUUID()))).andReturn().getResponse();
		JsonNode probleem = probleem(antwoord, 400);
		List<String> namen = new ArrayList<>();
		probleem.get("invalidParams").forEach(v -> {
			namen.add(v.get("name").asString());
			assertThat(v.get("reason").asString()).as(v.get("name").asString())
				.doesNotStartWith("gebruiker.")
				.doesNotStartWith("wachtwoord.")
				.endsWith(".");
		});
		assertThat(namen).containsExactlyInAnyOrder("gebruikersnaam", "naam", "email", "rollen", "teamId", "wachtwoord");
		assertThat(probleem.get("invalidParams").get(0).get("reason").asString())
			.isEqualTo(berichten.getMessage("gebruiker.gebruikersnaam.ongeldig", null, java.util.Locale.forLanguageTag("nl")));
	}

	// --- optimistic locking

	@Test
	void verouderdeVersieVanEenGebruikerGeeft409() throws Exception {
		String uniek = uniek();
		JsonNode nieuw = json(mvc.perform(beheer(post("/api/v1/organisaties/{code}/gebruikers", AALSTEDE)).content("""
				{"gebruikersnaam": "versie-%s@aalstede.demo", "naam": "Versie Nul", "rollen": ["medewerker"]}
				""".formatted(uniek))).andReturn().getResponse(), 201);
		String id = nieuw.get("id").asString();
		long versie = nieuw.get("versie").asLong();
		String wijziging = "{\"naam\": \"%s\", \"rollen\": [\"medewerker\"], \"versie\": %d}";

		json(mvc.perform(beheer(put("/api/v1/organisaties/{code}/gebruikers/{id}", AALSTEDE, id))
			.content(wijziging.formatted("Eerste wijziging", versie))).andReturn().getResponse(), 200);
		JsonNode conflict = probleem(mvc.perform(beheer(put("/api/v1/organisaties/{code}/gebruikers/{id}", AALSTEDE, id))
			.content(wijziging.formatted("Tweede wijziging", versie))).andReturn().getResponse(), 409);
		assertThat(conflict.get("title").asString()).isEqualTo("Tegelijk gewijzigd");

		JsonNode nu = json(mvc.perform(beheer(get("/api/v1/organisaties/{code}/gebruikers/{id}", AALSTEDE, id)))
			.andReturn()
			.getResponse(), 200);
		assertThat(nu.get("naam").asString()).isEqualTo("Eerste wijziging");
		assertThat(nu.get("versie").asLong()).isEqualTo(versie + 1);
	}

	@Test
	void verouderdeVersieVanEenTeamGeeft409() throws Exception {
		String naam = "Versieteam " + uniek();
		JsonNode nieuw = json(mvc.perform(beheer(post("/api/v1/organisaties/{code}/teams", AALSTEDE))
			.content("{\"naam\": \"" + naam + "\"}")).andReturn().getResponse(), 201);
		String id = nieuw.get("id").asString();
		long versie = nieuw.get("versie").asLong();

		json(mvc.perform(beheer(put("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE, id))
			.content("{\"naam\": \"" + naam + " eerste\", \"versie\": " + versie + "}")).andReturn().getResponse(), 200);
		probleem(mvc.perform(beheer(put("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE, id))
			.content("{\"naam\": \"" + naam + " tweede\", \"versie\": " + versie + "}")).andReturn().getResponse(), 409);

		JsonNode teams = json(mvc.perform(beheer(get("/api/v1/organisaties/{code}/teams", AALSTEDE))).andReturn().getResponse(),
				200);
		List<String> namen = new ArrayList<>();
		teams.forEach(t -> {
			if (t.get("id").asString().equals(id)) {
				namen.add(t.get("naam").asString());
			}
		});
		assertThat(namen).containsExactly(naam + " eerste");
	}

	/** On an organisation of its own, made by the platform administrator, so the demo municipalities stay as they are. */
	@Test
	void verouderdeVersieVanEenOrganisatieGeeft409() throws Exception {
		String code = "REGELS-" + uniek().toUpperCase(Locale.ROOT);
		String platform = bearer("platform@helder.demo");
		JsonNode nieuw = json(mvc.perform(post("/api/v1/organisaties").header("Authorization", platform)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"" + code + "\", \"naam\": \"Versieorganisatie\", \"soort\": \"sector\"}"))
			.andReturn()
			.getResponse(), 201);
		long versie = nieuw.get("versie").asLong();

		json(mvc.perform(put("/api/v1/organisaties/{code}", code).header("Authorization", platform)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"naam\": \"Eerste wijziging\", \"versie\": " + versie + "}")).andReturn().getResponse(), 200);
		probleem(mvc.perform(put("/api/v1/organisaties/{code}", code).header("Authorization", platform)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"naam\": \"Tweede wijziging\", \"versie\": " + versie + "}")).andReturn().getResponse(), 409);

		JsonNode nu = json(mvc.perform(get("/api/v1/organisaties/{code}", code).header("Authorization", platform))
			.andReturn()
			.getResponse(), 200);
		assertThat(nu.get("naam").asString()).isEqualTo("Eerste wijziging");
	}

	// --- headers

	@Test
	void elkApiAntwoordDraagtApiVersion() throws Exception {
		String medewerker = bearer("medewerker@aalstede.demo");
		record Geval(String wat, int status, HttpResponse<String> antwoord) {
		}
		List<Geval> gevallen = List.of(new Geval("gelukt", 200, http("GET", "/api/v1/mij", medewerker, null)),
				new Geval("ongeldig", 400, http("POST", "/api/v1/mij/tokens", medewerker, "{}")),
				new Geval("niet ingelogd", 401, http("GET", "/api/v1/mij", null, null)),
				new Geval("onbekend token", 401, http("GET", "/api/v1/mij", "Bearer hld_onbekend", null)),
				new Geval("geen rol", 403, http("GET", "/api/v1/organisaties/" + AALSTEDE + "/audit", medewerker, null)),
				new Geval("andere gemeente", 404, http("GET", "/api/v1/organisaties/" + BEEKDAL + "/teams", medewerker, null)),
				new Geval("onbekend pad", 404, http("GET", "/api/v1/nergens", medewerker, null)),
				new Geval("verkeerde methode", 405, http("PATCH", "/api/v1/mij", medewerker, "{}")),
				new Geval("openapi", 200, http("GET", "/api/v1/openapi.json", null, null)));
		for (Geval geval : gevallen) {
			assertThat(geval.antwoord().statusCode()).as(geval.wat()).isEqualTo(geval.status());
			assertThat(geval.antwoord().headers().firstValue("API-Version")).as(geval.wat()).hasValue("1.0.0");
		}
		// Pages are not part of the API and do not get the header.
		assertThat(http("GET", "/inloggen", null, null).headers().firstValue("API-Version")).isEmpty();
	}

	@Test
	void verzoeknummerWordtTeruggegevenOfGemaakt() throws Exception {
		String eigen = "regels-" + uniek();
		assertThat(mvc.perform(get("/api/v1/mij").header("Authorization", bearer("hr@aalstede.demo"))
			.header("X-Request-ID", eigen)).andReturn().getResponse().getHeader("X-Request-ID")).isEqualTo(eigen);
		// Also on an error, where it matters most.
		assertThat(mvc.perform(get("/api/v1/mij").header("X-Request-ID", eigen)).andReturn().getResponse().getHeader(
				"X-Request-ID")).isEqualTo(eigen);

		String gemaakt = mvc.perform(get("/api/v1/mij").header("Authorization", bearer("hr@aalstede.demo")))
			.andReturn()
			.getResponse()
			.getHeader("X-Request-ID");
		assertThat(gemaakt).isNotBlank();
		assertThat(UUID.fromString(gemaakt)).isNotNull();

		// A value that could forge log lines is replaced, not echoed.
		String vervangen = mvc.perform(get("/api/v1/mij").header("X-Request-ID", "a b\tc"))
			.andReturn()
			.getResponse()
			.getHeader("X-Request-ID");
		assertThat(vervangen).isNotEqualTo("a b\tc");
		assertThat(UUID.fromString(vervangen)).isNotNull();
	}

	// --- OpenAPI and health

	@Test
	void openApiIsOpenbaarEnVersie31() throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
		JsonNode beschrijving = json(antwoord, 200);
		assertThat(beschrijving.get("openapi").asString()).startsWith("3.1");
		assertThat(beschrijving.get("paths").has("/api/v1/organisaties/{code}/audit")).isTrue();
		assertThat(beschrijving.get("paths").has("/api/v1/mij")).isTrue();
	}

	@Test
	void openApiMagVanafElkeWebpaginaWordenGelezen() throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(get("/api/v1/openapi.json").header(HttpHeaders.ORIGIN,
				"https://example.org")).andReturn().getResponse();
		assertThat(antwoord.getStatus()).isEqualTo(200);
		assertThat(antwoord.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");

		MockHttpServletResponse vooraf = mvc.perform(options("/api/v1/openapi.json")
			.header(HttpHeaders.ORIGIN, "https://example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")).andReturn().getResponse();
		assertThat(vooraf.getStatus()).isEqualTo(200);
		assertThat(vooraf.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
	}

	@Test
	void gezondheidsprobesZijnOpenbaarEnUp() throws Exception {
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> antwoord = http("GET", probe, null, null);
			assertThat(antwoord.statusCode()).as(probe).isEqualTo(200);
			assertThat(json.readTree(antwoord.body()).get("status").asString()).as(probe).isEqualTo("UP");
		}
	}

	// --- helpers

	private MockHttpServletRequestBuilder beheer(MockHttpServletRequestBuilder verzoek) {
		return verzoek.header("Authorization", bearer("beheerder@aalstede.demo")).contentType(MediaType.APPLICATION_JSON);
	}

	private HttpResponse<String> http(String methode, String pad, String autorisatie, String inhoud) throws Exception {
		HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basisUrl() + pad))
			.method(methode, inhoud == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(inhoud));
		if (autorisatie != null) {
			verzoek.header("Authorization", autorisatie);
		}
		if (inhoud != null) {
			verzoek.header("Content-Type", MediaType.APPLICATION_JSON_VALUE);
		}
		return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private JsonNode json(MockHttpServletResponse antwoord, int status) throws Exception {
		String tekst = antwoord.getContentAsString(StandardCharsets.UTF_8);
		assertThat(antwoord.getStatus()).as(tekst).isEqualTo(status);
		return json.readTree(tekst);
	}

	private JsonNode probleem(MockHttpServletResponse antwoord, int status) throws Exception {
		JsonNode probleem = json(antwoord, status);
		assertThat(MediaType.parseMediaType(antwoord.getContentType()).equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
			.as(antwoord.getContentType())
			.isTrue();
		assertThat(antwoord.getHeader("API-Version")).isEqualTo("1.0.0");
		return probleem;
	}

	private static String uniek() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
