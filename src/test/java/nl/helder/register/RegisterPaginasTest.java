// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The register pages for staff, through MockMvc: the whole path from a new toepassing to the public register. */
class RegisterPaginasTest extends HelderIntegratieTest {

	static final String SCHRIJVER = "register-beheerder@aalstede.demo";

	static final String COORDINATOR = "ai-coordinator@aalstede.demo";

	static final String MEDEWERKER = "medewerker@aalstede.demo";

	@Test
	void vanNieuwViaBewerkenEnReviewTotOpenbaar() throws Exception {
		String naam = "Parkeervergunningen toetsen " + UUID.randomUUID().toString().substring(0, 6);
		UUID id = maakAan(naam);

		String detail = html(get("/toepassingen/" + id), SCHRIJVER);
		assertThat(detail).contains(naam, "Concept", "Ter review aanbieden", "Niet ingevuld", "In gebruik",
				"https://wetten.overheid.nl/gemeentewet", "Nee, niet openbaar");

		String formulier = html(get("/toepassingen/" + id + "/bewerken"), SCHRIJVER);
		assertThat(formulier).contains("name=\"versie\" value=\"1\"", "value=\"" + naam + "\"",
				"value=\"https://wetten.overheid.nl/gemeentewet\"", "name=\"lawful_basis_grouping[2].title\"");

		mvc.perform(bewerk(id, naam, "Versie twee van de beschrijving.", "1").with(als(SCHRIJVER)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "register.pagina.opgeslagen"));

		// A second tab still had version 1 open: its save is refused, but what was typed stays.
		String conflict = mvc.perform(bewerk(id, naam, "Mijn eigen tekst uit het oude tabblad.", "1").with(als(COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("Een collega heeft intussen opgeslagen", "Mijn eigen tekst uit het oude tabblad.",
				"Versie twee van de beschrijving.", "name=\"versie\" value=\"2\"");

		mvc.perform(post("/toepassingen/" + id + "/review").with(csrf()).with(als(SCHRIJVER)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "register.pagina.review-gedaan"));
		assertThat(html(get("/toepassingen/" + id), SCHRIJVER)).contains("Ter review", "Publiceren", "Terug naar concept");

		// Four eyes: the author may not publish; that is an alert on the detail page, not an error page.
		MvcResult geweigerd = mvc.perform(post("/toepassingen/" + id + "/publicatie").with(csrf()).with(als(SCHRIJVER)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("stapfouten"))
			.andReturn();
		String metAlert = mvc
			.perform(get("/toepassingen/" + id).with(als(SCHRIJVER))
				.flashAttr("stapfouten", geweigerd.getFlashMap().get("stapfouten")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(metAlert).contains("utrecht-alert--error", "vier ogen");

		// Version 2 is the beheerder's, so the coordinator may publish it.
		mvc.perform(post("/toepassingen/" + id + "/publicatie").with(csrf()).with(als(COORDINATOR)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "register.pagina.gepubliceerd"));
		assertThat(html(get("/toepassingen/" + id), COORDINATOR)).contains("Gepubliceerd", "Publicatie intrekken",
				"/register/" + AALSTEDE + "/" + id);
		mvc.perform(get("/register/" + AALSTEDE + "/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Versie twee van de beschrijving.")));

		String versies = html(get("/toepassingen/" + id + "/versies?van=1&tot=2"), SCHRIJVER);
		assertThat(versies).contains("Deze versie terugzetten", "Korte omschrijving",
				"Versie twee van de beschrijving.");
	}

	@Test
	void foutenStaanBijDeVeldenEnDeInvoerBlijft() throws Exception {
		String pagina = mvc
			.perform(post("/toepassingen/nieuw").with(csrf())
				.with(als(SCHRIJVER))
				.param("name", "")
				.param("website", "geen-webadres")
				.param("lawful_basis_grouping[0].title", "Wet")
				.param("lawful_basis_grouping[0].link", "ook-geen-link")
				.param("intern.eigenaar", "Team Parkeren"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pagina).contains("Controleer het formulier", "Geef de toepassing een naam",
				"href=\"#veld-name\"", "id=\"fout-name\"", "id=\"fout-website\"",
				"id=\"fout-lawful_basis_grouping[0].link\"", "value=\"geen-webadres\"", "value=\"ook-geen-link\"",
				"value=\"Team Parkeren\"")
			.doesNotContain("??");
	}

	@Test
	void eenMedewerkerLeestMaarSchrijftNiet() throws Exception {
		String naam = "Alleen lezen " + UUID.randomUUID().toString().substring(0, 6);
		UUID id = maakAan(naam);
		assertThat(html(get("/toepassingen"), MEDEWERKER)).contains(naam, "Register van toepassingen")
			.doesNotContain("Toepassing toevoegen");
		assertThat(html(get("/toepassingen/" + id), MEDEWERKER)).contains(naam)
			.doesNotContain("Ter review aanbieden", "Bewerken", "Publiceren");
		assertThat(html(get("/toepassingen/" + id + "/versies"), MEDEWERKER)).doesNotContain("Deze versie terugzetten");
		mvc.perform(post("/toepassingen/nieuw").with(csrf()).with(als(MEDEWERKER)).param("name", "Stiekem"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/toepassingen/" + id + "/review").with(csrf()).with(als(MEDEWERKER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/toepassingen/nieuw").with(als(MEDEWERKER))).andExpect(status().isForbidden());
		assertThat(html(get("/toepassingen"), SCHRIJVER)).contains("Toepassing toevoegen", naam,
				"aria-current=\"page\"");
	}

	private UUID maakAan(String naam) throws Exception {
		MvcResult resultaat = mvc
			.perform(post("/toepassingen/nieuw").with(csrf())
				.with(als(SCHRIJVER))
				.param("name", naam)
				.param("description_short", "Controleert aanvragen voor een parkeervergunning.")
				.param("status", "In gebruik")
				.param("publication_category", "Overige algoritmes")
				.param("contact_email", "algoritmes@aalstede.example")
				.param("category", "Ruimte en infrastructuur", "Verkeer")
				.param("lawful_basis_grouping[0].title", "Gemeentewet")
				.param("lawful_basis_grouping[0].link", "https://wetten.overheid.nl/gemeentewet")
				.param("lawful_basis_grouping[1].title", "")
				.param("lawful_basis_grouping[1].link", "")
				.param("intern.levensfase", "IN_GEBRUIK")
				.param("intern.dataclassificaties", "INTERN", "PERSOONSGEGEVENS"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "register.pagina.aangemaakt"))
			.andReturn();
		String adres = resultaat.getResponse().getRedirectedUrl();
		return UUID.fromString(adres.substring(adres.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder bewerk(UUID id, String naam, String beschrijving, String versie) {
		return post("/toepassingen/" + id + "/bewerken").with(csrf())
			.param("versie", versie)
			.param("name", naam)
			.param("description_short", beschrijving)
			.param("status", "In gebruik")
			.param("publication_category", "Overige algoritmes")
			.param("contact_email", "algoritmes@aalstede.example")
			.param("intern.levensfase", "IN_GEBRUIK");
	}

	private String html(MockHttpServletRequestBuilder verzoek, String gebruiker) throws Exception {
		return mvc.perform(verzoek.with(als(gebruiker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void deLijstFiltertSorteertEnTeltPerSoortEnToolbeleid() throws Exception {
		assertThat(html(get("/toepassingen"), COORDINATOR)).contains("Per soort", "generatieve AI",
				"Chatbot voor vragen over afval", "Woo-documenten samenvatten");

		assertThat(html(get("/toepassingen").param("soort", "GENERATIEF").param("toolbeleid", "IN_BEOORDELING"),
				COORDINATOR))
			.contains("Woo-documenten samenvatten")
			.doesNotContain(">Chatbot voor vragen over afval<", ">Meldingen openbare ruimte op volgorde zetten<");

		String opVolledigheid = html(get("/toepassingen").param("sorteer", "volledigheid").param("soort", "GENERATIEF"),
				COORDINATOR);
		assertThat(opVolledigheid.indexOf("Woo-documenten samenvatten"))
			.isLessThan(opVolledigheid.indexOf(">Chatbot voor vragen over afval<"));
	}

	@Test
	void afdelingTeamsEnKoppelingenKiestUInHetFormulierEnZieUMetHunNaam() throws Exception {
		UUID ander = maakAan("Koppeldoel " + UUID.randomUUID().toString().substring(0, 6));
		String naam = "Met teams " + UUID.randomUUID().toString().substring(0, 6);
		UUID id = maakAan(naam);
		UUID sociaal = team("Sociaal domein");
		UUID jeugd = team("Jeugd");
		UUID burgerzaken = team("Burgerzaken");

		String formulier = html(get("/toepassingen/" + id + "/bewerken"), SCHRIJVER);
		assertThat(formulier).contains("name=\"intern.afdelingId\"", "Sociaal domein › Jeugd",
				"id=\"veld-intern.teamIds-" + jeugd + "\"", "id=\"veld-intern.gekoppeld-" + ander + "\"")
			.as("a toepassing cannot be linked to itself")
			.doesNotContain("id=\"veld-intern.gekoppeld-" + id + "\"");

		mvc.perform(bewerk(id, naam, "Met een afdeling en teams.", "1").param("intern.afdelingId", sociaal.toString())
			.param("intern.teamIds", jeugd.toString(), burgerzaken.toString())
			.param("intern.gekoppeld", ander.toString())
			.with(als(SCHRIJVER))).andExpect(status().is3xxRedirection());

		String detail = html(get("/toepassingen/" + id), SCHRIJVER);
		assertThat(detail).contains("Dienstverlening › Burgerzaken", "Sociaal domein › Jeugd",
				"href=\"/toepassingen/" + ander + "\"")
			.doesNotContain(jeugd.toString());
		assertThat(html(get("/toepassingen/" + id + "/bewerken"), SCHRIJVER))
			.contains("value=\"" + jeugd + "\" checked=\"checked\"", "value=\"" + ander + "\" checked=\"checked\"");

		// A team of another municipality is refused at its field and nothing is saved.
		UUID vreemd = jdbc.sql("select id from organisaties.team where organisatie_code = 'GM9002' limit 1")
			.query(UUID.class)
			.single();
		String fout = mvc.perform(bewerk(id, naam, "Andere tekst", "2").param("intern.teamIds", vreemd.toString())
			.with(als(SCHRIJVER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fout).contains("utrecht-form-fieldset--invalid", "fout-intern.teamIds");
		assertThat(jdbc.sql("select werkversie from register.toepassing where id = ?").param(id).query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void elkePaginaVanEenToepassingHeeftDezelfdeTabs() throws Exception {
		UUID id = maakAan("Tabs " + UUID.randomUUID().toString().substring(0, 6));
		String detail = html(get("/toepassingen/" + id), MEDEWERKER);
		String versies = html(get("/toepassingen/" + id + "/versies"), MEDEWERKER);
		for (String pagina : List.of(detail, versies)) {
			assertThat(pagina).contains("class=\"helder-tabs\"", "href=\"/toepassingen/" + id + "\"",
					"href=\"/toepassingen/" + id + "/versies\"");
		}
		assertThat(detail).contains("href=\"/toepassingen/" + id + "\" aria-current=\"page\"");
		assertThat(versies).contains("href=\"/toepassingen/" + id + "/versies\" aria-current=\"page\"");
	}

	@Test
	void hetRegisterIsVanuitDeLijstTeDownloaden() throws Exception {
		assertThat(html(get("/toepassingen"), MEDEWERKER)).contains("href=\"/toepassingen/export.xlsx\"",
				"href=\"/toepassingen/export.csv\"");
		var xlsx = mvc.perform(get("/toepassingen/export.xlsx").with(als(MEDEWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse();
		assertThat(xlsx.getHeader("Content-Disposition")).contains("algoritmeregister-" + AALSTEDE + ".xlsx");
		// An xlsx file is a zip archive: it starts with "PK".
		assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');
		String csv = mvc.perform(get("/toepassingen/export.csv").with(als(MEDEWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Chatbot voor vragen over afval").doesNotContain("Parkeervergunningen automatisch controleren");
	}

	private UUID team(String naam) {
		return jdbc.sql("select id from organisaties.team where organisatie_code = ? and naam = ?")
			.params(AALSTEDE, naam)
			.query(UUID.class)
			.single();
	}

}
