// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.OrganisatieDienst;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login through a municipality's own identity provider, as a browser does it: a real authorization-code flow
 * against a mock OIDC provider, with every redirect checked on the way. No security context is faked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcInloggenTest extends HelderIntegratieTest {

	private static final String UITGEVER = "beekdal";

	private static final String CLIENT_ID = "helder-beekdal";

	private final MockOAuth2Server aanbieder = new MockOAuth2Server();

	@Autowired
	private JsonMapper json;

	/** The OIDC settings of Beekdal before this class changed them, to put back afterwards. */
	private Map<String, Object> eerdereInstelling;

	@BeforeAll
	void startAanbiederEnKoppelBeekdal() throws Exception {
		aanbieder.start();
		eerdereInstelling = jdbc.sql("select * from organisaties.oidc_configuratie where organisatie_code = ?")
			.param(BEEKDAL)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
		MvcResult antwoord = mvc
			.perform(put("/api/v1/organisaties/" + BEEKDAL + "/oidc-configuratie")
				.header("Authorization", bearer("beheerder@beekdal.demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(instelling(aanbieder.issuerUrl(UITGEVER).toString(), true))))
			.andExpect(status().isOk())
			.andReturn();
		JsonNode opgeslagen = json.readTree(antwoord.getResponse().getContentAsString());
		assertThat(opgeslagen.get("actief").asBoolean()).isTrue();
		assertThat(opgeslagen.get("clientSecretIngesteld").asBoolean()).isTrue();
		assertThat(opgeslagen.has("clientSecret")).as("het geheim gaat nooit terug naar buiten").isFalse();
	}

	@AfterAll
	void zetBeekdalTerugEnStopAanbieder() {
		try {
			if (eerdereInstelling == null) {
				jdbc.sql("delete from organisaties.oidc_configuratie where organisatie_code = ?").param(BEEKDAL).update();
			}
			else {
				jdbc.sql("""
						update organisaties.oidc_configuratie
						   set issuer_uri = :issuer, client_id = :client, client_secret = :geheim, rollen_claim = :claim,
						       rollen_toewijzing = :toewijzing, actief = :actief, versie = versie + 1
						 where organisatie_code = :code
						""")
					.param("issuer", eerdereInstelling.get("issuer_uri"))
					.param("client", eerdereInstelling.get("client_id"))
					.param("geheim", eerdereInstelling.get("client_secret"))
					.param("claim", eerdereInstelling.get("rollen_claim"))
					.param("toewijzing", eerdereInstelling.get("rollen_toewijzing"))
					.param("actief", eerdereInstelling.get("actief"))
					.param("code", BEEKDAL)
					.update();
			}
		}
		finally {
			aanbieder.shutdown();
		}
	}

	@Test
	void inloggenViaDeGemeenteMaaktDeGebruikerAanMetDeToegewezenRollen() {
		String onderwerp = "oidc-" + UUID.randomUUID();
		String naam = "Fenna Oidc " + achtervoegsel();
		String email = "fenna." + achtervoegsel() + "@beekdal.example";

		String startpagina = logIn(new Browser(), onderwerp, naam, email, List.of("helder-ai", "iets-anders"));

		assertThat(startpagina).contains("Welkom, " + naam);
		Gebruiker gebruiker = gebruikers.findByOrganisatieCodeAndOidcSubject(BEEKDAL, onderwerp).orElseThrow();
		assertThat(gebruiker.organisatieCode()).isEqualTo(BEEKDAL);
		assertThat(gebruiker.email()).isEqualTo(email);
		assertThat(gebruiker.wachtwoordHash()).as("wie via OIDC komt, krijgt geen lokaal wachtwoord").isNull();
		assertThat(gebruiker.rollen()).containsExactly(Rol.AI_COORDINATOR);
	}

	@Test
	void eenVolgendeLoginMetAndereGroepenPastDeRollenAan() {
		String onderwerp = "oidc-" + UUID.randomUUID();
		String naam = "Gijs Oidc " + achtervoegsel();
		String email = "gijs." + achtervoegsel() + "@beekdal.example";
		logIn(new Browser(), onderwerp, naam, email, List.of("helder-ai"));
		UUID id = gebruikers.findByOrganisatieCodeAndOidcSubject(BEEKDAL, onderwerp).orElseThrow().id();

		String startpagina = logIn(new Browser(), onderwerp, naam, email, List.of("helder-hr"));

		assertThat(startpagina).contains("Welkom, " + naam);
		Gebruiker gebruiker = gebruikers.findByOrganisatieCodeAndOidcSubject(BEEKDAL, onderwerp).orElseThrow();
		assertThat(gebruiker.id()).as("dezelfde persoon, geen tweede account").isEqualTo(id);
		assertThat(gebruiker.rollen()).containsExactly(Rol.HR);
	}

	@Test
	void wieGeenToegewezenGroepHeeftWordtMedewerker() {
		String onderwerp = "oidc-" + UUID.randomUUID();
		String naam = "Hanna Oidc " + achtervoegsel();

		String startpagina = logIn(new Browser(), onderwerp, naam, "hanna." + achtervoegsel() + "@beekdal.example",
				List.of("helder-onbekend", "ai-coordinator"));

		assertThat(startpagina).contains("Welkom, " + naam);
		assertThat(gebruikers.findByOrganisatieCodeAndOidcSubject(BEEKDAL, onderwerp).orElseThrow().rollen())
			.containsExactly(Rol.MEDEWERKER);
	}

	@Test
	void eenOnbekendeGemeenteGeeft404() {
		var browser = new Browser();

		HttpResponse<String> antwoord = browser.get(basisUrl() + "/oauth2/authorization/GM0000");

		assertThat(antwoord.statusCode()).isEqualTo(404);
		assertThat(antwoord.body()).doesNotContain("Exception");
	}

	@Test
	void eenGemeenteMetUitgezetteKoppelingGeeft404() throws Exception {
		String code = ongebruikteGemeentecode();
		organisatieDienst.maakAan(code, OrganisatieSoort.GEMEENTE,
				new OrganisatieDienst.Gegevens("Gemeente Uitgezet " + code, 12_000, null, null, null));
		mvc.perform(put("/api/v1/organisaties/" + code + "/oidc-configuratie")
			.header("Authorization", bearer("platform@helder.demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(instelling(aanbieder.issuerUrl(UITGEVER).toString(), false))))
			.andExpect(status().isOk());

		HttpResponse<String> antwoord = new Browser().get(basisUrl() + "/oauth2/authorization/" + code);

		assertThat(antwoord.statusCode()).isEqualTo(404);
		assertThat(new Browser().get(basisUrl() + "/inloggen").body()).doesNotContain("/oauth2/authorization/" + code);
	}

	@Test
	void ongeldigeInstellingenGeven400PerVeldEnWijzigenNiets() throws Exception {
		Map<String, Object> voor = instellingInDatabase();
		Map<String, Object> ongeldig = new LinkedHashMap<>();
		ongeldig.put("issuerUri", "http://login.beekdal.example/realms/helder");
		ongeldig.put("clientId", " ");
		ongeldig.put("clientSecret", "nieuw-geheim");
		ongeldig.put("rollenClaim", "groepen met spaties");
		ongeldig.put("rollenToewijzing", "helder-ai=ai-coordinator\nhelder-x=opperhoofd");
		ongeldig.put("actief", false);

		MvcResult antwoord = mvc
			.perform(put("/api/v1/organisaties/" + BEEKDAL + "/oidc-configuratie")
				.header("Authorization", bearer("beheerder@beekdal.demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(ongeldig)))
			.andExpect(status().isBadRequest())
			.andReturn();

		assertThat(antwoord.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode probleem = json.readTree(antwoord.getResponse().getContentAsString());
		assertThat(velden(probleem)).containsExactlyInAnyOrder("issuerUri", "clientId", "rollenClaim",
				"rollenToewijzing");
		assertThat(instellingInDatabase()).isEqualTo(voor);
	}

	@Test
	void eenGemeenteKanDeKoppelingVanEenAndereNietZien() throws Exception {
		mvc.perform(get("/api/v1/organisaties/" + BEEKDAL + "/oidc-configuratie")
			.header("Authorization", bearer("beheerder@aalstede.demo"))).andExpect(status().isNotFound());
	}

	/**
	 * Walks the whole authorization-code flow in a fresh browser and returns the start page. The mock provider
	 * puts the given claims in the next tokens it issues.
	 */
	private String logIn(Browser browser, String onderwerp, String naam, String email, List<String> groepen) {
		HttpResponse<String> inlogpagina = browser.get(basisUrl() + "/inloggen");
		assertThat(inlogpagina.statusCode()).isEqualTo(200);
		assertThat(inlogpagina.body()).contains("Inloggen via Gemeente Beekdal (demo)")
			.contains("href=\"/oauth2/authorization/" + BEEKDAL + "\"");

		HttpResponse<String> naarAanbieder = browser.get(basisUrl() + "/oauth2/authorization/" + BEEKDAL);
		assertThat(naarAanbieder.statusCode()).isEqualTo(302);
		String autorisatie = Browser.doel(naarAanbieder);
		assertThat(autorisatie).startsWith(aanbieder.authorizationEndpointUrl(UITGEVER).toString());
		Map<String, String> vraag = parameters(autorisatie);
		assertThat(vraag).containsEntry("response_type", "code")
			.containsEntry("client_id", CLIENT_ID)
			.containsEntry("redirect_uri", basisUrl() + "/login/oauth2/code/" + BEEKDAL)
			.containsKeys("state", "nonce");
		assertThat(vraag.get("scope").split(" ")).contains("openid");

		Map<String, Object> claims = Map.of("name", naam, "email", email, "groups", groepen);
		aanbieder.enqueueCallback(
				new DefaultOAuth2TokenCallback(UITGEVER, onderwerp, "JWT", List.of(CLIENT_ID), claims, 3600));
		HttpResponse<String> terug = browser.get(autorisatie);
		assertThat(terug.statusCode()).isEqualTo(302);
		String terugkeer = Browser.doel(terug);
		assertThat(terugkeer).startsWith(basisUrl() + "/login/oauth2/code/" + BEEKDAL + "?");
		assertThat(parameters(terugkeer)).containsKey("code").containsEntry("state", vraag.get("state"));

		HttpResponse<String> ingelogd = browser.get(terugkeer);
		assertThat(ingelogd.statusCode()).as("terugkeer bij Helder: %s", ingelogd.headers().map()).isEqualTo(302);
		assertThat(Browser.doel(ingelogd)).isEqualTo(basisUrl() + "/");

		HttpResponse<String> start = browser.get(basisUrl() + "/");
		assertThat(start.statusCode()).isEqualTo(200);
		return start.body();
	}

	private Map<String, Object> instelling(String issuer, boolean actief) {
		Map<String, Object> instelling = new LinkedHashMap<>();
		instelling.put("issuerUri", issuer);
		instelling.put("clientId", CLIENT_ID);
		instelling.put("clientSecret", "geheim-" + achtervoegsel());
		instelling.put("rollenClaim", "groups");
		instelling.put("rollenToewijzing", "helder-ai=ai-coordinator\nhelder-hr=hr");
		instelling.put("actief", actief);
		return instelling;
	}

	private Map<String, Object> instellingInDatabase() {
		return jdbc.sql("select * from organisaties.oidc_configuratie where organisatie_code = ?")
			.param(BEEKDAL)
			.query()
			.singleRow();
	}

	private String ongebruikteGemeentecode() {
		while (true) {
			String code = "GM%04d".formatted(ThreadLocalRandom.current().nextInt(1000, 9000));
			if (organisatieDienst.vind(code).isEmpty()) {
				return code;
			}
		}
	}

	private static List<String> velden(JsonNode probleem) {
		assertThat(probleem.has("invalidParams")).as("invalidParams in %s", probleem).isTrue();
		return probleem.get("invalidParams").valueStream().map(v -> v.get("name").asString()).toList();
	}

	private static Map<String, String> parameters(String adres) {
		String vraag = URI.create(adres).getRawQuery();
		return Arrays.stream(vraag.split("&"))
			.map(deel -> deel.split("=", 2))
			.collect(Collectors.toMap(d -> URLDecoder.decode(d[0], StandardCharsets.UTF_8),
					d -> d.length > 1 ? URLDecoder.decode(d[1], StandardCharsets.UTF_8) : ""));
	}

	private static String achtervoegsel() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

}
