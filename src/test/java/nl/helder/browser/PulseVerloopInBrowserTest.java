// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * The trend page and the before/after page with their SVG charts, in Chromium with axe, at desktop width and on a
 * 360 px phone screen: HR choosing a team with a hidden wave, a team leader's own view, and before/after per team.
 */
class PulseVerloopInBrowserTest extends BrowserTest {

	@Test
	void hrZietHetVerloopMetEenGatVoorEenVerborgenTeam() {
		UUID jeugd = jdbc.sql("select id from organisaties.team where organisatie_code = ? and naam = 'Jeugd'")
			.param(AALSTEDE).query(UUID.class).single();
		for (int breedte : new int[] { 1280, 360 }) {
			Page pagina = nieuwePagina(breedte, 900);
			logIn(pagina, "hr@aalstede.demo");
			pagina.navigate("/pulse");
			pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verloop over golven")).click();
			assertThat(pagina.locator("h1")).hasText("Verloop over golven");
			// Which way is better is said in words beside each subscale, not left to the reader.
			assertThat(pagina.locator("#reeks-0 + p")).hasText("Een hogere score betekent meer belasting.");
			assertThat(pagina.locator("svg[role=img]").first()).isVisible();
			assertThat(pagina.locator("svg[role=img] title").first()).containsText("per golf");
			assertToegankelijk(pagina, "pulse-verloop-" + breedte);

			pagina.locator("#veld-team").selectOption(new SelectOption().setValue("team:" + jeugd));
			pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen").setExact(true)).click();
			assertThat(pagina.locator("table").first()).containsText("minder dan 5, verborgen");
			assertThat(pagina.locator("table thead").first()).containsText("Jeugd");
			assertThat(pagina.locator("svg[role=img] desc").first()).containsText("Jeugd: in geen enkele golf zichtbaar");
			assertToegankelijk(pagina, "pulse-verloop-team-" + breedte);
			assertThat((Boolean) pagina.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.as("geen horizontaal scrollen op " + breedte + " px").isTrue();
			schermafdruk(pagina, "pulse-verloop-" + breedte);
		}
	}

	@Test
	void eenTeamleiderZietDeOrganisatieEnHetEigenTeam() {
		Page pagina = nieuwePagina(360, 800);
		logIn(pagina, "teamleider@aalstede.demo");
		pagina.navigate("/pulse/verloop");
		assertThat(pagina.locator("#bereik")).isVisible();
		assertThat(pagina.locator("#veld-team")).hasCount(0);
		assertToegankelijk(pagina, "pulse-verloop-teamleider");
	}

	@Test
	void voorEnNaMetGrafiekEnPerTeam() {
		for (int breedte : new int[] { 1280, 360 }) {
			Page pagina = nieuwePagina(breedte, 900);
			logIn(pagina, "hr@aalstede.demo");
			pagina.navigate("/pulse/voor-na");
			pagina.locator("#veld-toepassing").selectOption(new SelectOption().setLabel("Chatbot voor vragen over afval"));
			pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen").setExact(true)).click();
			assertThat(pagina.locator("svg[role=img]")).hasCount(1);
			assertThat(pagina.locator("#per-team")).containsText("Klantcontactcentrum");
			assertThat(pagina.locator("#per-team")).not().containsText("Jeugd");
			assertThat(pagina.locator("#per-team thead th")).hasCount(6);
			assertToegankelijk(pagina, "pulse-voor-na-team-" + breedte);
			assertThat((Boolean) pagina.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.as("geen horizontaal scrollen op " + breedte + " px").isTrue();
			schermafdruk(pagina, "pulse-voor-na-team-" + breedte);
		}
	}

}
