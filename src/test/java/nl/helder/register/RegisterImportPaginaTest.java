// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The import page: upload, see the check, then import from the session. */
class RegisterImportPaginaTest extends HelderIntegratieTest {

	private static final String SCHRIJVER = "register-beheerder@aalstede.demo";

	@Test
	void controlerenToontHetVerslagEnNuImporterenSlaatOp() throws Exception {
		String bron = "PAG-" + UUID.randomUUID();
		MockHttpSession sessie = new MockHttpSession();
		String lijst = mvc.perform(get("/toepassingen").with(als(SCHRIJVER))).andReturn().getResponse().getContentAsString();
		assertThat(lijst).contains("href=\"/toepassingen/import\"");
		String formulier = mvc.perform(get("/toepassingen/import").with(als(SCHRIJVER))).andReturn().getResponse().getContentAsString();
		assertThat(formulier).contains("enctype=\"multipart/form-data\"").contains("for=\"veld-bestand\"");

		String csv = "name;source_id\r\nImport via pagina;" + bron + "\r\n";
		MockHttpServletResponse verslag = mvc.perform(multipart("/toepassingen/import")
			.file(new MockMultipartFile("bestand", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.session(sessie)
			.with(als(SCHRIJVER))
			.with(csrf())).andReturn().getResponse();
		assertThat(verslag.getStatus()).isEqualTo(200);
		String html = verslag.getContentAsString();
		assertThat(html).contains("<th class=\"utrecht-table__header-cell\" scope=\"row\">2</th>")
			.contains("Nieuwe toepassing")
			.contains("action=\"/toepassingen/import/bevestiging\"");
		assertThat(aantal(bron)).as("controleren slaat niets op").isZero();

		MockHttpServletResponse klaar = mvc.perform(post("/toepassingen/import/bevestiging").session(sessie)
			.with(als(SCHRIJVER))
			.with(csrf())).andReturn().getResponse();
		assertThat(klaar.getRedirectedUrl()).isEqualTo("/toepassingen");
		assertThat(aantal(bron)).isEqualTo(1);

		String opnieuw = mvc.perform(post("/toepassingen/import/bevestiging").session(sessie)
			.with(als(SCHRIJVER))
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(opnieuw).as("het bestand is na importeren uit de sessie").contains("niet meer beschikbaar");
		assertThat(aantal(bron)).isEqualTo(1);
	}

	@Test
	void fouteRijenGevenGeenKnopEnEenMedewerkerKomtErNietIn() throws Exception {
		String csv = "name;status\r\nFout;Misschien\r\n";
		String html = mvc.perform(multipart("/toepassingen/import")
			.file(new MockMultipartFile("bestand", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(als(SCHRIJVER))
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Kies bij").doesNotContain("/toepassingen/import/bevestiging");

		assertThat(mvc.perform(get("/toepassingen/import").with(als("medewerker@aalstede.demo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private long aantal(String bron) {
		return jdbc.sql("select count(*) from register.toepassing_versie where standaard ->> 'source_id' = ?")
			.param(bron)
			.query(Long.class)
			.single();
	}

}
