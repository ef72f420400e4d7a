// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.pulse.internal.PulseDienst;
import nl.helder.shared.Rol;
import nl.helder.shared.Systeemaanvrager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The API for reminders, newcomers, actions and go-live dates: who may call what, and bad input changes nothing and
 * answers 400 problem+json in Dutch.
 */
class PulseBeheerApiTest extends HelderIntegratieTest {

	private static final String PAD = "/api/v1/organisaties/{code}/pulse";

	@Autowired
	private TeamDienst teamDienst;

	@Autowired
	private PulseDienst dienst;

	private PulseTestOrganisatie org;

	private UUID golf;

	private LocalDate vandaag;

	@BeforeEach
	void golf() {
		org = PulseTestOrganisatie.maak(teamDienst, gebruikerDienst, AALSTEDE);
		vandaag = dienst.vandaag();
		var hr = new Systeemaanvrager("api-hr", "API HR", AALSTEDE, Set.of(Rol.HR));
		golf = dienst.maak(AALSTEDE, new PulseDienst.Gegevens("API-golf", vandaag.toString(), vandaag.plusDays(14).toString(),
				List.of(org.afdeling().toString()), "5"), hr).id();
		dienst.legInstemmingVast(AALSTEDE, golf, vandaag.toString(), "OR-a", "DPIA-a");
	}

	@Test
	void herinneringenInstellenZolangHetEenConceptIs() throws Exception {
		String hr = bearer(org.hr());
		MockHttpServletResponse goed = zend(put(PAD + "/golven/{id}/herinneringen", AALSTEDE, golf), hr,
				"{\"data\": [\"%s\", \"%s\"]}".formatted(vandaag.plusDays(9), vandaag.plusDays(4)));
		assertThat(goed.getStatus()).as(goed.getContentAsString()).isEqualTo(200);
		assertThat(goed.getContentAsString()).contains("\"data\":[\"%s\",\"%s\"]".formatted(vandaag.plusDays(4),
				vandaag.plusDays(9)));
		String opgeslagen = herinneringen();

		for (String fout : List.of("{\"data\": [\"%s\"]}".formatted(vandaag),
				"{\"data\": [\"%s\"]}".formatted(vandaag.plusDays(14)), "{\"data\": [\"morgen\"]}",
				"{\"data\": [\"%s\", \"%s\", \"%s\", \"%s\"]}".formatted(vandaag.plusDays(1), vandaag.plusDays(2),
						vandaag.plusDays(3), vandaag.plusDays(5)))) {
			MockHttpServletResponse antwoord = zend(put(PAD + "/golven/{id}/herinneringen", AALSTEDE, golf), hr, fout);
			assertThat(antwoord.getStatus()).as(fout).isEqualTo(400);
			assertThat(antwoord.getContentType()).startsWith("application/problem+json");
			assertThat(antwoord.getContentAsString()).contains("herinnering");
			assertThat(herinneringen()).as("niets veranderd").isEqualTo(opgeslagen);
		}
		MockHttpServletResponse lijst = mvc.perform(get(PAD + "/golven/{id}/herinneringen", AALSTEDE, golf)
			.header("Authorization", hr)).andReturn().getResponse();
		assertThat(lijst.getContentAsString()).contains("\"verstuurd\":[]", "\"vast\":false");

		dienst.open(AALSTEDE, golf);
		MockHttpServletResponse open = zend(put(PAD + "/golven/{id}/herinneringen", AALSTEDE, golf), hr,
				"{\"data\": []}");
		assertThat(open.getStatus()).isEqualTo(400);
		assertThat(open.getContentAsString()).contains("al geopend");
		assertThat(herinneringen()).isEqualTo(opgeslagen);

		assertThat(zend(put(PAD + "/golven/{id}/herinneringen", AALSTEDE, golf), bearer(org.teamleiderA()), "{\"data\": []}")
			.getStatus()).isEqualTo(403);
	}

