// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;
import nl.helder.register.internal.AanleverDienst;
import nl.helder.register.internal.AlgoritmeregisterClient;
import nl.helder.register.internal.AlgoritmeregisterInstellingen;
import nl.helder.register.internal.RegisterDienst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The client against a local stand-in for the national aanleverAPI that checks every request against the reference
 * OpenAPI (operation exists, bearer token, body valid against AlgorithmIn) and answers as the spec says. The settings
 * bean is changed for the test and restored afterwards, so the shared Spring context stays the same.
 */
class AlgoritmeregisterClientTest extends HelderIntegratieTest {

	private static final String TOKEN = "test-token-123";

	private static final String ORGANISATIE_ID = "gm9001-aalstede";

	@Autowired
	AlgoritmeregisterInstellingen instellingen;

	@Autowired
	AlgoritmeregisterClient client;

	@Autowired
	AanleverDienst aanlevering;

	@Autowired
	RegisterDienst register;

	@Autowired
	JsonMapper json;

	private HttpServer server;

	private final List<String> verzoeken = new CopyOnWriteArrayList<>();

	private final List<String> contractfouten = new CopyOnWriteArrayList<>();

	private final AtomicInteger larsTeller = new AtomicInteger();

	private volatile int foutStatus;

	private volatile String verwachtToken = TOKEN;

	private final AtomicInteger tokenVerzoeken = new AtomicInteger();

	private URI vorigeUrl;

	private String vorigToken;

	private Duration vorigeTimeout;

