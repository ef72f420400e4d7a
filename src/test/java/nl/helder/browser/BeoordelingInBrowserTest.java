// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Assessments as staff use them: the list of a toepassing, the generic questionnaire form (empty, after saving with
 * a follow-up question, with an error at a question) and the detail page with a refused step. Every page passes axe
 * and the form reflows at 320 px.
 */
class BeoordelingInBrowserTest extends BrowserTest {

	@Test
	void prescanInvullenEnAanbieden() {
		UUID toepassing = nieuweToepassing("Beoordelen in de browser " + UUID.randomUUID().toString().substring(0, 6));
		Page pagina = nieuwePagina(1280, 800);
		logIn(pagina, "ai-coordinator@aalstede.demo");

		pagina.navigate("/toepassingen/" + toepassing + "/beoordelingen");
		assertThat(pagina.locator("h2").first()).hasText("Beoordelingen");
		assertToegankelijk(pagina, "beoordelingen, lege lijst");

		pagina.locator("#veld-vragenlijst").selectOption("prescan");
		klik(pagina, "Starten");
		assertThat(pagina.locator("h1")).hasText("Pre-scan: welke toetsen zijn nodig?: invullen");
		assertToegankelijk(pagina, "beoordeling, leeg formulier");
		schermafdruk(pagina, "beoordeling-formulier");

		pagina.locator("#veld-omschrijving").fill("Een chatbot beantwoordt vragen over afval.");
		pagina.locator("#veld-doel").fill("Inwoners krijgen ook in het weekend antwoord.");
		pagina.locator("#veld-cloud-ja").check();
		pagina.locator("#veld-persoonsgegevens-nee").check();
		pagina.getByLabel("Inwoners", new Page.GetByLabelOptions().setExact(true)).check();
		pagina.locator("#veld-algoritme-ja").check();
		klik(pagina, "Opslaan");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("Opgeslagen");
		// The follow-up questions are there now, decided on the server.
		assertThat(pagina.getByText("Welke soort cloud is het?")).isVisible();
		assertThat(pagina.getByText("Is het een hoog-risico AI-systeem volgens de AI-verordening?")).isVisible();

		// A value the form never offers (as a tampered request would send) comes back as an error at its question.
		pagina.locator("#veld-nieuwe_regels-ja").evaluate("e => { e.value = 'misschien'; e.checked = true; }");
		klik(pagina, "Opslaan");
		assertThat(pagina.locator(".helder-foutoverzicht")).containsText("Kies ja of nee.");
		assertThat(pagina.locator("#fout-nieuwe_regels")).containsText("Kies ja of nee.");
		assertThat(pagina.locator("#veld-doel")).hasValue("Inwoners krijgen ook in het weekend antwoord.");
		assertToegankelijk(pagina, "beoordeling, formulier met fouten");
		schermafdruk(pagina, "beoordeling-formulier-fouten");

		pagina.setViewportSize(320, 640);
		assertThat(((Number) pagina.evaluate("document.documentElement.scrollWidth")).intValue())
			.as("zijwaarts schuiven op 320 px").isLessThanOrEqualTo(320);
		pagina.setViewportSize(1280, 800);

		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het overzicht van deze beoordeling")).click();
		klik(pagina, "Ter advies aanbieden");
		assertThat(pagina.locator(".utrecht-alert--error")).containsText("Beantwoord deze vraag");
		assertToegankelijk(pagina, "beoordeling, detail met geweigerde stap");
		schermafdruk(pagina, "beoordeling-detail");

		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de beoordelingen")).click();
		assertThat(pagina.locator("table")).containsText("Pre-scan");
		assertToegankelijk(pagina, "beoordelingen, lijst");
	}

	private static void klik(Page pagina, String knop) {
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
	}

}
