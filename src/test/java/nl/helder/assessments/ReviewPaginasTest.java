// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.helder.HelderIntegratieTest;

/**
 * The review section on the Beoordelingen tab and the overview page, through MockMvc: cadence from the phase,
 * changing it (and refusing bad input), starting and completing a review with its checklist.
 */
class ReviewPaginasTest extends HelderIntegratieTest {

	static final String COORDINATOR = "ai-coordinator@aalstede.demo";

	static final String MEDEWERKER = "medewerker@aalstede.demo";

	static final String BEEKDAL_COORDINATOR = "ai-coordinator@beekdal.demo";

	private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private UUID toepassing;

	private String naam;

	@BeforeEach
	void pilot() throws Exception {
		naam = "Review pilot " + UUID.randomUUID().toString().substring(0, 6);
		String antwoord = mvc.perform(post("/api/v1/organisaties/" + AALSTEDE + "/toepassingen")
			.header("Authorization", bearer(COORDINATOR))
			.contentType("application/json")
			.content("{\"standaard\": {\"name\": \"" + naam + "\"}, \"intern\": {\"levensfase\": \"PILOT\"}}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(antwoord);
		assertThat(id.find()).as(antwoord).isTrue();
		toepassing = UUID.fromString(id.group(1));
	}

	@Test
	void eenPilotKrijgtElkeVeertienDagenEenReviewEnHetRitmeIsAanTePassen() throws Exception {
		LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		String tab = html(get(lijst()), COORDINATOR);
		assertThat(tab).contains("Periodieke review", "Elke 14 dagen", "standaard voor de fase Pilot",
				vandaag.plusDays(14).format(DATUM), "nog niet gedaan", "Ritme aanpassen", "Review starten");
		assertThat(html(get(lijst()), MEDEWERKER)).contains("Elke 14 dagen")
			.doesNotContain("Ritme aanpassen")
			.doesNotContain("Review starten");

		MvcResult opgeslagen = mvc.perform(post(ritme()).with(csrf()).with(als(COORDINATOR)).param("dagen", "30"))
			.andReturn();
		assertThat(opgeslagen.getResponse().getRedirectedUrl()).isEqualTo(lijst() + "#review");
		assertThat(html(get(lijst()), COORDINATOR)).contains("Elke 30 dagen", "gekozen door uw gemeente",
				vandaag.plusDays(30).format(DATUM));
		assertThat(audit("EigenReviewritme")).isEqualTo(1);

		// Empty: back to the default of the phase, and the removal is in the audit log too.
		mvc.perform(post(ritme()).with(csrf()).with(als(COORDINATOR)).param("dagen", ""));
		assertThat(html(get(lijst()), COORDINATOR)).contains("Elke 14 dagen");
		assertThat(audit("EigenReviewritme")).isEqualTo(2);

		assertThat(html(get("/reviews"), MEDEWERKER)).contains("Reviews", naam, vandaag.plusDays(14).format(DATUM));
	}

	@Test
	void eenOngeldigRitmeGeeftEenNederlandseFoutEnVerandertNiets() throws Exception {
		for (String fout : new String[] { "abc", "3", "731", "14.5", "-20" }) {
			MvcResult antwoord = mvc.perform(post(ritme()).with(csrf()).with(als(COORDINATOR)).param("dagen", fout))
				.andReturn();
			assertThat(antwoord.getResponse().getStatus()).as(fout).isEqualTo(302);
			assertThat(String.valueOf(antwoord.getFlashMap().get("ritmefout"))).as(fout)
				.isIn("Vul een heel getal in, van 7 tot en met 730.", "Kies een aantal dagen van 7 tot en met 730.");
			assertThat(antwoord.getFlashMap().get("ritmeinvoer")).isEqualTo(fout);
		}
		assertThat(jdbc.sql("select count(*) from assessments.reviewritme where toepassing_id = ?")
			.param(toepassing)
			.query(Long.class)
			.single()).isZero();
		assertThat(audit("EigenReviewritme")).isZero();

		// Wrong role: 403; another municipality's toepassing: 404, also for starting a review.
		assertThat(status(post(ritme()).param("dagen", "30"), MEDEWERKER)).isEqualTo(403);
		assertThat(status(post(ritme()).param("dagen", "30"), BEEKDAL_COORDINATOR)).isEqualTo(404);
		assertThat(status(post("/toepassingen/" + toepassing + "/reviews"), BEEKDAL_COORDINATOR)).isEqualTo(404);
		assertThat(status(get(lijst()), BEEKDAL_COORDINATOR)).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from assessments.beoordeling where toepassing_id = ?")
			.param(toepassing)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void eenReviewStartenInvullenEnAfrondenZetDeVolgendeDatum() throws Exception {
		MvcResult start = mvc.perform(post("/toepassingen/" + toepassing + "/reviews").with(csrf()).with(als(COORDINATOR)))
			.andReturn();
		String formulier = start.getResponse().getRedirectedUrl();
		assertThat(formulier).matches("/toepassingen/" + toepassing + "/beoordelingen/[0-9a-f-]{36}/invullen");
		String detail = formulier.replace("/invullen", "");
		UUID checklist = UUID.fromString(detail.substring(detail.lastIndexOf('/') + 1));
		// Starting again while one is open continues that one.
		assertThat(mvc.perform(post("/toepassingen/" + toepassing + "/reviews").with(csrf()).with(als(COORDINATOR)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo(formulier);
		assertThat(html(get(formulier), COORDINATOR)).contains("Periodieke review", "Doet de toepassing nog wat ze moet doen?");

		// Completing with questions open is refused at the detail page, and nothing is recorded.
		MvcResult teVroeg = mvc.perform(post(afronden(checklist)).with(csrf()).with(als(COORDINATOR))).andReturn();
		assertThat(teVroeg.getResponse().getRedirectedUrl()).isEqualTo(detail);
		assertThat(teVroeg.getFlashMap().get("stapfouten")).asString().contains("Beantwoord deze vraag", "Doet de toepassing nog wat ze moet doen?");
		assertThat(reviews()).isZero();

		mvc.perform(post(formulier).with(csrf()).with(als(COORDINATOR))
			.param("revisie", "0")
			.param("v.doet_wat_moet", "ja")
			.param("v.incidenten", "nee")
			.param("v.gegevens_toegang", "ja")
			.param("v.beveiligingsupdates", "ja")
			.param("v.privacy", "ja")
			.param("v.menselijk_toezicht", "ja")
			.param("v.veranderd", "ja"));
		assertThat(html(get(detail), COORDINATOR)).contains("Review afronden").doesNotContain("Ter advies aanbieden");

		MvcResult klaar = mvc.perform(post(afronden(checklist)).with(csrf()).with(als(COORDINATOR))).andReturn();
		assertThat(klaar.getResponse().getRedirectedUrl()).isEqualTo(lijst() + "#review");
		LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		assertThat(String.valueOf(klaar.getFlashMap().get("reviewmelding")))
			.isEqualTo("De review is afgerond. De volgende review is op " + vandaag.plusDays(14).format(DATUM) + ".");
		assertThat(klaar.getFlashMap().get("herclassificeren")).isEqualTo(true);
		assertThat(reviews()).isOne();
		assertThat(audit("Review")).isOne();
		assertThat(jdbc.sql("select volgende_datum from assessments.review where toepassing_id = ?")
			.param(toepassing)
			.query(LocalDate.class)
			.single()).isEqualTo(vandaag.plusDays(14));

		String tab = html(get(lijst()), COORDINATOR);
		assertThat(tab).contains("Eerdere reviews", vandaag.format(DATUM), "Demo ai-coordinator");
		// Completed once: a second time is refused, and a medewerker may not complete one at all.
		MvcResult nogmaals = mvc.perform(post(afronden(checklist)).with(csrf()).with(als(COORDINATOR))).andReturn();
		assertThat(nogmaals.getFlashMap().get("stapfouten")).asString().contains("Deze review is al afgerond.");
		assertThat(status(post(afronden(checklist)), MEDEWERKER)).isEqualTo(403);
		assertThat(reviews()).isOne();
	}

	private String lijst() {
		return "/toepassingen/" + toepassing + "/beoordelingen";
	}

	private String ritme() {
		return "/toepassingen/" + toepassing + "/reviews/ritme";
	}

	private String afronden(UUID checklist) {
		return "/toepassingen/" + toepassing + "/reviews/" + checklist + "/afronden";
	}

	private long reviews() {
		return jdbc.sql("select count(*) from assessments.review where toepassing_id = ?")
			.param(toepassing)
			.query(Long.class)
			.single();
	}

	/** Audit events of this type for this toepassing's rows. */
	private long audit(String type) {
		return jdbc.sql("select count(*) from audit.gebeurtenis where entiteit_type = ? and (na::text like ? or voor::text like ?)")
			.param(type)
			.param("%" + toepassing + "%")
			.param("%" + toepassing + "%")
			.query(Long.class)
			.single();
	}

	private String html(MockHttpServletRequestBuilder verzoek, String wie) throws Exception {
		var antwoord = mvc.perform(verzoek.with(als(wie))).andReturn().getResponse();
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		return antwoord.getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder verzoek, String wie) throws Exception {
		return mvc.perform(verzoek.with(csrf()).with(als(wie))).andReturn().getResponse().getStatus();
	}

}
