// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Saved views of the register list: saving, sharing, removing, and every refusal leaving nothing behind. */
class RegisterWeergavenTest extends HelderIntegratieTest {

	private static final String SCHRIJVER = "register-beheerder@aalstede.demo";

	private static final String COORDINATOR = "ai-coordinator@aalstede.demo";

	private static final String MEDEWERKER = "medewerker@aalstede.demo";

	@Test
	void eenBewaardeWeergaveStaatMetHaarFiltersInDeLijst() throws Exception {
		String naam = "Generatief in beoordeling " + kort();
		mvc.perform(bewaar(naam).param("soort", "GENERATIEF").param("toolbeleid", "IN_BEOORDELING")
			.param("sorteer", "volledigheid")
			.with(als(COORDINATOR)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/toepassingen?soort=GENERATIEF&toolbeleid=IN_BEOORDELING&sorteer=volledigheid"))
			.andExpect(flash().attribute("melding", "register.weergave.bewaard"));

		String lijst = html(get("/toepassingen"), COORDINATOR);
		assertThat(lijst).contains(
				"href=\"/toepassingen?soort=GENERATIEF&amp;toolbeleid=IN_BEOORDELING&amp;sorteer=volledigheid\">" + naam);
		// Opened through its link, the view is marked as the current one.
		assertThat(html(get("/toepassingen").param("soort", "GENERATIEF").param("toolbeleid", "IN_BEOORDELING")
			.param("sorteer", "volledigheid"), COORDINATOR)).contains("aria-current=\"true\">" + naam);
		assertThat(auditAantal(naam)).isEqualTo(1);
	}

	@Test
	void eenEigenWeergaveZienCollegasNietEenGedeeldeWel() throws Exception {
		String eigen = "Alleen voor mij " + kort();
		String gedeeld = "Voor het team " + kort();
		mvc.perform(bewaar(eigen).param("werkstatus", "CONCEPT").with(als(SCHRIJVER)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(bewaar(gedeeld).param("werkstatus", "TER_REVIEW").param("gedeeld", "ja").with(als(SCHRIJVER)))
			.andExpect(status().is3xxRedirection());

		String collega = html(get("/toepassingen"), MEDEWERKER);
		assertThat(collega).contains(gedeeld).doesNotContain(eigen);
		// A colleague may use a shared view but not remove it.
		UUID id = id(gedeeld);
		assertThat(collega).doesNotContain("/toepassingen/weergaven/" + id + "/verwijdering");
		mvc.perform(post("/toepassingen/weergaven/" + id + "/verwijdering").with(csrf()).with(als(MEDEWERKER)))
			.andExpect(status().isNotFound());
		assertThat(aantal(gedeeld)).isEqualTo(1);
		// Another municipality sees neither.
		assertThat(html(get("/toepassingen"), "beheerder@beekdal.demo")).doesNotContain(gedeeld, eigen);

		mvc.perform(post("/toepassingen/weergaven/" + id + "/verwijdering").with(csrf()).with(als(SCHRIJVER)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "register.weergave.verwijderd"));
		assertThat(aantal(gedeeld)).isZero();
		assertThat(html(get("/toepassingen"), MEDEWERKER)).doesNotContain(gedeeld);
	}

	@Test
	void foutieveWeergavenWordenGeweigerdMetEenNederlandseMelding() throws Exception {
		String bestaand = "Dubbel " + kort();
		mvc.perform(bewaar(bestaand).with(als(COORDINATOR))).andExpect(status().is3xxRedirection());

		weigert(bewaar("   "), COORDINATOR, "naam", "Geef de weergave een naam.");
		weigert(bewaar("x".repeat(81)), COORDINATOR, "naam", "hoogstens 80 tekens");
		weigert(bewaar(bestaand.toUpperCase()), COORDINATOR, "naam", "al een weergave met deze naam");
		weigert(bewaar("Onbekende status " + kort()).param("werkstatus", "VERZONNEN"), COORDINATOR, "filter",
				"Een van de filters bestaat niet");
		weigert(bewaar("Script " + kort()).param("sorteer", "<script>"), COORDINATOR, "filter",
				"Een van de filters bestaat niet");
		weigert(bewaar("Delen mag niet " + kort()).param("gedeeld", "ja"), MEDEWERKER, "gedeeld",
				"Alleen de registerbeheerder");
		assertThat(jdbc.sql("select count(*) from register.weergave where naam like 'Onbekende status%' "
				+ "or naam like 'Script%' or naam like 'Delen mag niet%' or naam = ''")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void deFoutStaatBijHetVeldEnDeGetypteNaamBlijft() throws Exception {
		MvcResult geweigerd = mvc.perform(bewaar("y".repeat(90)).param("soort", "INGEBED").with(als(COORDINATOR)))
			.andExpect(redirectedUrl("/toepassingen?soort=INGEBED"))
			.andReturn();
		String pagina = mvc
			.perform(get("/toepassingen").param("soort", "INGEBED")
				.with(als(COORDINATOR))
				.flashAttr("weergavefouten", geweigerd.getFlashMap().get("weergavefouten"))
				.flashAttr("weergavenaam", geweigerd.getFlashMap().get("weergavenaam")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pagina).contains("id=\"fout-weergave-naam\"", "aria-invalid=\"true\"", "value=\"" + "y".repeat(90) + "\"",
				"type=\"hidden\" name=\"soort\" value=\"INGEBED\"");
	}

	private void weigert(MockHttpServletRequestBuilder verzoek, String gebruiker, String veld, String melding)
			throws Exception {
		MvcResult resultaat = mvc.perform(verzoek.with(als(gebruiker))).andExpect(status().is3xxRedirection()).andReturn();
		@SuppressWarnings("unchecked")
		var fouten = (java.util.Map<String, java.util.List<String>>) resultaat.getFlashMap().get("weergavefouten");
		assertThat(fouten).as("fouten").isNotNull();
		assertThat(fouten.get(veld)).anySatisfy(m -> assertThat(m).contains(melding));
	}

	private static MockHttpServletRequestBuilder bewaar(String naam) {
		return post("/toepassingen/weergaven").with(csrf()).param("naam", naam);
	}

	private String html(MockHttpServletRequestBuilder verzoek, String gebruiker) throws Exception {
		return mvc.perform(verzoek.with(als(gebruiker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private UUID id(String naam) {
		return jdbc.sql("select id from register.weergave where naam = ?").param(naam).query(UUID.class).single();
	}

	private long aantal(String naam) {
		return jdbc.sql("select count(*) from register.weergave where naam = ?").param(naam).query(Long.class).single();
	}

	private long auditAantal(String naam) {
		return jdbc.sql("select count(*) from audit.gebeurtenis where na::text like ?")
			.param("%" + naam + "%")
			.query(Long.class)
			.single();
	}

	private static String kort() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
