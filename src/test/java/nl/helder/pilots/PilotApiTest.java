// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pilot API from intake to decision, and every refusal writes nothing. */
class PilotApiTest extends HelderIntegratieTest {

	private static final String COORDINATOR = "ai-coordinator@aalstede.demo";

	private static final String INTAKE = """
			{"titel": "Verslagen met spraakherkenning", "probleem": "Verslagen kosten veel tijd", "probleemhouder": "Wmo-consulenten",
			 "huidigProces": "Met de hand uitwerken", "waaromAi": "Spraak naar tekst", "alternatieven": "Dicteren",
			 "scores": {"nut": {"score": 4, "toelichting": "Tijdwinst"}, "noodzaak": {"score": "3", "toelichting": "Geen alternatief"},
			   "risicos": {"score": 3, "toelichting": "Fouten in verslag"}, "avg": {"score": 2, "toelichting": "Gezondheidsgegevens"},
			   "ethiek": {"score": 4, "toelichting": "Consulent controleert"}, "beveiliging": {"score": 3, "toelichting": "EU-opslag"}},
			 "uitkomst": "PILOTEN", "redenen": "Veel tijdwinst, risico's beheersbaar", "revisie": %d}
			""";

	@Test
	void vanIntakeTotBesluit() throws Exception {
		UUID toepassing = nieuweToepassing("Pilot-API " + UUID.randomUUID());
		String basis = "/api/v1/organisaties/" + AALSTEDE + "/toepassingen/" + toepassing + "/pilots";
		String pilot = id(schrijf(post(basis), "{\"titel\": \"Verslagen\"}", 201));
		String pad = basis + "/" + pilot;

		String naIntake = schrijf(put(pad + "/intake"), INTAKE.formatted(0), 200);
		assertThat(naIntake).contains("\"fase\":\"PLAN\"").contains("\"criteriaVersie\":\"2026.1\"");

		LocalDate vandaag = LocalDate.now();
		String plan = """
				{"leerdoelen": "goede pilotaanpak", "startdatum": "%s", "einddatum": "%s", "kpis": ["minuten-per-taak"],
				 "orSoort": "ADVIES", "orDatum": "%s", "orUitkomst": "Positief", "aantalDeelnemers": "8", "revisie": 1}
				""".formatted(vandaag.minusDays(60), vandaag.plusDays(30), vandaag.minusDays(70));
		assertThat(schrijf(put(pad + "/plan"), plan, 200)).contains("\"waarschuwingen\"").contains("nog niet ingedeeld");
		assertThat(schrijf(post(pad + "/start"), "{\"revisie\": 2}", 200)).contains("\"fase\":\"LOPEND\"");

		StringBuilder csv = new StringBuilder("kpi;moment;datum;waarde\n");
		for (int i = 0; i < 6; i++) {
			csv.append("minuten-per-taak;nulmeting;").append(vandaag.minusDays(65 - i)).append(';').append(20 + i % 3).append('\n');
			csv.append("minuten-per-taak;vervolg-1;").append(vandaag.minusDays(10 - i)).append(';').append(12 + i % 2).append(",5\n");
		}
		long voor = aantalMetingen();
		String proef = mvc.perform(post(pad + "/waarnemingen/import").header("Authorization", bearer(COORDINATOR))
			.contentType("text/csv").content(csv.toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(proef).contains("\"proef\":true").contains("\"aantalRegels\":12");
		assertThat(aantalMetingen()).as("een proef schrijft niets").isEqualTo(voor);
		mvc.perform(post(pad + "/waarnemingen/import?proef=false").header("Authorization", bearer(COORDINATOR))
			.contentType("text/csv").content(csv.toString())).andExpect(status().isOk());
		assertThat(aantalMetingen()).isEqualTo(voor + 12);

		String kpis = mvc.perform(get(pad + "/kpis").header("Authorization", bearer("medewerker@aalstede.demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(kpis).contains("\"genoegMetingen\":true").contains("\"richting\":\"BETER\"");

		String besluit = schrijf(put(pad + "/besluit"),
				"{\"besluit\": \"OPSCHALEN\", \"redenen\": \"Sneller\", \"lessen\": \"Meer teams\", \"lessenDeelbaar\": true, \"revisie\": 3}", 200);
		assertThat(besluit).contains("\"fase\":\"BESLUIT\"").contains("\"bewijs\"").contains("\"richting\":\"BETER\"");
		// After the decision the evidence is fixed: a new measurement is refused.
		mvc.perform(post(pad + "/waarnemingen").header("Authorization", bearer(COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kpi\": \"minuten-per-taak\", \"moment\": \"vervolg-2\", \"datum\": \"" + vandaag + "\", \"waarde\": \"5\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void slechteInvoerSchrijftNiets() throws Exception {
		UUID toepassing = nieuweToepassing("Pilot-fouten " + UUID.randomUUID());
		String basis = "/api/v1/organisaties/" + AALSTEDE + "/toepassingen/" + toepassing + "/pilots";
		long pilotsVoor = jdbc.sql("select count(*) from pilots.pilot").query(Long.class).single();
		schrijfFout(post(basis), "{\"titel\": \"  \"}", "titel");
		assertThat(jdbc.sql("select count(*) from pilots.pilot").query(Long.class).single()).isEqualTo(pilotsVoor);

		String pilot = id(schrijf(post(basis), "{\"titel\": \"Proef\"}", 201));
		String pad = basis + "/" + pilot;
		String voor = stand(pilot);
		// An outcome without scores and reasons, a score off the scale, an unknown outcome.
		schrijfFout(put(pad + "/intake"), "{\"titel\": \"Proef\", \"uitkomst\": \"PILOTEN\", \"revisie\": 0}", "redenen");
		schrijfFout(put(pad + "/intake"), "{\"titel\": \"Proef\", \"scores\": {\"nut\": {\"score\": 9}}, \"revisie\": 0}", "scores.nut.score");
		schrijfFout(put(pad + "/intake"), "{\"titel\": \"Proef\", \"uitkomst\": \"MISSCHIEN\", \"revisie\": 0}", "uitkomst");
		// The plan is not open in the intake phase; a stale revision is a conflict.
		mvc.perform(put(pad + "/intake").header("Authorization", bearer(COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
			.content(INTAKE.formatted(7))).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.huidigeRevisie").value(0));
		assertThat(stand(pilot)).isEqualTo(voor);

		schrijf(put(pad + "/intake"), INTAKE.formatted(0), 200);
		voor = stand(pilot);
		schrijfFout(put(pad + "/plan"), """
				{"leerdoelen": "x", "startdatum": "2026-05-01", "einddatum": "2026-04-01", "kpis": ["geen-kpi"],
				 "teams": ["%s"], "aantalDeelnemers": "nul", "orDatum": "2026-13-01", "revisie": 1}
				""".formatted(UUID.randomUUID()), "einddatum", "kpis", "teams", "aantalDeelnemers", "orDatum");
		assertThat(stand(pilot)).isEqualTo(voor);

		long metingenVoor = aantalMetingen();
		mvc.perform(post(pad + "/waarnemingen/import?proef=false").header("Authorization", bearer(COORDINATOR))
			.contentType("text/csv").content("kpi,moment,datum,waarde\nminuten-per-taak,nulmeting,2026-01-05,10\nminuten-per-taak,nulmeting,2026-01-05,9999\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("regel 3"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value(org.hamcrest.Matchers.startsWith("Regel 3:")));
		schrijfFout(post(pad + "/waarnemingen"), "{\"kpi\": \"minuten-per-taak\", \"moment\": \"later\", \"datum\": \"gisteren\", \"waarde\": \"1e5\"}",
				"moment", "datum", "waarde");
		assertThat(aantalMetingen()).as("alles of niets").isEqualTo(metingenVoor);
		// A decision needs a running pilot, and reasons; stopping also needs lessons.
		schrijfFout(put(pad + "/besluit"), "{\"besluit\": \"STOPPEN\", \"revisie\": 1}", "fase", "redenen", "lessen");
		assertThat(stand(pilot)).isEqualTo(voor);
	}

	@Test
	void andereGemeenteEnLezersRollen() throws Exception {
		UUID toepassing = nieuweToepassing("Pilot-toegang " + UUID.randomUUID());
		String basis = "/api/v1/organisaties/" + AALSTEDE + "/toepassingen/" + toepassing + "/pilots";
		String pilot = id(schrijf(post(basis), "{\"titel\": \"Toegang\"}", 201));
		mvc.perform(get(basis + "/" + pilot).header("Authorization", bearer("medewerker@aalstede.demo"))).andExpect(status().isOk());
		mvc.perform(put(basis + "/" + pilot + "/intake").header("Authorization", bearer("medewerker@aalstede.demo"))
			.contentType(MediaType.APPLICATION_JSON).content(INTAKE.formatted(0))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organisaties/" + BEEKDAL + "/toepassingen/" + toepassing + "/pilots/" + pilot)
			.header("Authorization", bearer("beheerder@beekdal.demo"))).andExpect(status().isNotFound());
		mvc.perform(get(basis + "/" + UUID.randomUUID()).header("Authorization", bearer(COORDINATOR))).andExpect(status().isNotFound());
	}

	@Test
	void demoHeeftEenOpgeschaaldeEnEenGestoptePilot() {
		assertThat(jdbc.sql("select count(*) from pilots.pilot where organisatie_code = 'GM9001' and besluit = 'OPSCHALEN' and bewijs is not null")
			.query(Long.class).single()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from pilots.pilot where organisatie_code = 'GM9001' and besluit = 'STOPPEN' and lessen is not null and lessen_deelbaar")
			.query(Long.class).single()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit.gebeurtenis where entiteit_type = 'Pilot'").query(Long.class).single())
			.as("elke wijziging in het auditlog").isGreaterThan(0);
	}

	private String schrijf(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder verzoek, String body,
			int verwacht) throws Exception {
		MvcResult r = mvc.perform(verzoek.header("Authorization", bearer(COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn();
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(verwacht);
		return r.getResponse().getContentAsString();
	}

	private void schrijfFout(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder verzoek, String body,
			String... velden) throws Exception {
		String antwoord = schrijf(verzoek, body, 400);
		for (String veld : velden) {
			assertThat(antwoord).as(antwoord).contains("\"name\":\"" + veld + "\"");
		}
	}

	private String stand(String pilot) {
		return jdbc.sql("select revisie || fase || coalesce(probleem, '') || coalesce(leerdoelen, '') from pilots.pilot where id = ?::uuid")
			.param(pilot).query(String.class).single();
	}

	private long aantalMetingen() {
		return jdbc.sql("select count(*) from pilots.waarneming").query(Long.class).single();
	}

	private static String id(String json) {
		Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return m.group(1);
	}

}
