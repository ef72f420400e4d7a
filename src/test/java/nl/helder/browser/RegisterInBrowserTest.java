// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register as staff use it: a register-beheerder adds a toepassing through the generated form and offers it
 * for review, an AI coordinator publishes it. Every page passes axe and reflows at 320 px.
 */
class RegisterInBrowserTest extends BrowserTest {

	static final Path DOCS = Path.of("docs", "screenshots");

	@Test
	void toevoegenReviewenEnPubliceren() throws Exception {
		String naam = "Afvalroutes plannen " + UUID.randomUUID().toString().substring(0, 6);
		Page pagina = nieuwePagina(1280, 800);
		logIn(pagina, "register-beheerder@aalstede.demo");

		pagina.navigate("/toepassingen");
		assertThat(pagina.locator("h1")).hasText("Register van toepassingen");
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toepassing toevoegen")).click();
		assertThat(pagina.locator("h1")).hasText("Toepassing toevoegen");
		assertToegankelijk(pagina, "register, leeg formulier");
		schermafdruk(pagina, "register-formulier");

		// Saving without a name and with a wrong link shows the errors at the fields.
		pagina.locator("#veld-website").fill("geen webadres");
		klik(pagina, "Opslaan");
		assertThat(pagina.locator(".helder-foutoverzicht")).containsText("Geef de toepassing een naam");
		assertThat(pagina.locator("#veld-website")).hasAttribute("aria-invalid", "true");
		assertThat(pagina.locator("#veld-website")).hasValue("geen webadres");
		assertToegankelijk(pagina, "register, formulier met fouten");
		schermafdruk(pagina, "register-formulier-fouten");

		pagina.locator("#veld-name").fill(naam);
		pagina.locator("#veld-description_short").fill("Plant de routes van de afvalwagens zo kort mogelijk.");
		pagina.locator("#veld-website").fill("https://www.aalstede.example/afval");
		pagina.locator("#veld-status").selectOption(new SelectOption().setValue("In gebruik"));
		pagina.locator("#veld-publication_category").selectOption(new SelectOption().setValue("Overige algoritmes"));
		pagina.locator("#veld-contact_email").fill("algoritmes@aalstede.example");
		pagina.getByLabel("Natuur en milieu", new Page.GetByLabelOptions().setExact(true)).check();
		pagina.locator("#veld-begin_date").fill("2025-09");
		pagina.locator("#veld-goal").fill("<p>Minder kilometers en minder uitstoot.</p>");
		pagina.locator("[id='veld-lawful_basis_grouping[0].title']").fill("Wet milieubeheer");
		pagina.locator("[id='veld-lawful_basis_grouping[0].link']").fill("https://wetten.overheid.nl/BWBR0003245");
		pagina.locator("[id='veld-intern.levensfase']").selectOption(new SelectOption().setValue("IN_GEBRUIK"));
		pagina.locator("[id='veld-intern.toolbeleid']").selectOption(new SelectOption().setValue("TOEGESTAAN"));
		pagina.getByLabel("Interne gegevens", new Page.GetByLabelOptions().setExact(true)).check();
		pagina.locator("[id='veld-intern.afdelingId']").selectOption(new SelectOption().setLabel("Bedrijfsvoering"));
		pagina.getByLabel("Dienstverlening › Klantcontactcentrum", new Page.GetByLabelOptions().setExact(true)).check();
		klik(pagina, "Opslaan");

		assertThat(pagina.locator("h1")).hasText(naam);
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("toegevoegd als concept");
		assertThat(pagina.getByText("Wet milieubeheer")).isVisible();
		assertThat(pagina.getByText("Dienstverlening › Klantcontactcentrum")).isVisible();
		klik(pagina, "Ter review aanbieden");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("ter review");
		String detailAdres = pagina.url();

		Page coordinator = nieuwePagina(1280, 800);
		logIn(coordinator, "ai-coordinator@aalstede.demo");
		coordinator.navigate(detailAdres);
		klik(coordinator, "Publiceren");
		assertThat(coordinator.locator(".utrecht-alert--ok")).containsText("openbare register");
		assertThat(coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicatie intrekken")))
			.isVisible();
		assertToegankelijk(coordinator, "register, detail");
		Path detail = schermafdruk(coordinator, "register-detail");
		naarDocs(coordinator, "register-detail");

		coordinator.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Onderdelen van deze toepassing"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Versies"))
			.click();
		klik(coordinator, "Vergelijken");
		assertThat(coordinator.locator("h2").first()).containsText("Alle versies");
		assertToegankelijk(coordinator, "register, versies");
		schermafdruk(coordinator, "register-versies");

		coordinator.navigate("/toepassingen");
		assertThat(coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam))).isVisible();

		// Filter, then keep the filter as a saved view that is one click away next time.
		String weergave = "Toegestaan " + UUID.randomUUID().toString().substring(0, 6);
		coordinator.locator("#f-toolbeleid").selectOption(new SelectOption().setValue("TOEGESTAAN"));
		klik(coordinator, "Filteren");
		coordinator.getByLabel("Naam van deze weergave").fill(weergave);
		klik(coordinator, "Deze weergave bewaren");
		assertThat(coordinator.locator(".utrecht-alert--ok")).containsText("bewaard");
		coordinator.navigate("/toepassingen");
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(weergave)).click();
		assertThat(coordinator.locator("#f-toolbeleid")).hasValue("TOEGESTAAN");
		assertThat(coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(weergave)))
			.hasAttribute("aria-current", "true");
		assertToegankelijk(coordinator, "register, lijst");
		schermafdruk(coordinator, "register-lijst");
		naarDocs(coordinator, "register-lijst");

		for (String adres : new String[] { "/toepassingen", detailAdres }) {
			coordinator.setViewportSize(320, 640);
			coordinator.navigate(adres);
			assertThat(((Number) coordinator.evaluate("document.documentElement.scrollWidth")).intValue())
				.as("zijwaarts schuiven op 320 px: %s", adres)
				.isLessThanOrEqualTo(320);
		}
		assertThat(detail).exists();
	}

	private static void klik(Page pagina, String knop) {
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
	}

	/**
	 * The screenshots in the documentation: the top of the page at desktop width, small enough for the repository.
	 * A normal run only writes under target/; with -Ddocs.schermafdrukken=true it refreshes docs/screenshots.
	 */
	private static void naarDocs(Page pagina, String naam) throws Exception {
		Path pad = SCHERMAFDRUKKEN.resolve(naam + "-docs.png");
		pagina.screenshot(new Page.ScreenshotOptions().setPath(pad).setFullPage(false));
		assertThat(Files.size(pad)).isLessThan(300_000);
		if (!Boolean.getBoolean("docs.schermafdrukken")) {
			return;
		}
		Files.createDirectories(DOCS);
		Files.copy(pad, DOCS.resolve(naam + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
