// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The pilot pages: readers see, refused forms come back with the messages at the fields and write nothing. */
class PilotPaginasTest extends HelderIntegratieTest {

	private static final String COORDINATOR = "ai-coordinator@aalstede.demo";

	@Test
	void formulierenMetFoutenSchrijvenNiets() throws Exception {
		UUID toepassing = nieuweToepassing("Pilotpagina " + UUID.randomUUID());
		String basis = "/toepassingen/" + toepassing + "/pilots";
		long voor = aantal("pilots.pilot");
		String leeg = mvc.perform(post(basis).with(csrf()).with(als(COORDINATOR)).param("titel", " "))
			.andReturn().getResponse().getContentAsString();
		assertThat(leeg).contains("Vul de naam van de pilot in.").contains("aria-invalid=\"true\"");
		assertThat(aantal("pilots.pilot")).isEqualTo(voor);

		String adres = mvc.perform(post(basis).with(csrf()).with(als(COORDINATOR)).param("titel", "Pagina-pilot"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(adres).endsWith("/intake");
		String pilot = adres.replaceAll(".*/pilots/([0-9a-f-]{36})/intake", "$1");

		String intake = mvc.perform(post(adres).with(csrf()).with(als(COORDINATOR)).param("titel", "Pagina-pilot")
			.param("uitkomst", "PILOTEN").param("score-nut", "8").param("revisie", "0"))
			.andReturn().getResponse().getContentAsString();
		assertThat(intake).contains("Beschrijf het probleem.").contains("Kies bij Nut een score van 1 tot en met 5.")
			.contains("Kies een score bij Noodzaak.");
		assertThat(jdbc.sql("select fase || revisie from pilots.pilot where id = ?::uuid").param(pilot).query(String.class).single())
			.isEqualTo("INTAKE0");

		// A KPI page, an import with a wrong file and a measurement in the intake phase: all refused, nothing written.
		long metingen = aantal("pilots.waarneming");
		String kpis = mvc.perform(post(basis + "/" + pilot + "/kpis").with(csrf()).with(als(COORDINATOR))
			.param("kpi", "minuten-per-taak").param("moment", "nulmeting").param("datum", "2026-01-01").param("waarde", "3"))
			.andReturn().getResponse().getContentAsString();
		assertThat(kpis).contains("Metingen kunnen pas na een intake");
		String importeren = mvc.perform(multipart(basis + "/" + pilot + "/kpis/import")
			.file("bestand", "kpi;moment\n".getBytes()).with(csrf()).with(als(COORDINATOR)))
			.andReturn().getResponse().getContentAsString();
		assertThat(importeren).contains("Metingen kunnen pas na een intake");
		assertThat(aantal("pilots.waarneming")).isEqualTo(metingen);

		for (String pagina : new String[] { basis, basis + "/" + pilot, basis + "/" + pilot + "/kpis" }) {
			assertThat(mvc.perform(get(pagina).with(als("medewerker@aalstede.demo"))).andReturn().getResponse().getStatus())
				.as(pagina).isEqualTo(200);
		}
	}

	@Test
	void portfolioToontDeDemo() throws Exception {
		String pagina = mvc.perform(get("/pilots").with(als("beheerder@aalstede.demo"))).andReturn().getResponse().getContentAsString();
		assertThat(pagina).contains("Chatbot ook voor vragen over grofvuil").contains("Stoppen")
			.contains("Te weinig metingen om iets te zeggen (3 bij de nulmeting, 3 bij de vervolgmeting")
			.contains("95%-interval");
		assertThat(mvc.perform(get("/pilots").with(als("medewerker@aalstede.demo"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	private long aantal(String tabel) {
		return jdbc.sql("select count(*) from " + tabel).query(Long.class).single();
	}

}