	@Test
	void actiesAlleenDoorHrEnNietBijEenConcept() throws Exception {
		String hr = bearer(org.hr());
		MockHttpServletResponse concept = zend(post(PAD + "/golven/{id}/acties", AALSTEDE, golf), hr,
				"{\"tekst\": \"Werkoverleg\"}");
		assertThat(concept.getStatus()).isEqualTo(400);
		assertThat(concept.getContentAsString()).contains("nog niet open");
		assertThat(acties()).isZero();

		dienst.open(AALSTEDE, golf);
		for (String fout : List.of("{\"tekst\": \"  \"}", "{}", "{\"tekst\": \"" + "x".repeat(2001) + "\"}")) {
			MockHttpServletResponse antwoord = zend(post(PAD + "/golven/{id}/acties", AALSTEDE, golf), hr, fout);
			assertThat(antwoord.getStatus()).isEqualTo(400);
			assertThat(antwoord.getContentType()).startsWith("application/problem+json");
		}
		assertThat(acties()).as("niets geschreven").isZero();
		assertThat(zend(post(PAD + "/golven/{id}/acties", AALSTEDE, golf), bearer("ai-coordinator@aalstede.demo"),
				"{\"tekst\": \"Mag niet\"}").getStatus()).isEqualTo(403);

		MockHttpServletResponse goed = zend(post(PAD + "/golven/{id}/acties", AALSTEDE, golf), hr,
				"{\"tekst\": \"Werkoverleg over meldingen\"}");
		assertThat(goed.getStatus()).isEqualTo(201);
		assertThat(acties()).isOne();
		MockHttpServletResponse lijst = mvc.perform(get(PAD + "/golven/{id}/acties", AALSTEDE, golf)
			.header("Authorization", bearer(org.leden().get(3)))).andReturn().getResponse();
		assertThat(lijst.getStatus()).isEqualTo(200);
		assertThat(lijst.getContentAsString()).contains("Werkoverleg over meldingen").doesNotContain("API HR");
		assertThat(mvc.perform(get(PAD + "/golven/{id}/acties", AALSTEDE, UUID.randomUUID()).header("Authorization", hr))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void nieuweCollegasAlleenBijEenOpenGolf() throws Exception {
		String hr = bearer(org.hr());
		assertThat(mvc.perform(post(PAD + "/golven/{id}/nieuwe-collegas", AALSTEDE, golf).header("Authorization", hr))
			.andReturn().getResponse().getStatus()).isEqualTo(400);
		dienst.open(AALSTEDE, golf);
		MockHttpServletResponse open = mvc.perform(post(PAD + "/golven/{id}/nieuwe-collegas", AALSTEDE, golf)
			.header("Authorization", hr)).andReturn().getResponse();
		assertThat(open.getStatus()).isEqualTo(200);
		assertThat(open.getContentAsString()).contains("\"uitgenodigd\":0");
	}

	@Test
	void invoeringLezenEnVastleggen() throws Exception {
		String hr = bearer(org.hr());
		assertThat(mvc.perform(get(PAD + "/invoeringen/{t}", AALSTEDE, UUID.randomUUID()).header("Authorization", hr))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(zend(put(PAD + "/invoeringen/{t}", AALSTEDE, UUID.randomUUID()), hr, "{\"datum\": \"2027-01-01\"}")
			.getStatus()).isEqualTo(404);

		UUID toepassing = nieuweToepassing("Pulse-API-toepassing " + UUID.randomUUID().toString().substring(0, 6));
		MockHttpServletResponse leeg = mvc.perform(get(PAD + "/invoeringen/{t}", AALSTEDE, toepassing)
			.header("Authorization", bearer(org.leden().get(1)))).andReturn().getResponse();
		assertThat(leeg.getStatus()).isEqualTo(200);
		assertThat(leeg.getContentAsString()).contains("\"bron\":\"GEEN\"");

		for (String fout : List.of("{\"datum\": \"2027-13-01\"}", "{\"datum\": \"1-3-2027\"}", "{}")) {
			MockHttpServletResponse antwoord = zend(put(PAD + "/invoeringen/{t}", AALSTEDE, toepassing), hr, fout);
			assertThat(antwoord.getStatus()).as(fout).isEqualTo(400);
			assertThat(antwoord.getContentType()).startsWith("application/problem+json");
		}
		assertThat(invoeringen(toepassing)).as("niets geschreven").isZero();
		assertThat(zend(put(PAD + "/invoeringen/{t}", AALSTEDE, toepassing), bearer(org.teamleiderA()),
				"{\"datum\": \"2027-01-01\"}").getStatus()).isEqualTo(403);
		assertThat(invoeringen(toepassing)).isZero();

		MockHttpServletResponse goed = zend(put(PAD + "/invoeringen/{t}", AALSTEDE, toepassing), hr,
				"{\"datum\": \"2027-01-01\"}");
		assertThat(goed.getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get(PAD + "/invoeringen/{t}", AALSTEDE, toepassing).header("Authorization", hr))
			.andReturn().getResponse().getContentAsString()).contains("\"datum\":\"2027-01-01\"", "\"bron\":\"VASTGELEGD\"");
	}

	@Test
	void hetFormulierOpDeGolfpaginaWeigertFouteDataZonderIetsTeSchrijven() throws Exception {
		String opgeslagen = herinneringen();
		MockHttpServletResponse fout = mvc.perform(post("/pulse/golven/{id}/herinneringen", golf).with(als(org.hr()))
			.with(csrf())
			.param("herinneringen", vandaag.plusDays(20).toString(), "", "")).andReturn().getResponse();
		assertThat(fout.getStatus()).isEqualTo(400);
		assertThat(fout.getContentAsString()).contains("na de eerste dag en voor de laatste dag");
		assertThat(herinneringen()).isEqualTo(opgeslagen);

		MockHttpServletResponse goed = mvc.perform(post("/pulse/golven/{id}/herinneringen", golf).with(als(org.hr()))
			.with(csrf())
			.param("herinneringen", vandaag.plusDays(5).toString(), "", "")).andReturn().getResponse();
		assertThat(goed.getStatus()).isEqualTo(302);
		assertThat(herinneringen()).isEqualTo(vandaag.plusDays(5).toString());
		String pagina = mvc.perform(get("/pulse/golven/{id}", golf).with(als(org.hr()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(pagina).contains("Herinneringen en nieuwe collega").contains(vandaag.plusDays(5).toString());
	}

	private MockHttpServletResponse zend(MockHttpServletRequestBuilder verzoek, String token, String json)
			throws Exception {
		return mvc.perform(verzoek.header("Authorization", token).contentType("application/json").content(json))
			.andReturn()
			.getResponse();
	}

	private String herinneringen() {
		return jdbc.sql("select herinneringen from pulse.golf where id = ?").param(golf).query(String.class).single();
	}

	private int acties() {
		return jdbc.sql("select count(*) from pulse.actie where golf_id = ?").param(golf).query(Integer.class).single();
	}

	private int invoeringen(UUID toepassing) {
		return jdbc.sql("select count(*) from pulse.invoering where toepassing_id = ?").param(toepassing)
			.query(Integer.class)
			.single();
	}

}
