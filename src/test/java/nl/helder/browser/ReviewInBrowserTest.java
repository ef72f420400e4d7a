// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Periodic reviews as staff see them: the review section on the Beoordelingen tab (with a refused cadence shown at
 * its field), the checklist, completing it, and the municipality's overview. Every page passes axe.
 */
class ReviewInBrowserTest extends BrowserTest {

	@Test
	void ritmeAanpassenReviewAfrondenEnHetOverzicht() {
		String naam = "Review in de browser " + UUID.randomUUID().toString().substring(0, 6);
		UUID toepassing = nieuweToepassing(naam);
		Page pagina = nieuwePagina(1280, 800);
		logIn(pagina, "ai-coordinator@aalstede.demo");

		pagina.navigate("/toepassingen/" + toepassing + "/beoordelingen");
		assertThat(pagina.locator("#kop-review")).hasText("Periodieke review");
		// Without a phase there is no default review, until the municipality chooses a cadence.
		assertThat(pagina.locator("#review")).containsText("geen vaste review");
		assertToegankelijk(pagina, "beoordelingen met reviewdeel");

		pagina.locator("#veld-dagen").fill("drie");
		klik(pagina, "Ritme bewaren");
		assertThat(pagina.locator("#fout-dagen")).hasText("Vul een heel getal in, van 7 tot en met 730.");
		assertThat(pagina.locator("#veld-dagen")).hasValue("drie");
		assertThat(pagina.locator("#veld-dagen")).hasAttribute("aria-invalid", "true");
		assertToegankelijk(pagina, "reviewritme met fout");
		schermafdruk(pagina, "review-ritme-fout");

		pagina.locator("#veld-dagen").fill("30");
		klik(pagina, "Ritme bewaren");
		assertThat(pagina.locator("#review")).containsText("Het ritme is opgeslagen.");
		assertThat(pagina.locator("#review")).containsText("Elke 30 dagen");
		assertThat(pagina.locator("#review")).containsText("gekozen door uw gemeente");

		klik(pagina, "Review starten of verder invullen");
		assertThat(pagina.locator("h1")).containsText("Periodieke review");
		for (String vraag : new String[] { "doet_wat_moet-ja", "incidenten-nee", "gegevens_toegang-ja",
				"beveiligingsupdates-ja", "privacy-ja", "menselijk_toezicht-ja", "veranderd-nee" }) {
			pagina.locator("#veld-" + vraag).check();
		}
		assertToegankelijk(pagina, "reviewchecklist");
		klik(pagina, "Opslaan");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("Opgeslagen");

		pagina.navigate("/toepassingen/" + toepassing + "/beoordelingen");
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Periodieke review")).first().click();
		assertToegankelijk(pagina, "review, detail voor afronden");
		klik(pagina, "Review afronden");
		assertThat(pagina.locator("#review")).containsText("De review is afgerond.");
		assertThat(pagina.locator("#review")).containsText("Eerdere reviews");
		assertToegankelijk(pagina, "beoordelingen na een afgeronde review");

		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reviews").setExact(true)).click();
		assertThat(pagina.locator("h1")).hasText("Reviews");
		assertThat(pagina.locator("table")).containsText(naam);
		assertToegankelijk(pagina, "reviewoverzicht");
		schermafdruk(pagina, "reviews");

		pagina.setViewportSize(320, 640);
		assertThat(((Number) pagina.evaluate("document.documentElement.scrollWidth")).intValue())
			.as("zijwaarts schuiven op 320 px").isLessThanOrEqualTo(320);
	}

	private static void klik(Page pagina, String knop) {
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
	}

}
