// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.pulse.internal.Instrument;
import nl.helder.pulse.internal.Instrumenten;
import nl.helder.pulse.internal.PulseDienst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The whole path, as the "done when" describes it: HR records consent and a DPIA, opens a wave, people answer
 * through their links, and each role sees what it may: suppressed aggregates, never another team, never a person.
 */
class PulseStroomTest extends HelderIntegratieTest {

	@Autowired
	private TeamDienst teamDienst;

	@Autowired
	private PulseDienst dienst;

	@Autowired
	private Instrumenten instrumenten;

	private PulseTestOrganisatie org;

	@BeforeEach
	void organisatie() {
		org = PulseTestOrganisatie.maak(teamDienst, gebruikerDienst, AALSTEDE);
	}

	@Test
	void vanConceptTotOnderdruktRapport() throws Exception {
		String hr = bearer(org.hr());
		LocalDate vandaag = dienst.vandaag();
		String golf = json(mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven", AALSTEDE).header("Authorization", hr)
			.contentType("application/json")
			.content("""
					{"titel": "Testgolf", "opent": "%s", "sluit": "%s", "teams": ["%s"], "k": 5}"""
				.formatted(vandaag, vandaag.plusDays(14), org.afdeling()))).andReturn().getResponse(), 201, "id");
		UUID golfId = UUID.fromString(golf);

