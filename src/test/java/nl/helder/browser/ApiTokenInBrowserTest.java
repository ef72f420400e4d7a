// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import java.util.UUID;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A personal API token from start to end as a person handles it on the profile page. */
class ApiTokenInBrowserTest extends BrowserTest {

	// A user no other browser test logs in as, so this test owns its token list.
	private static final String GEBRUIKER = "privacy-officer@aalstede.demo";

	@Test
	void tokenMakenGebruikenEnIntrekken() {
		Page pagina = nieuwePagina(1280, 800);
		logInViaFormulier(pagina, GEBRUIKER);
		pagina.navigate("/profiel");
		String naam = "Koppeling zaaksysteem " + UUID.randomUUID().toString().substring(0, 8);
		pagina.getByLabel("Naam van het token").fill(naam);
		pagina.getByLabel("Geldig voor").selectOption(new SelectOption().setValue("30"));
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token maken")).click();

		Locator nieuw = pagina.locator("[data-testid=nieuw-token]");
		assertThat(nieuw).isVisible();
		String token = nieuw.textContent().strip();
		assertThat(token).startsWith("hld_").hasSizeGreaterThan(20);
		schermafdruk(pagina, "profiel-nieuw-token");
		assertToegankelijk(pagina, "profiel met nieuw token");

		pagina.reload();
		assertThat(pagina.locator("[data-testid=nieuw-token]")).hasCount(0);
		assertThat(pagina.content()).doesNotContain(token);
		Locator rij = pagina.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(naam));
		assertThat(rij).containsText("Geldig");

		APIRequestContext api = playwright.request().newContext(new APIRequest.NewContextOptions().setBaseURL(basisUrl()));
		try {
			APIResponse mij = api.get("/api/v1/mij", metToken(token));
			assertThat(mij.status()).as(mij.text()).isEqualTo(200);
			assertThat(mij.text()).contains("\"organisatieCode\":\"" + AALSTEDE + "\"").contains("privacy-officer");

			rij.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Token " + naam + " intrekken")).click();
			assertThat(pagina.getByRole(AriaRole.STATUS)).containsText("Het token is ingetrokken");
			assertThat(rij).containsText("Ingetrokken");

			APIResponse daarna = api.get("/api/v1/mij", metToken(token));
			assertThat(daarna.status()).as(daarna.text()).isEqualTo(401);
		}
		finally {
			api.dispose();
		}
	}

	private static RequestOptions metToken(String token) {
		return RequestOptions.create()
			.setHeader("Authorization", "Bearer " + token);
	}

}
