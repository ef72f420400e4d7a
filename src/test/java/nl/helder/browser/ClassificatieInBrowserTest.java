// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The AI Act wizard in Chromium: a coordinator classifies a new toepassing question by question, goes back once,
 * and reads the result with its requirements. Every page passes axe.
 */
class ClassificatieInBrowserTest extends BrowserTest {

	/** Answer positions for a deployer of a high-risk system that is already in use (see ClassificatiePaginasTest). */
	private static final int[] HOOG_RISICO_IN_GEBRUIK = { 0, 4, 0, 0, 1, 0, 1, 2, 0, 1, 0, 0, 1 };

	@Test
	void eenToepassingClassificerenVanBeginTotUitkomst() throws Exception {
		String naam = "Uitkeringen signaleren " + UUID.randomUUID().toString().substring(0, 6);
		Page pagina = nieuwePagina(1280, 800);
		logIn(pagina, "ai-coordinator@aalstede.demo");
		pagina.navigate("/toepassingen/nieuw");
		pagina.locator("#veld-name").fill(naam);
		knop(pagina, "Opslaan").click();

		pagina.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Onderdelen van deze toepassing"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("AI-verordening"))
			.click();
		assertThat(pagina.getByText("Nog niet geclassificeerd")).isVisible();
		assertToegankelijk(pagina, "ai-verordening, nog niet geclassificeerd");
		knop(pagina, "Classificatie starten").click();

		assertThat(pagina.locator(".helder-stap")).hasText("Vraag 1");
		// Without a choice the question stays, with the error at the answers.
		knop(pagina, "Volgende").click();
		assertThat(pagina.locator("#fout-antwoord")).containsText("Kies een antwoord");
		assertToegankelijk(pagina, "ai-verordening, vraag met fout");

		kies(pagina, 0);
		assertThat(pagina.locator(".helder-stap")).hasText("Vraag 2");
		knop(pagina, "Vorige vraag").click();
		assertThat(pagina.locator(".helder-stap")).hasText("Vraag 1");

		for (int i = 0; i < HOOG_RISICO_IN_GEBRUIK.length; i++) {
			if (i == 4) {
				assertToegankelijk(pagina, "ai-verordening, vraag");
				schermafdruk(pagina, "aiact-vraag");
			}
			kies(pagina, HOOG_RISICO_IN_GEBRUIK[i]);
		}

		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("De classificatie is klaar");
		assertThat(pagina.getByText("aia-27")).isVisible();
		assertThat(pagina.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("2 augustus 2030")).first())
			.isVisible();
		assertToegankelijk(pagina, "ai-verordening, uitkomst");
		schermafdruk(pagina, "aiact-uitkomst");

		// Keep track of one requirement: status, explanation and a link to the evidence.
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName("Beoordeel de gevolgen voor grondrechten (FRIA) voordat het systeem in gebruik gaat")).click();
		assertToegankelijk(pagina, "ai-verordening, vereiste");
		pagina.getByLabel("Bezig", new Page.GetByLabelOptions().setExact(true)).check();
		pagina.locator("#veld-toelichting").fill("Gestart met de leverancier.");
		pagina.locator("#bewijs-0").fill("geen link");
		knop(pagina, "Opslaan").click();
		assertThat(pagina.locator("#fout-bewijs")).containsText("https://");
		assertToegankelijk(pagina, "ai-verordening, vereiste met fout");
		pagina.locator("#bewijs-0").fill("https://dms.aalstede.example/fria");
		knop(pagina, "Opslaan").click();
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("bijgewerkt");

		pagina.navigate("/ai-verordening");
		assertThat(pagina.locator("h1")).hasText("AI-verordening: wat moet er gebeuren?");
		assertThat(pagina.getByText(naam).first()).isVisible();
		assertToegankelijk(pagina, "ai-verordening, overzicht van de gemeente");
		schermafdruk(pagina, "aiact-overzicht");

		Page platform = nieuwePagina(1280, 800);
		logIn(platform, "platform@helder.demo");
		platform.navigate("/platform/ai-verordening?versie=2026.1");
		assertThat(platform.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
			.setName("Laat AI-verordening na de Digitale Omnibus (2026) gelden"))).isVisible();
		assertToegankelijk(platform, "platform, tijdlijn met voorbeeld");
		schermafdruk(platform, "aiact-tijdlijn");

		pagina.navigate("/toepassingen");
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam)).click();
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AI-verordening").setExact(true)).last().click();
		pagina.setViewportSize(320, 640);
		pagina.reload();
		assertThat(pagina.locator("h1")).hasText(naam);
		org.assertj.core.api.Assertions
			.assertThat(((Number) pagina.evaluate("document.documentElement.scrollWidth")).intValue())
			.as("zijwaarts schuiven op 320 px")
			.isLessThanOrEqualTo(320);
	}

	private static void kies(Page pagina, int index) {
		pagina.locator("#antwoord-" + index).check();
		knop(pagina, "Volgende").click();
	}

	private static com.microsoft.playwright.Locator knop(Page pagina, String naam) {
		return pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true));
	}

}
