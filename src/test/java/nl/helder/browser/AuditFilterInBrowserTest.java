// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Filtering the audit log updates the results in place (htmx), keeps the filter in the address, and stays accessible. */
class AuditFilterInBrowserTest extends BrowserTest {

	@Test
	void filterenVerversDeResultatenZonderDePaginaOpnieuwTeLaden() {
		Page pagina = nieuwePagina(1280, 800);
		logIn(pagina, "beheerder@aalstede.demo");
		pagina.navigate("/beheer/audit");
		pagina.evaluate("window.zelfdePagina = true");

		pagina.getByLabel("Actie").selectOption(new SelectOption().setValue("AANGEMAAKT"));
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();

		assertThat(pagina).hasURL(Pattern.compile(".*actie=AANGEMAAKT.*"));
		assertThat(pagina.locator("#auditresultaat tbody tr").first()).containsText("Aangemaakt");
		assertThat(pagina.locator("#auditresultaat tbody tr td:nth-child(3)").allTextContents())
			.isNotEmpty()
			.allMatch("Aangemaakt"::equals);
		assertThat(pagina.evaluate("window.zelfdePagina === true")).as("geen volledige herlaadbeurt").isEqualTo(true);
		assertToegankelijk(pagina, "auditlog na filteren");
	}

}
