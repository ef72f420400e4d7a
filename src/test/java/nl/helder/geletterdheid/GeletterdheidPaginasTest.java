// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Changing an employee or a training on the pages: the form starts from what is stored, a good change is saved, a
 * refused one comes back with messages at the fields and writes nothing, and a change made by someone else in between
 * is not overwritten.
 */
class GeletterdheidPaginasTest extends HelderIntegratieTest {

	private static final String HR = "hr@aalstede.demo";

	private UUID nieuweMedewerker(String nummer) throws Exception {
		String adres = mvc.perform(post("/geletterdheid/medewerkers").with(csrf()).with(als(HR))
			.param("personeelsnummer", nummer).param("naam", "Ria Wijzig").param("functiegroep", "Beleid"))
			.andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(adres.substring(adres.lastIndexOf('/') + 1));
	}

	private String rij(String sql, UUID id) {
		return jdbc.sql(sql).param(id).query(String.class).single();
	}

	private MockHttpServletResponse stuur(String pad, String... velden) throws Exception {
		var verzoek = post(pad).with(csrf()).with(als(HR));
		for (int i = 0; i < velden.length; i += 2) {
			verzoek = verzoek.param(velden[i], velden[i + 1]);
		}
		return mvc.perform(verzoek).andReturn().getResponse();
	}