	@BeforeEach
	void startNepRegister() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/aanleverapi/v1_0", this::beantwoord);
		server.createContext("/token", this::geefToken);
		server.start();
		vorigeUrl = instellingen.getBaseUrl();
		vorigToken = instellingen.getToken();
		vorigeTimeout = instellingen.getTimeout();
		instellingen.setBaseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/aanleverapi/v1_0"));
		instellingen.setToken(TOKEN);
		instellingen.setTimeout(Duration.ofSeconds(3));
		instellingen.getOrganisaties().put(AALSTEDE, ORGANISATIE_ID);
	}

	@AfterEach
	void stopNepRegister() {
		server.stop(0);
		instellingen.setBaseUrl(vorigeUrl);
		instellingen.setToken(vorigToken);
		instellingen.setTimeout(vorigeTimeout);
		instellingen.setTokenUrl(null);
		instellingen.setClientId(null);
		instellingen.setClientSecret(null);
		instellingen.getOrganisaties().remove(AALSTEDE);
	}

	@Test
	void eersteKeerPostDaarnaPutEnTelkensVrijgeven() throws Exception {
		UUID id = gepubliceerd();

		mvc.perform(post(pad(id)).header("Authorization", bearer("register-beheerder@aalstede.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.externId").value("LARS-1"))
			.andExpect(jsonPath("$.nieuw").value(true));
		assertThat(aanlevering.externId(id)).contains("LARS-1");

		mvc.perform(post(pad(id)).header("Authorization", bearer("ai-coordinator@aalstede.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.externId").value("LARS-1"))
			.andExpect(jsonPath("$.nieuw").value(false));

		assertThat(contractfouten).isEmpty();
		assertThat(verzoeken).containsExactly(
				"POST /aanleverapi/v1_0/organizations/" + ORGANISATIE_ID + "/algorithms",
				"PUT /aanleverapi/v1_0/organizations/" + ORGANISATIE_ID + "/algorithms/LARS-1/release",
				"PUT /aanleverapi/v1_0/organizations/" + ORGANISATIE_ID + "/algorithms/LARS-1",
				"PUT /aanleverapi/v1_0/organizations/" + ORGANISATIE_ID + "/algorithms/LARS-1/release");
	}

	@Test
	void deClientZelfVolgtHetContract() {
		var algoritme = Map.<String, Object>of("name", "Direct", "description_short", "Kort.", "organization",
				"Gemeente Aalstede", "status", "In ontwikkeling", "contact_email", "a@aalstede.example",
				"publication_category", "Overige algoritmes", "lang", "nld", "standard_version", "1.0");
		var resultaat = client.lever(ORGANISATIE_ID, algoritme, null);
		assertThat(resultaat.nieuw()).isTrue();
		client.lever(ORGANISATIE_ID, algoritme, resultaat.externId());
		client.vrijgeven(ORGANISATIE_ID, resultaat.externId());
		assertThat(contractfouten).isEmpty();
		assertThat(verzoeken).hasSize(3);

		// The stand-in really checks: a body the contract forbids is refused with 422.
		assertThatThrownBy(() -> client.lever(ORGANISATIE_ID, Map.of("name", "Zonder de rest"), null))
			.isInstanceOf(AlgoritmeregisterClient.Onbereikbaar.class);
		assertThat(contractfouten).isNotEmpty();
	}

	@Test
	void metClientCredentialsHaaltDeClientEenTokenEnHergebruiktHet() {
		instellingen.setToken("");
		instellingen.setTokenUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token"));
		instellingen.setClientId("helder");
		instellingen.setClientSecret("geheim & veilig");
		verwachtToken = "cc-token";
		var algoritme = Map.<String, Object>of("name", "Met client credentials", "description_short", "Kort.",
				"organization", "Gemeente Aalstede", "status", "In gebruik", "contact_email", "a@aalstede.example",
				"publication_category", "Overige algoritmes", "lang", "nld");

		var resultaat = client.lever(ORGANISATIE_ID, algoritme, null);
		client.vrijgeven(ORGANISATIE_ID, resultaat.externId());

		assertThat(contractfouten).isEmpty();
		assertThat(tokenVerzoeken).hasValue(1);
	}

	@Test
	void eenFoutBijHetRegisterWordt502InHetNederlands() throws Exception {
		UUID id = gepubliceerd();
		foutStatus = 500;

		mvc.perform(post(pad(id)).header("Authorization", bearer("register-beheerder@aalstede.demo")))
			.andExpect(status().isBadGateway())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(502))
			.andExpect(jsonPath("$.title").value("Algoritmeregister niet bereikbaar"))
			.andExpect(jsonPath("$.detail", containsString("niet bereikbaar")));
		assertThat(aanlevering.externId(id)).isEmpty();
	}

	@Test
	void eenOnbereikbaarRegisterWordt502() throws Exception {
		UUID id = gepubliceerd();
		int vrijePoort;
		try (ServerSocket socket = new ServerSocket(0)) {
			vrijePoort = socket.getLocalPort();
		}
		instellingen.setBaseUrl(URI.create("http://127.0.0.1:" + vrijePoort + "/aanleverapi/v1_0"));

		mvc.perform(post(pad(id)).header("Authorization", bearer("register-beheerder@aalstede.demo")))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.title").value("Algoritmeregister niet bereikbaar"));
		assertThat(verzoeken).isEmpty();
	}

	@Test
	void eenConceptKanNietWordenVerstuurd() throws Exception {
		UUID id = register.maakAan(AALSTEDE, new RegisterDienst.Invoer(Map.of("name", "Concept " + uniek()), null),
				aanvrager("register-beheerder@aalstede.demo")).toepassing().id();

		mvc.perform(post(pad(id)).header("Authorization", bearer("register-beheerder@aalstede.demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("werkstatus"))
			.andExpect(jsonPath("$.invalidParams[0].reason", containsString("Publiceer de toepassing eerst")));
		assertThat(verzoeken).isEmpty();
	}

	@Test
	void zonderRegisterrolGeenVersturen() throws Exception {
		UUID id = gepubliceerd();
		mvc.perform(post(pad(id))).andExpect(status().isUnauthorized());
		assertThat(verzoeken).isEmpty();
	}

	/** The stand-in: checks the request against the spec, then answers as the spec describes. */
	private void beantwoord(HttpExchange uitwisseling) throws IOException {
		String methode = uitwisseling.getRequestMethod();
		String pad = uitwisseling.getRequestURI().getPath();
		verzoeken.add(methode + " " + pad);
		String body = new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		AanleverContract contract = AanleverExportTest.CONTRACT;
		String template = contract.template(pad.substring("/aanleverapi/v1_0".length()));
		if (template == null || !contract.heeftOperatie(methode, template)) {
			contractfouten.add("onbekende operatie " + methode + " " + pad);
			antwoord(uitwisseling, 404, "{\"detail\":\"Not Found\"}");
			return;
		}
		if (!("Bearer " + verwachtToken).equals(uitwisseling.getRequestHeaders().getFirst("Authorization"))) {
			contractfouten.add("geen Bearer-token bij " + methode + " " + pad);
			antwoord(uitwisseling, 401, "{\"detail\":\"Not authenticated\"}");
			return;
		}
		String schema = contract.verzoekSchema(methode, template);
		if (schema != null) {
			List<String> fouten = contract.fouten(body, schema);
			if (!fouten.isEmpty()) {
				contractfouten.addAll(fouten);
				antwoord(uitwisseling, 422, "{\"detail\":[]}");
				return;
			}
		}
		if (foutStatus != 0) {
			antwoord(uitwisseling, foutStatus, "Internal Server Error");
			return;
		}
		boolean maakAan = "POST".equals(methode);
		String status = "200";
		assertThat(contract.antwoorden(methode, template)).contains(status);
		antwoord(uitwisseling, 200, maakAan ? "{\"lars_code\":\"LARS-" + larsTeller.incrementAndGet() + "\"}"
				: "{\"message\":\"OK\"}");
	}

	private void geefToken(HttpExchange uitwisseling) throws IOException {
		String formulier = new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		tokenVerzoeken.incrementAndGet();
		if (!"POST".equals(uitwisseling.getRequestMethod())
				|| !formulier.equals("grant_type=client_credentials&client_id=helder&client_secret=geheim+%26+veilig")) {
			contractfouten.add("onjuist tokenverzoek: " + formulier);
			antwoord(uitwisseling, 401, "{\"error\":\"invalid_client\"}");
			return;
		}
		antwoord(uitwisseling, 200, "{\"access_token\":\"cc-token\",\"token_type\":\"Bearer\",\"expires_in\":300}");
	}

	private static void antwoord(HttpExchange uitwisseling, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		uitwisseling.getResponseHeaders().add("Content-Type", "application/json");
		uitwisseling.sendResponseHeaders(status, bytes.length);
		uitwisseling.getResponseBody().write(bytes);
		uitwisseling.close();
	}

	private UUID gepubliceerd() {
		Map<String, Object> velden = AanleverExportTest.volledig("Aanlevering " + uniek());
		UUID id = register.maakAan(AALSTEDE, new RegisterDienst.Invoer(velden, null),
				aanvrager("register-beheerder@aalstede.demo")).toepassing().id();
		register.naarReview(AALSTEDE, id);
		register.publiceer(AALSTEDE, id, aanvrager("ai-coordinator@aalstede.demo"));
		return id;
	}

	private nl.helder.shared.Aanvrager aanvrager(String gebruikersnaam) {
		return nl.helder.organisaties.internal.HelderPrincipal
			.voor(gebruikers.findByGebruikersnaam(gebruikersnaam).orElseThrow(), false);
	}

	private static String pad(UUID id) {
		return "/api/v1/organisaties/" + AALSTEDE + "/toepassingen/" + id + "/aanlevering";
	}

	private static String uniek() {
		return AanleverExportTest.uniek();
	}

}
