// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.helder.HelderIntegratieTest;

/**
 * The pages, through MockMvc: from starting a pre-scan via the generic form (conditional questions decided on the
 * server, errors at the question) to advice and approval on the detail page.
 */
class BeoordelingPaginasTest extends HelderIntegratieTest {

	static final String COORDINATOR = "ai-coordinator@aalstede.demo";

	static final String AICO = "aico@aalstede.demo";

	static final String FG = "privacy-officer@aalstede.demo";

	static final String MEDEWERKER = "medewerker@aalstede.demo";

	private UUID toepassing;

	@org.junit.jupiter.api.BeforeEach
	void nieuweToepassing() {
		toepassing = nieuweToepassing("Beoordelen " + UUID.randomUUID().toString().substring(0, 6));
	}

	@Test
	void vanPrescanViaHetFormulierTotGoedkeuring() throws Exception {
		String lijst = html(get(basis()), COORDINATOR);
		assertThat(lijst).contains("Beoordelingen", "Er zijn nog geen beoordelingen", "Een beoordeling starten",
				"href=\"/toepassingen/" + toepassing + "\"");
		assertThat(html(get(basis()), MEDEWERKER)).doesNotContain("Een beoordeling starten");

		String formulierAdres = start("prescan");
		String formulier = html(get(formulierAdres), COORDINATOR);
		assertThat(formulier).contains("Pre-scan: welke toetsen zijn nodig?: invullen", "Wat doet de toepassing?",
				"name=\"v.cloud\"", "name=\"revisie\" value=\"0\"").doesNotContain("Welke soort cloud is het?");

		// Cloud: yes shows the follow-up question after saving; a malformed answer stays at its question.
		mvc.perform(post(formulierAdres).with(csrf()).with(als(COORDINATOR))
			.param("revisie", "0")
			.param("v.omschrijving", "Een chatbot voor vragen over afval.")
			.param("v.doel", "Antwoord buiten kantoortijd.")
			.param("v.cloud", "ja")
			.param("v.persoonsgegevens", "nee")
			.param("v.betrokkenen", "inwoners")
			.param("v.algoritme", "ja")
			.param("v.ai_systeem", "ja")
			.param("v.hoog_risico", "nee")
			.param("v.impactvol", "nee")
			.param("v.generatief", "ja")
			.param("v.nieuwe_regels", "nee")).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
		String daarna = html(get(formulierAdres), COORDINATOR);
		assertThat(daarna).contains("Welke soort cloud is het?", "Antwoord buiten kantoortijd.</textarea>",
				"name=\"revisie\" value=\"1\"");

		String fout = mvc.perform(post(formulierAdres).with(csrf()).with(als(COORDINATOR))
			.param("revisie", "1")
			.param("v.doel", "Een ander doel")
			.param("v.cloud", "ja")
			.param("v.cloud_soort", "stratosfeer"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fout).contains("helder-foutoverzicht", "href=\"#veld-cloud_soort\"", "Kies een van de opties die bij deze vraag horen",
				"Een ander doel</textarea>");
		assertThat(html(get(formulierAdres), COORDINATOR)).contains("Antwoord buiten kantoortijd.</textarea>");

		String detailAdres = formulierAdres.replace("/invullen", "");
		String detail = html(get(detailAdres), COORDINATOR);
		assertThat(detail).contains("Welke toetsen zijn nodig?", "Ethische check: kun je, mag je, wil je?: Verplicht",
				"Ter advies aanbieden", "Een chatbot voor vragen over afval.");

		MvcResult ingediend = mvc.perform(post(detailAdres + "/adviesaanvraag").with(csrf()).with(als(COORDINATOR))).andReturn();
		assertThat(ingediend.getFlashMap().get("melding")).isEqualTo("beoordeling.pagina.ingediend-met-vervolg");
		String metVervolg = html(get(basis()), MEDEWERKER);
		assertThat(metVervolg).contains("Ethische check: kun je, mag je, wil je?", "Te doen", "Verplicht", "Ter advies bij de FG");

		String bijFg = html(get(detailAdres), FG);
		assertThat(bijFg).contains("Advies geven").doesNotContain("Goedkeuren</h3>");
		mvc.perform(post(detailAdres + "/advies").with(csrf()).with(als(FG)).param("tekst", "Helder genoeg.").param("positief", "ja"))
			.andReturn();
		assertThat(html(get(detailAdres), AICO)).contains("Positief advies", "Helder genoeg.", "Goedkeuren");
		mvc.perform(post(detailAdres + "/goedkeuring").with(csrf()).with(als(AICO))).andReturn();
		String goedgekeurd = html(get(detailAdres), COORDINATOR);
		assertThat(goedgekeurd).contains("Goedgekeurd", "Nieuwe versie maken", "verandert niet meer").doesNotContain("Ter advies aanbieden</button>");
	}

	@Test
	void eenGeweigerdeStapIsEenMeldingOpDeDetailpagina() throws Exception {
		String formulierAdres = start("ethiek");
		String detailAdres = formulierAdres.replace("/invullen", "");
		MvcResult geweigerd = mvc.perform(post(detailAdres + "/adviesaanvraag").with(csrf()).with(als(COORDINATOR))).andReturn();
		@SuppressWarnings("unchecked")
		List<String> fouten = (List<String>) geweigerd.getFlashMap().get("stapfouten");
		assertThat(fouten).anySatisfy(f -> assertThat(f).contains("Welk doel wilt u bereiken?"));
		String pagina = mvc.perform(get(detailAdres).with(als(COORDINATOR)).flashAttr("stapfouten", fouten))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(pagina).contains("utrecht-alert--error", "Beantwoord deze vraag voordat u de beoordeling ter advies aanbiedt");
	}

	@Test
	void eenGedeeldAntwoordStaatInHetFormulierVanEenAndereToets() throws Exception {
		String prescan = start("prescan");
		mvc.perform(post(prescan).with(csrf()).with(als(COORDINATOR)).param("revisie", "0").param("v.doel", "Minder wachttijd."))
			.andReturn();
		String dpia = html(get(start("dpia")), COORDINATOR);
		assertThat(dpia).contains("Minder wachttijd.", "Dit antwoord komt uit een andere toets");
	}

	@Test
	void eenOnbekendeVragenlijstOfBeoordelingGeeftGeenFoutpagina() throws Exception {
		MvcResult start = mvc.perform(post(basis()).with(csrf()).with(als(COORDINATOR)).param("vragenlijst", "bestaat-niet"))
			.andReturn();
		assertThat(start.getResponse().getStatus()).isEqualTo(302);
		assertThat(start.getFlashMap().get("stapfouten")).asString().contains("De vragenlijst bestaat-niet bestaat niet");
		assertThat(mvc.perform(get(basis() + "/" + UUID.randomUUID()).with(als(COORDINATOR))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get(start("dpia")).with(als(MEDEWERKER))).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	private String start(String vragenlijst) throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(post(basis()).with(csrf()).with(als(COORDINATOR)).param("vragenlijst", vragenlijst))
			.andReturn()
			.getResponse();
		assertThat(antwoord.getStatus()).isEqualTo(302);
		assertThat(antwoord.getRedirectedUrl()).endsWith("/invullen");
		return antwoord.getRedirectedUrl();
	}

	private String basis() {
		return "/toepassingen/" + toepassing + "/beoordelingen";
	}

	private String html(MockHttpServletRequestBuilder verzoek, String wie) throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(verzoek.with(als(wie))).andReturn().getResponse();
		String tekst = antwoord.getContentAsString(StandardCharsets.UTF_8);
		assertThat(antwoord.getStatus()).as(tekst).isEqualTo(200);
		assertThat(tekst).doesNotContain("??");
		return tekst;
	}

}