	@Test
	void eenMedewerkerWijzigenOpDePagina() throws Exception {
		String nummer = "W" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = nieuweMedewerker(nummer);
		String pad = "/geletterdheid/medewerkers/" + id + "/wijzigen";
		String formulier = mvc.perform(get(pad).with(als(HR))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(formulier).contains("value=\"Ria Wijzig\"").contains("value=\"Beleid\"").contains("name=\"revisie\" value=\"0\"");

		MockHttpServletResponse fout = stuur(pad, "revisie", "0", "personeelsnummer", nummer, "naam", " ", "email", "geen-adres");
		assertThat(fout.getStatus()).isEqualTo(400);
		assertThat(fout.getContentAsString(StandardCharsets.UTF_8)).contains("Vul de naam in")
			.contains("Vul een geldig e-mailadres in").contains("aria-invalid=\"true\"");
		assertThat(rij("select naam || '/' || revisie from geletterdheid.medewerker where id = ?", id)).isEqualTo("Ria Wijzig/0");

		MockHttpServletResponse goed = stuur(pad, "revisie", "0", "personeelsnummer", nummer, "naam", "Ria de Wijzig",
				"functiegroep", "Uitvoering", "email", "ria@aalstede.demo");
		assertThat(goed.getRedirectedUrl()).isEqualTo("/geletterdheid/medewerkers/" + id);
		assertThat(rij("select naam || '/' || functiegroep || '/' || email from geletterdheid.medewerker where id = ?", id))
			.isEqualTo("Ria de Wijzig/Uitvoering/ria@aalstede.demo");

		// The form of before the change still says revision 0: saving it would overwrite the change above.
		MockHttpServletResponse verouderd = stuur(pad, "revisie", "0", "personeelsnummer", nummer, "naam", "Oude invoer");
		assertThat(verouderd.getStatus()).isEqualTo(409);
		assertThat(verouderd.getContentAsString(StandardCharsets.UTF_8)).contains("Iemand anders heeft dit net gewijzigd")
			.contains("value=\"Oude invoer\"");
		assertThat(rij("select naam from geletterdheid.medewerker where id = ?", id)).isEqualTo("Ria de Wijzig");

		assertThat(mvc.perform(get(pad).with(als("teamleider@aalstede.demo"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(get("/geletterdheid/medewerkers/" + UUID.randomUUID() + "/wijzigen").with(als(HR)))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void eenTrainingWijzigenOpDePagina() throws Exception {
		String code = "TW-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(stuur("/geletterdheid/trainingen", "code", code, "titel", "Prompten", "niveau", "BASIS", "vorm", "LEZING",
				"onderwerpen", "prompten", "duurUren", "1,5").getRedirectedUrl()).isEqualTo("/geletterdheid/trainingen");
		UUID id = jdbc.sql("select id from geletterdheid.training where code = ?").param(code).query(UUID.class).single();
		String pad = "/geletterdheid/trainingen/" + id + "/wijzigen";
		assertThat(mvc.perform(get("/geletterdheid/trainingen").with(als(HR))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains(pad);
		String formulier = mvc.perform(get(pad).with(als(HR))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(formulier).contains("value=\"Prompten\"").contains("value=\"1,5\"");
		assertThat(formulier.replaceAll("\\s+", " ")).containsPattern("id=\"onderwerp-prompten\" value=\"prompten\" checked");

		MockHttpServletResponse fout = stuur(pad, "revisie", "0", "code", code, "titel", "Prompten", "niveau", "BASIS",
				"vorm", "LEZING", "geldigMaanden", "0", "onderwerpen", "prompten");
		assertThat(fout.getStatus()).isEqualTo(400);
		assertThat(fout.getContentAsString(StandardCharsets.UTF_8)).contains("Vul een geldigheid in van 1 tot en met 240 maanden");
		assertThat(rij("select coalesce(geldig_maanden::text, '-') || '/' || revisie from geletterdheid.training where id = ?", id))
			.isEqualTo("-/0");

		assertThat(stuur(pad, "revisie", "0", "code", code, "titel", "Prompten voor gevorderden", "niveau", "VERDIEPEND",
				"vorm", "LEZING", "geldigMaanden", "24").getRedirectedUrl()).isEqualTo("/geletterdheid/trainingen");
		assertThat(rij("select titel || '/' || niveau || '/' || geldig_maanden from geletterdheid.training where id = ?", id))
			.isEqualTo("Prompten voor gevorderden/VERDIEPEND/24");
		assertThat(stuur(pad, "revisie", "0", "code", code, "titel", "Oud", "niveau", "BASIS", "vorm", "LEZING").getStatus())
			.isEqualTo(409);
		assertThat(rij("select titel from geletterdheid.training where id = ?", id)).isEqualTo("Prompten voor gevorderden");
	}

	@Test
	void hetPersoneelsbestandInlezenOpDePaginaEerstControlerenDanAllesOfNiets() throws Exception {
		String nummer = "PR" + UUID.randomUUID().toString().substring(0, 8);
		long voor = jdbc.sql("select count(*) from geletterdheid.medewerker").query(Long.class).single();
		var sessie = new org.springframework.mock.web.MockHttpSession();
		String fout = "personeelsnummer;naam;team\n" + nummer + ";Pim Pagina;Bestaat niet\n";
		String verslag = mvc.perform(multipart("/geletterdheid/medewerkers/import").file("bestand", fout.getBytes(StandardCharsets.UTF_8))
			.session(sessie).with(csrf()).with(als(HR))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(verslag).contains("Onbekend team").contains("Er is niets opgeslagen").doesNotContain("/import/bevestiging");
		// Confirming without a clean check stores nothing.
		assertThat(mvc.perform(post("/geletterdheid/medewerkers/import/bevestiging").session(sessie).with(csrf()).with(als(HR)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Controleer het bestand eerst opnieuw");
		assertThat(jdbc.sql("select count(*) from geletterdheid.medewerker").query(Long.class).single()).isEqualTo(voor);

		String goed = "personeelsnummer;naam;functiegroep\n" + nummer + ";Pim Pagina;Beleid\n";
		String controle = mvc.perform(multipart("/geletterdheid/medewerkers/import").file("bestand", goed.getBytes(StandardCharsets.UTF_8))
			.session(sessie).with(csrf()).with(als(HR))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(controle).contains("Alle 1 regels kloppen").contains("Nieuwe medewerker").contains("/import/bevestiging");
		assertThat(jdbc.sql("select count(*) from geletterdheid.medewerker").query(Long.class).single()).as("proef").isEqualTo(voor);
		assertThat(mvc.perform(post("/geletterdheid/medewerkers/import/bevestiging").session(sessie).with(csrf()).with(als(HR)))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/geletterdheid/medewerkers");
		assertThat(rij("select naam || '/' || functiegroep from geletterdheid.medewerker where personeelsnummer = ?", nummer))
			.isEqualTo("Pim Pagina/Beleid");
		assertThat(jdbc.sql("select count(*) from geletterdheid.medewerker").query(Long.class).single()).isEqualTo(voor + 1);
	}

	private String rij(String sql, String sleutel) {
		return jdbc.sql(sql).param(sleutel).query(String.class).single();
	}

}
