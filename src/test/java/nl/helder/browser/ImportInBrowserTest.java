// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The import page, empty and with a dry-run report that has errors, is accessible and says what is wrong where. */
class ImportInBrowserTest extends BrowserTest {

	@Test
	void proefimportToontPerRijWatErMisIs() {
		Page pagina = nieuwePagina(1280, 800);
		logIn(pagina, "register-beheerder@aalstede.demo");
		pagina.navigate("/toepassingen/import");
		assertToegankelijk(pagina, "import, leeg");

		String csv = "\uFEFFname;status\n\"Goede regel\";\"In gebruik\"\n\"\";\"Misschien\"\n";
		pagina.locator("input[type=file]")
			.setInputFiles(new FilePayload("register.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		pagina.locator("form[enctype='multipart/form-data'] button[type=submit]").click();

		assertThat(pagina.locator("table")).containsText("3");
		assertThat(pagina.locator("table")).containsText("Kies bij Status uit");
		assertThat(pagina.locator("table")).containsText("Geef de toepassing een naam");
		assertThat(pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nu importeren"))).hasCount(0);
		schermafdruk(pagina, "import-met-fouten");
		assertToegankelijk(pagina, "import met fouten");
	}

}
