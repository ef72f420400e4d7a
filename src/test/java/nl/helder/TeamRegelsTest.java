// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The team tree stays a tree, and a team disappears only when it is empty. TeamDienst's rules as the API shows them:
 * 400 with a Dutch explanation for the field, and nothing changed.
 */
class TeamRegelsTest extends HelderIntegratieTest {

	@Autowired
	private JsonMapper json;

	private String uniek;

	@BeforeEach
	void uniek() {
		uniek = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void eenTeamKanNietOnderZijnEigenKindOfKleinkind() throws Exception {
		JsonNode ouder = maak("Ouder " + uniek, null);
		JsonNode kind = maak("Kind " + uniek, ouder.get("id").asString());
		JsonNode kleinkind = maak("Kleinkind " + uniek, kind.get("id").asString());

		for (JsonNode onder : new JsonNode[] { kind, kleinkind, ouder }) {
			JsonNode probleem = fout(mvc.perform(beheer(put("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE,
					ouder.get("id").asString()))
				.content("{\"naam\": \"Ouder " + uniek + "\", \"ouderId\": \"" + onder.get("id").asString() + "\"}"))
				.andReturn()
				.getResponse());
			assertThat(probleem.get("invalidParams")).singleElement().satisfies(v -> {
				assertThat(v.get("name").asString()).isEqualTo("ouderId");
				assertThat(v.get("reason").asString())
					.isEqualTo("Een team kan niet onder zichzelf of onder een van zijn eigen teams vallen.");
			});
		}
		assertThat(team(ouder.get("id").asString()).get("ouderId").isNull()).as("de ouder bleef bovenaan").isTrue();

		// Moving the grandchild to the top and the former parent under it is fine: no cycle.
		assertThat(mvc.perform(beheer(put("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE,
				kleinkind.get("id").asString())).content("{\"naam\": \"Kleinkind " + uniek + "\"}"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(mvc.perform(beheer(put("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE, ouder.get("id").asString()))
			.content("{\"naam\": \"Ouder " + uniek + "\", \"ouderId\": \"" + kleinkind.get("id").asString() + "\"}"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void eenTeamMetTeamsEronderBlijftBestaan() throws Exception {
		JsonNode ouder = maak("Afdeling " + uniek, null);
		maak("Onderdeel " + uniek, ouder.get("id").asString());

		JsonNode probleem = fout(mvc.perform(beheer(delete("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE,
				ouder.get("id").asString()))).andReturn().getResponse());
		assertThat(probleem.get("invalidParams")).singleElement().satisfies(v -> {
			assertThat(v.get("name").asString()).isEqualTo("id");
			assertThat(v.get("reason").asString()).isEqualTo("Dit team heeft nog teams eronder. Verplaats of verwijder die eerst.");
		});
		assertThat(team(ouder.get("id").asString())).isNotNull();
	}

	@Test
	void eenTeamMetLedenBlijftBestaan() throws Exception {
		JsonNode team = maak("Bezet " + uniek, null);
		String teamId = team.get("id").asString();
		assertThat(mvc.perform(beheer(post("/api/v1/organisaties/{code}/gebruikers", AALSTEDE)).content("""
				{"gebruikersnaam": "lid-%s@aalstede.demo", "naam": "Lid", "rollen": ["medewerker"], "teamId": "%s"}
				""".formatted(uniek, teamId))).andReturn().getResponse().getStatus()).isEqualTo(201);

		JsonNode probleem = fout(mvc.perform(beheer(delete("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE, teamId)))
			.andReturn()
			.getResponse());
		assertThat(probleem.get("invalidParams")).singleElement().satisfies(v -> {
			assertThat(v.get("name").asString()).isEqualTo("id");
			assertThat(v.get("reason").asString())
				.isEqualTo("Er zitten nog gebruikers in dit team. Zet ze eerst in een ander team.");
		});
		assertThat(team(teamId)).isNotNull();
	}

	@Test
	void eenLeegTeamZonderOnderdelenMagWeg() throws Exception {
		String id = maak("Leeg " + uniek, null).get("id").asString();
		assertThat(mvc.perform(beheer(delete("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE, id)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
		assertThat(team(id)).isNull();
	}

	/** The database allows a name once per parent; the API says so in Dutch instead of failing with a 500. */
	@Test
	void eenNaamKomtOnderDezelfdeOuderMaarEenKeerVoor() throws Exception {
		JsonNode ouder = maak("Sector " + uniek, null);
		String ouderId = ouder.get("id").asString();
		maak("Team A", ouderId);
		JsonNode b = maak("Team B", ouderId);

		String dubbel = "Er is al een team met deze naam op deze plek. Kies een andere naam.";
		assertThat(naamfout(mvc.perform(beheer(post("/api/v1/organisaties/{code}/teams", AALSTEDE))
			.content("{\"naam\": \" Team A \", \"ouderId\": \"" + ouderId + "\"}")).andReturn().getResponse()))
			.as("nieuw, met spaties eromheen").isEqualTo(dubbel);
		assertThat(naamfout(mvc.perform(beheer(put("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE,
				b.get("id").asString())).content("{\"naam\": \"Team A\", \"ouderId\": \"" + ouderId + "\"}"))
			.andReturn()
			.getResponse())).as("hernoemd naar de naam van een zusje").isEqualTo(dubbel);
		assertThat(naamfout(mvc.perform(beheer(post("/api/v1/organisaties/{code}/teams", AALSTEDE))
			.content("{\"naam\": \"Sector " + uniek + "\"}")).andReturn().getResponse()))
			.as("bovenaan in de boom").isEqualTo(dubbel);

		// Keeping its own name, or the same name under another parent, is fine.
		assertThat(mvc.perform(beheer(put("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE, b.get("id").asString()))
			.content("{\"naam\": \"Team B\", \"ouderId\": \"" + ouderId + "\"}")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		maak("Team A", b.get("id").asString());
	}

	private String naamfout(MockHttpServletResponse antwoord) throws Exception {
		JsonNode probleem = fout(antwoord);
		assertThat(probleem.get("invalidParams")).hasSize(1);
		assertThat(probleem.get("invalidParams").get(0).get("name").asString()).isEqualTo("naam");
		return probleem.get("invalidParams").get(0).get("reason").asString();
	}

	private JsonNode maak(String naam, String ouderId) throws Exception {
		String ouder = ouderId == null ? "null" : "\"" + ouderId + "\"";
		MockHttpServletResponse antwoord = mvc.perform(beheer(post("/api/v1/organisaties/{code}/teams", AALSTEDE))
			.content("{\"naam\": \"" + naam + "\", \"ouderId\": " + ouder + "}")).andReturn().getResponse();
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(201);
		return json.readTree(antwoord.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The team as the list shows it, or null when it is gone. */
	private JsonNode team(String id) throws Exception {
		JsonNode lijst = json.readTree(mvc.perform(beheer(get("/api/v1/organisaties/{code}/teams", AALSTEDE)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		for (JsonNode team : lijst) {
			if (team.get("id").asString().equals(id)) {
				return team;
			}
		}
		return null;
	}

	private JsonNode fout(MockHttpServletResponse antwoord) throws Exception {
		String tekst = antwoord.getContentAsString(StandardCharsets.UTF_8);
		assertThat(antwoord.getStatus()).as(tekst).isEqualTo(400);
		assertThat(antwoord.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		return json.readTree(tekst);
	}

	private MockHttpServletRequestBuilder beheer(MockHttpServletRequestBuilder verzoek) {
		return verzoek.header("Authorization", bearer("beheerder@aalstede.demo")).contentType(MediaType.APPLICATION_JSON);
	}

}
