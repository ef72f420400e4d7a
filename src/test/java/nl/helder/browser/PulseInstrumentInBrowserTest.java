// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * Loading an own instrument in Chromium with axe: the instruments page, a refused file on the check page (nothing
 * stored), a good file's check page, "Laden", choosing it for a new wave, and removing it again.
 */
class PulseInstrumentInBrowserTest extends BrowserTest {

	@Test
	void hrLaadtEenEigenVragenlijstNaEenControle() throws Exception {
		String id = "wp-" + UUID.randomUUID().toString().substring(0, 8);
		String definitie;
		try (InputStream invoer = new ClassPathResource("data/pulse/demo/werkplezier-voorbeeld-1.0.json").getInputStream()) {
			definitie = new String(invoer.readAllBytes(), StandardCharsets.UTF_8)
				.replace("\"id\": \"werkplezier-voorbeeld\"", "\"id\": \"" + id + "\"")
				.replace("\"titel\": \"Werkplezier (voorbeeld)\"", "\"titel\": \"Werkplezier " + id + "\"");
		}
		Page pagina = nieuwePagina(1280, 900);
		logIn(pagina, "hr@aalstede.demo");
		pagina.navigate("/pulse");
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vragenlijsten bekijken en een eigen vragenlijst laden")).click();
		assertThat(pagina.locator("h1")).hasText("Vragenlijsten voor de pulse");
		assertThat(pagina.locator("#tabel-meegeleverd")).containsText("tech-pulse");
		assertToegankelijk(pagina, "pulse-instrumenten");

		// A file without a licence: the check page says why, and nothing is stored.
		int voor = rijen();
		pagina.locator("#veld-definitie").fill(definitie.replaceFirst("\"licentie\": \"[^\"]*\",", ""));
		klik(pagina, "Controleren");
		assertThat(pagina.locator("h1")).hasText("Controle van de vragenlijst");
		assertThat(pagina.locator("#fouten")).containsText("'licentie' ontbreekt");
		assertThat(pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Laden").setExact(true))).hasCount(0);
		assertToegankelijk(pagina, "pulse-instrument-controle-fout");
		assertThat(rijen()).isEqualTo(voor);

		// A good file, uploaded: the check page shows what would be loaded, still nothing stored.
		pagina.navigate("/pulse/instrumenten");
		pagina.locator("#veld-bestand")
			.setInputFiles(new FilePayload("werkplezier.json", "application/json", definitie.getBytes(StandardCharsets.UTF_8)));
		klik(pagina, "Controleren");
		assertThat(pagina.locator("#titel")).hasText("Werkplezier " + id);
		assertThat(pagina.locator("#items")).hasText("6");
		assertThat(pagina.locator("#licentie")).containsText("Voorbeeld");
		assertThat(pagina.locator("h3")).containsText(new String[] { "Energie in het werk (3 stellingen)",
				"Betrokkenheid bij het werk (3 stellingen)" });
		assertToegankelijk(pagina, "pulse-instrument-controle");
		schermafdruk(pagina, "pulse-instrument-controle");
		assertThat(rijen()).isEqualTo(voor);

		klik(pagina, "Laden");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("De vragenlijst is geladen");
		Locator rij = pagina.locator("#tabel-eigen tr").filter(new Locator.FilterOptions().setHasText(id));
		assertThat(rij).containsText("Nog geen");
		assertToegankelijk(pagina, "pulse-instrumenten-eigen");
		assertThat(rijen()).isEqualTo(voor + 1);

		// It is a choice on the new-wave form.
		pagina.navigate("/pulse");
		assertThat(pagina.locator("#veld-instrument option[value='" + id + "']")).hasText("Werkplezier " + id + " (" + id
				+ ", eigen vragenlijst)");
		assertThat(pagina.locator("#veld-instrument")).hasValue("tech-pulse");

		// Unused, so it can go again.
		pagina.navigate("/pulse/instrumenten");
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijder Werkplezier " + id + ", versie 1.0")).click();
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("verwijderd");
		assertThat(pagina.locator("#tabel-eigen tr").filter(new Locator.FilterOptions().setHasText(id))).hasCount(0);
		assertThat(rijen()).isEqualTo(voor);
	}

	private int rijen() {
		return jdbc.sql("select count(*) from pulse.eigen_instrument").query(Integer.class).single();
	}

	private static void klik(Page pagina, String knop) {
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
	}

}
