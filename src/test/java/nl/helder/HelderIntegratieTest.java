// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.organisaties.internal.Gebruikers;
import nl.helder.organisaties.internal.HelderPrincipal;
import nl.helder.organisaties.internal.OrganisatieDienst;
import nl.helder.organisaties.internal.TokenDienst;
import nl.helder.shared.Rol;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * One Spring context for all integration tests (context caching keeps the suite fast): a real embedded PostgreSQL,
 * or the server in HELDER_TEST_DB_URL, with the demo data (GM9001 Aalstede, GM9002 Beekdal, one user per role).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
public abstract class HelderIntegratieTest {

	public static final String AALSTEDE = "GM9001";

	public static final String BEEKDAL = "GM9002";

	public static final String DEMO_WACHTWOORD = "Demo-wachtwoord-2026";

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Gebruikers gebruikers;

	@Autowired
	protected TokenDienst tokenDienst;

	@Autowired
	protected OrganisatieDienst organisatieDienst;

	@Autowired
	protected GebruikerDienst gebruikerDienst;

	@LocalServerPort
	protected int poort;

	/** A session-style login of a demo user for MockMvc, as the real login would create it. */
	protected RequestPostProcessor als(String gebruikersnaam) {
		Gebruiker gebruiker = gebruikers.findByGebruikersnaam(gebruikersnaam).orElseThrow();
		HelderPrincipal principal = HelderPrincipal.voor(gebruiker,
				organisatieDienst.isPlatform(gebruiker.organisatieCode()));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
	}

	/** A real personal API token of a demo user (made once per test run), for Authorization: Bearer. */
	protected String tokenVan(String gebruikersnaam) {
		return TOKENS.computeIfAbsent(gebruikersnaam, naam -> tokenDienst
			.maakAan(gebruikers.findByGebruikersnaam(naam).orElseThrow().id(), "test", 30)
			.waarde());
	}

	protected String bearer(String gebruikersnaam) {
		return "Bearer " + tokenVan(gebruikersnaam);
	}

	/** A new user in Aalstede with one role and a password, with a unique name so tests never share one. */
	protected Gebruiker nieuweGebruiker(Rol rol, String wachtwoord) {
		String achtervoegsel = UUID.randomUUID().toString().substring(0, 8);
		return gebruikerDienst.maakAan(AALSTEDE, "test-" + achtervoegsel + "@aalstede.test",
				new GebruikerDienst.Gegevens("Test " + achtervoegsel, null, Set.of(rol), null, true), wachtwoord);
	}

	protected String basisUrl() {
		return "http://localhost:" + poort;
	}

	/**
	 * A new toepassing in the register of Aalstede, made through the register's own API as a client would, for tests
	 * of the modules that work on toepassingen.
	 */
	protected UUID nieuweToepassing(String naam) {
		try {
			String antwoord = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.post("/api/v1/organisaties/" + AALSTEDE + "/toepassingen")
					.header("Authorization", bearer("ai-coordinator@aalstede.demo"))
					.contentType("application/json")
					.content("{\"standaard\": {\"name\": \"" + naam.replace("\"", "") + "\"}}"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(antwoord);
			if (!id.find()) {
				throw new IllegalStateException("Geen toepassing gemaakt: " + antwoord);
			}
			return UUID.fromString(id.group(1));
		}
		catch (Exception fout) {
			throw new IllegalStateException(fout);
		}
	}

}