		// Not without the works council and a DPIA: refused, and nothing was sent or stored.
		MockHttpServletResponse teVroeg = mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven/{id}/openen", AALSTEDE, golfId)
			.header("Authorization", hr)).andReturn().getResponse();
		assertThat(teVroeg.getStatus()).isEqualTo(400);
		assertThat(teVroeg.getContentAsString()).contains("instemming van de OR");
		assertThat(uitnodigingen(golfId)).isZero();
		assertThat(status(golfId)).isEqualTo("CONCEPT");

		// A consent date in the future is refused and changes nothing.
		MockHttpServletResponse toekomst = mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven/{id}/instemming", AALSTEDE, golfId)
			.header("Authorization", hr)
			.contentType("application/json")
			.content("""
					{"orInstemmingDatum": "%s", "orInstemmingDocument": "OR-2027-01", "dpiaReferentie": "DPIA-9"}"""
				.formatted(vandaag.plusDays(3)))).andReturn().getResponse();
		assertThat(toekomst.getStatus()).isEqualTo(400);
		assertThat(jdbc.sql("select or_instemming_datum is null from pulse.golf where id = ?").param(golfId).query(Boolean.class).single())
			.isTrue();

		// k may not drop below 5.
		assertThat(mvc.perform(post("/pulse/golven/{id}/k", golfId).with(als(org.hr())).with(csrf()).param("k", "3"))
			.andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(jdbc.sql("select k from pulse.golf where id = ?").param(golfId).query(Integer.class).single()).isEqualTo(5);

		assertThat(mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven/{id}/instemming", AALSTEDE, golfId)
			.header("Authorization", hr)
			.contentType("application/json")
			.content("""
					{"orInstemmingDatum": "%s", "orInstemmingDocument": "OR-2027-01", "dpiaReferentie": "DPIA-9"}"""
				.formatted(vandaag.minusDays(3)))).andReturn().getResponse().getStatus()).isEqualTo(200);

		// Opening: one link per member of the three teams below the department.
		List<PulseDienst.Uitnodiging> links = dienst.open(AALSTEDE, golfId);
		assertThat(links).hasSize(14);
		assertThat(links).extracting(PulseDienst.Uitnodiging::email).doesNotHaveDuplicates();
		assertThat(uitnodigingen(golfId)).isEqualTo(14);
		assertThat(jdbc.sql("select count(*) from pulse.uitnodiging where golf_id = ? and token_hash = ?")
			.params(golfId, links.get(0).token())
			.query(Integer.class)
			.single()).as("het token zelf staat nergens").isZero();

		// A bad answer: refused, nothing stored, the link still works.
		String eerste = links.get(0).token();
		MockHttpServletResponse fout = mvc.perform(post("/peiling/{t}", eerste).with(csrf()).param("overbelasting", "9"))
			.andReturn().getResponse();
		assertThat(fout.getStatus()).isEqualTo(400);
		assertThat(fout.getContentAsString()).contains("Kies een van de getallen");
		assertThat(antwoorden(golfId)).isZero();
		assertThat(jdbc.sql("select count(*) from pulse.uitnodiging where golf_id = ? and gebruikt").param(golfId).query(Integer.class).single())
			.isZero();

		Instrument instrument = instrumenten.versie("tech-pulse", "1.0").orElseThrow();
		Random toeval = new Random(6);
		for (PulseDienst.Uitnodiging link : links) {
			MockHttpServletRequestBuilder verzoek = post("/peiling/{t}", link.token()).with(csrf());
			for (Instrument.Vraag vraag : instrument.schaalvragen()) {
				verzoek.param(vraag.id(), String.valueOf(1 + toeval.nextInt(5)));
			}
			if (link.email().startsWith("c0-")) {
				verzoek.param("toelichting", "Pietje Pukkema stuurt mij elke avond berichten.");
			}
			else if (link.email().startsWith("c1-")) {
				verzoek.param("toelichting", "Te veel meldingen op een dag.");
			}
			verzoek.param("functiegroep", "uitvoering");
			MockHttpServletResponse antwoord = mvc.perform(verzoek).andReturn().getResponse();
			assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(200);
			assertThat(antwoord.getContentAsString()).contains("Bedankt");
		}
		assertThat(antwoorden(golfId)).isEqualTo(14);
		assertThat(jdbc.sql("select count(*) from pulse.antwoord where golf_id = ? and vrije_tekst_verborgen").param(golfId)
			.query(Integer.class).single()).as("de tekst met een naam is verborgen").isEqualTo(1);

		// Twice: a clear page, nothing stored.
		MockHttpServletResponse nogmaals = mvc.perform(post("/peiling/{t}", eerste).with(csrf()).param("overbelasting", "3"))
			.andReturn().getResponse();
		assertThat(nogmaals.getStatus()).isEqualTo(410);
		assertThat(nogmaals.getContentAsString()).contains("Deze link is al gebruikt");
		assertThat(mvc.perform(get("/peiling/{t}", eerste)).andReturn().getResponse().getContentAsString())
			.contains("Deze link is al gebruikt");
		assertThat(antwoorden(golfId)).isEqualTo(14);

		// While open, nobody sees results, only how many answered.
		String tijdens = mvc.perform(get("/api/v1/organisaties/{code}/pulse/golven/{id}/uitkomsten", AALSTEDE, golfId)
			.header("Authorization", hr)).andReturn().getResponse().getContentAsString();
		assertThat(tijdens).contains("\"beschikbaar\":false").doesNotContain("respondenten\":14");

		assertThat(mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven/{id}/sluiten", AALSTEDE, golfId)
			.header("Authorization", hr)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(uitnodigingen(golfId)).as("links zijn weg na sluiten").isZero();
		assertThat(mvc.perform(get("/peiling/{t}", links.get(1).token())).andReturn().getResponse().getStatus()).isEqualTo(404);

		// HR: the organisation and every team, team B (3) hidden, and C (5) hidden with it.
		String volledig = mvc.perform(get("/api/v1/organisaties/{code}/pulse/golven/{id}/uitkomsten", AALSTEDE, golfId)
			.header("Authorization", hr)).andReturn().getResponse().getContentAsString();
		assertThat(volledig).contains("\"beschikbaar\":true").contains("\"respondenten\":14");
		assertThat(cel(volledig, org.teamA())).contains("\"zichtbaar\":true").contains("\"respondenten\":6");
		assertThat(cel(volledig, org.teamB())).contains("\"zichtbaar\":false").doesNotContain("respondenten\":3");
		assertThat(cel(volledig, org.teamC())).contains("\"zichtbaar\":false").doesNotContain("respondenten\":5");

		String hrPagina = mvc.perform(get("/pulse/golven/{id}", golfId).with(als(org.hr()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(hrPagina).contains("Te veel meldingen op een dag.").doesNotContain("Pietje Pukkema stuurt");

		// Team leader A: the organisation and team A; nothing of B or C.
		String leiderA = mvc.perform(get("/api/v1/organisaties/{code}/pulse/golven/{id}/uitkomsten", AALSTEDE, golfId)
			.header("Authorization", bearer(org.teamleiderA()))).andReturn().getResponse().getContentAsString();
		assertThat(leiderA).contains("\"bereik\":\"EIGEN_TEAM\"").contains(org.teamA().toString())
			.doesNotContain(org.teamB().toString()).doesNotContain(org.teamC().toString()).contains("\"teams\":[]");
		String leiderAPagina = mvc.perform(get("/pulse/golven/{id}", golfId).with(als(org.teamleiderA()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(leiderAPagina).contains(org.naamA()).doesNotContain(org.naamB()).doesNotContain(org.naamC())
			.doesNotContain("Te veel meldingen");

		// Team leader B: their own team is too small, so only the organisation.
		String leiderB = mvc.perform(get("/api/v1/organisaties/{code}/pulse/golven/{id}/uitkomsten", AALSTEDE, golfId)
			.header("Authorization", bearer(org.teamleiderB()))).andReturn().getResponse().getContentAsString();
		assertThat(leiderB).contains("\"eigenTeam\":null").doesNotContain(org.teamA().toString())
			.doesNotContain(org.teamB().toString());
		assertThat(mvc.perform(get("/pulse/golven/{id}", golfId).with(als(org.teamleiderB()))).andReturn().getResponse()
			.getContentAsString()).contains("Uw team is verborgen").doesNotContain(org.naamA());

		// Works council: the organisation and the actions HR records.
		assertThat(mvc.perform(post("/pulse/golven/{id}/acties", golfId).with(als(org.hr())).with(csrf())
			.param("tekst", "Afspraak: stille uren in de ochtend.")).andReturn().getResponse().getStatus()).isEqualTo(302);
		String or = mvc.perform(get("/api/v1/organisaties/{code}/pulse/golven/{id}/uitkomsten", AALSTEDE, golfId)
			.header("Authorization", bearer(org.leden().get(13)))).andReturn().getResponse().getContentAsString();
		assertThat(or).contains("\"bereik\":\"ORGANISATIE\"").contains("\"respondenten\":14").contains("stille uren")
			.doesNotContain(org.teamA().toString()).contains("\"functiegroepen\":[]");

		// Another municipality does not find the wave.
		assertThat(mvc.perform(get("/api/v1/organisaties/{code}/pulse/golven/{id}/uitkomsten", AALSTEDE, golfId)
			.header("Authorization", bearer("beheerder@beekdal.demo"))).andReturn().getResponse().getStatus()).isIn(403, 404);
	}

	@Test
	void voorEnNaGebruiktDeBegindatumUitHetRegisterTotErEenDagIsVastgelegd() throws Exception {
		String antwoord = mvc.perform(post("/api/v1/organisaties/{code}/toepassingen", AALSTEDE)
			.header("Authorization", bearer("ai-coordinator@aalstede.demo"))
			.contentType("application/json")
			.content("{\"standaard\": {\"name\": \"Voor en na " + UUID.randomUUID().toString().substring(0, 6)
					+ "\", \"begin_date\": \"2026-06\"}}"))
			.andReturn().getResponse().getContentAsString();
		var id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(antwoord);
		assertThat(id.find()).as(antwoord).isTrue();
		String pad = "/pulse/voor-na?toepassing=" + id.group(1);

		String uitRegister = mvc.perform(get(pad).with(als("hr@aalstede.demo"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(uitRegister).contains("In gebruik sinds 01-06-2026.", "komt uit het veld Begindatum in het register");

		mvc.perform(post("/pulse/voor-na").with(csrf()).with(als("hr@aalstede.demo")).param("toepassing", id.group(1))
			.param("datum", "2026-06-15"));
		String vastgelegd = mvc.perform(get(pad).with(als("hr@aalstede.demo"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(vastgelegd).contains("In gebruik sinds 15-06-2026.").doesNotContain("komt uit het veld Begindatum");
	}

	@Test
	void eenNieuweGolfMetFouteInvoerSchrijftNiets() throws Exception {
		int voor = jdbc.sql("select count(*) from pulse.golf").query(Integer.class).single();
		MockHttpServletResponse antwoord = mvc.perform(post("/api/v1/organisaties/{code}/pulse/golven", AALSTEDE)
			.header("Authorization", bearer(org.hr()))
			.contentType("application/json")
			.content("""
					{"titel": "", "opent": "2027-13-01", "sluit": "2027-01-01", "teams": ["geen-uuid", "%s"], "k": 4}"""
				.formatted(UUID.randomUUID()))).andReturn().getResponse();
		assertThat(antwoord.getStatus()).isEqualTo(400);
		assertThat(antwoord.getContentType()).contains("application/problem+json");
		assertThat(antwoord.getContentAsString()).contains("titel").contains("opent").contains("teams").contains("\"k\"");
		MockHttpServletResponse pagina = mvc.perform(post("/pulse/golven").with(als(org.hr())).with(csrf())
			.param("titel", "x").param("opent", "2027-01-10").param("sluit", "2027-01-01")).andReturn().getResponse();
		assertThat(pagina.getStatus()).isEqualTo(400);
		assertThat(pagina.getContentAsString()).contains("De laatste dag ligt voor de eerste dag");
		assertThat(jdbc.sql("select count(*) from pulse.golf").query(Integer.class).single()).isEqualTo(voor);
	}

	private int uitnodigingen(UUID golf) {
		return jdbc.sql("select count(*) from pulse.uitnodiging where golf_id = ?").param(golf).query(Integer.class).single();
	}

	private int antwoorden(UUID golf) {
		return jdbc.sql("select count(*) from pulse.antwoord where golf_id = ?").param(golf).query(Integer.class).single();
	}

	private String status(UUID golf) {
		return jdbc.sql("select status from pulse.golf where id = ?").param(golf).query(String.class).single();
	}

	/** The JSON object of one team cell, so assertions cannot pick up a neighbour's numbers. */
	private static String cel(String json, UUID team) {
		int plek = json.indexOf("\"teamId\":\"" + team + "\"");
		assertThat(plek).as("cel van team " + team).isGreaterThan(0);
		int begin = json.lastIndexOf('{', plek);
		int eind = json.indexOf("\"scores\"", plek);
		return json.substring(begin, eind);
	}

	private static String json(MockHttpServletResponse antwoord, int status, String veld) throws Exception {
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(status);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + veld + "\"\\s*:\\s*\"([^\"]+)\"")
			.matcher(antwoord.getContentAsString());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

}
