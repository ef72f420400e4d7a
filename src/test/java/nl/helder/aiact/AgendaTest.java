// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar feed behind a secret link: iCalendar as RFC 5545 wants it, and a link that can be taken back. */
class AgendaTest extends HelderIntegratieTest {

	@Test
	void deDeadlinesStaanAlsAgendaAchterEenGeheimeLink() throws Exception {
		Gebruiker aico = nieuweGebruiker(Rol.AICO, "Agendalink-blijft-geheim");
		UUID id = geclassificeerd(aico.gebruikersnaam());
		String adres = maakLink(aico.gebruikersnaam());
		String geheim = adres.substring(adres.lastIndexOf('/') + 1, adres.length() - ".ics".length());

		MockHttpServletResponse feed = mvc.perform(get("/agenda/" + geheim + ".ics")).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(feed.getContentType()).startsWith("text/calendar");
		String ics = feed.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
			// Art. 27 FRIA for a system already in use: art. 111(2) gives 2 August 2030.
			.contains("UID:" + id + "-aia-27@helder", "DTSTART;VALUE=DATE:20300802", "DTEND;VALUE=DATE:20300803")
			// Requirements that apply already have no date and are not events.
			.doesNotContain("-avg-13@helder");
		assertThat(Arrays.stream(ics.split("\r\n"))).allSatisfy(regel -> assertThat(
				regel.getBytes(StandardCharsets.UTF_8).length).as(regel).isLessThanOrEqualTo(75));

		// Only a hash is stored, and the audit log hides it.
		String opgeslagen = jdbc.sql("select geheim_hash from aiact.agenda where persoon_id = ?")
			.param(aico.id().toString()).query(String.class).single();
		assertThat(opgeslagen).hasSize(64).isNotEqualTo(geheim);
		assertThat(jdbc.sql("select na::text from audit.gebeurtenis where entiteit_type like '%AgendaLink' "
				+ "and entiteit_id = ? order by id desc limit 1").param(aico.id().toString()).query(String.class).single())
			.contains("[verborgen]").doesNotContain(opgeslagen);

		// A new link replaces the old one; removing it stops the feed.
		String nieuw = maakLink(aico.gebruikersnaam());
		mvc.perform(get("/agenda/" + geheim + ".ics")).andExpect(status().isNotFound());
		String nieuwGeheim = nieuw.substring(nieuw.lastIndexOf('/') + 1, nieuw.length() - ".ics".length());
		mvc.perform(get("/agenda/" + nieuwGeheim + ".ics")).andExpect(status().isOk());
		mvc.perform(post("/ai-verordening/agenda/verwijdering").with(csrf()).with(als(aico.gebruikersnaam())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/agenda/" + nieuwGeheim + ".ics")).andExpect(status().isNotFound());
	}

	@Test
	void eenLinkVanIemandDieGeenGebruikerMeerIsWerktNiet() throws Exception {
		Gebruiker aico = nieuweGebruiker(Rol.AICO, "Agendalink-blijft-geheim");
		String adres = maakLink(aico.gebruikersnaam());
		String geheim = adres.substring(adres.lastIndexOf('/') + 1, adres.length() - ".ics".length());
		mvc.perform(get("/agenda/" + geheim + ".ics")).andExpect(status().isOk());
		jdbc.sql("update organisaties.gebruiker set actief = false where id = ?").param(aico.id()).update();
		mvc.perform(get("/agenda/" + geheim + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/agenda/verzonnen.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/agenda/" + "x".repeat(300) + ".ics")).andExpect(status().isNotFound());
	}

	private String maakLink(String gebruiker) throws Exception {
		Object adres = mvc.perform(post("/ai-verordening/agenda").with(csrf()).with(als(gebruiker)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("agendaAdres");
		assertThat(adres).isNotNull();
		String pagina = mvc.perform(get("/ai-verordening").with(als(gebruiker)).flashAttr("agendaAdres", adres))
			.andReturn().getResponse().getContentAsString();
		assertThat(pagina).contains(adres.toString(), "Helder bewaart hem niet");
		return adres.toString();
	}

	private UUID geclassificeerd(String gebruiker) throws Exception {
		UUID id = nieuweToepassing("Agenda " + UUID.randomUUID().toString().substring(0, 6));
		String pad = "/toepassingen/" + id + "/ai-verordening/classificatie";
		mvc.perform(post(pad + "/start").with(csrf()).with(als(gebruiker))).andExpect(status().is3xxRedirection());
		for (int antwoord : new int[] { 0, 4, 0, 0, 1, 0, 1, 2, 0, 1, 0, 0, 1 }) {
			mvc.perform(post(pad).with(csrf()).with(als(gebruiker)).param("antwoord", String.valueOf(antwoord)))
				.andExpect(status().is3xxRedirection());
		}
		return id;
	}

}
