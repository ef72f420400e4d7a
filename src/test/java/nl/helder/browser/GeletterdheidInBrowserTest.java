// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * AI literacy as people use it. The "done when" scenario: HR imports the demo LMS export (dry run, then commit), sees
 * coverage and gaps per team and per toepassing, and opens and downloads the art. 4 report. Then every other page of
 * the module, for HR, a teamleider and an employee; each passes axe.
 */
class GeletterdheidInBrowserTest extends BrowserTest {

	@Test
	void hrLeestEenLmsExportInEnZietDekkingGatenEnHetRapport() throws Exception {
		Page pagina = nieuwePagina(1280, 800);
		logIn(pagina, "hr@aalstede.demo");
		pagina.navigate("/");
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AI-geletterdheid").setExact(true)).click();
		assertThat(pagina.locator("h1")).hasText("AI-geletterdheid");
		String voor = pagina.locator("#kerncijfers").innerText();

		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inlezen").setExact(true)).click();
		assertToegankelijk(pagina, "geletterdheid, inlezen leeg");
		byte[] export = Files.readAllBytes(Path.of("docs/voorbeelden/lms-export-aalstede.csv"));
		pagina.locator("#veld-bestand")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("lms-export.csv", "text/csv", export));
		klik(pagina, "Bestand controleren");
		assertThat(pagina.locator("#import-goed")).containsText("Alle 20 regels kloppen");
		assertThat(pagina.locator("table:has(#tabel-verslag)")).containsText("De AI-verordening voor gemeenten");
		assertToegankelijk(pagina, "geletterdheid, proefimport");
		schermafdruk(pagina, "geletterdheid-proefimport");
		klik(pagina, "Alles opslaan");

		assertThat(pagina.locator("h1")).hasText("AI-geletterdheid");
		assertThat(pagina.locator("[role=status]")).containsText("20 trainingen zijn ingelezen");
		assertThat(pagina.locator("#kerncijfers")).not().hasText(voor);
		assertThat(pagina.locator("table:has(#tabel-teams)")).containsText("Klantcontactcentrum");
		assertThat(pagina.locator("table:has(#tabel-toepassingen)")).containsText("Chatbot voor vragen over afval");
		assertThat(pagina.locator("table:has(#tabel-gaten)")).containsText("Basistraining voor iedereen");
		assertToegankelijk(pagina, "geletterdheid, dekking");
		schermafdruk(pagina, "geletterdheid-dekking");

		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verantwoording").setExact(true)).click();
		assertThat(pagina.locator("h1")).containsText("Verantwoording AI-geletterdheid");
		assertThat(pagina.locator("#rapport-kern")).containsText("Met een geldige basistraining");
		assertThat(pagina.locator("main")).containsText("De AI-verordening voor gemeenten");
		assertToegankelijk(pagina, "geletterdheid, rapport");
		Download download = pagina.waitForDownload(() -> pagina
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download als PDF")).click());
		assertThat(download.suggestedFilename()).isEqualTo("ai-geletterdheid-GM9001.pdf");
		try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		}

		pagina.setViewportSize(320, 640);
		pagina.navigate("/geletterdheid");
		assertThat(((Number) pagina.evaluate("document.documentElement.scrollWidth")).intValue())
			.as("zijwaarts schuiven op 320 px").isLessThanOrEqualTo(320);
	}

	@Test
	void deBeheerpaginasMetEenFoutInHetFormulier() {
		Page pagina = nieuwePagina(1280, 800);
		logIn(pagina, "ai-coordinator@aalstede.demo");

		pagina.navigate("/geletterdheid/medewerkers");
		assertThat(pagina.locator("table:has(#tabel-medewerkers)")).containsText("Demo medewerker");
		assertToegankelijk(pagina, "geletterdheid, medewerkers");
		pagina.locator("#veld-personeelsnummer").fill("A1001");
		klik(pagina, "Medewerker toevoegen");
		assertThat(pagina.locator("#fout-personeelsnummer")).containsText("al een medewerker met dit personeelsnummer");
		assertThat(pagina.locator("#veld-personeelsnummer")).hasAttribute("aria-invalid", "true");
		assertToegankelijk(pagina, "geletterdheid, medewerker met fout");

		pagina.locator("#rooster-inlezen").click();
		pagina.locator("#veld-bestand").setInputFiles(new com.microsoft.playwright.options.FilePayload("personeel.csv", "text/csv",
				"personeelsnummer;naam;team\nB77;Bo Browser;Bestaat niet\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		klik(pagina, "Bestand controleren");
		assertThat(pagina.locator("#import-fouten")).isVisible();
		assertThat(pagina.locator("table:has(#tabel-verslag)")).containsText("Onbekend team");
		assertToegankelijk(pagina, "geletterdheid, personeelsbestand met fout");

		pagina.navigate("/geletterdheid/medewerkers");
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo medewerker").setExact(true)).click();
		assertThat(pagina.locator("#eisen-medewerker")).containsText("Basistraining voor iedereen");
		assertToegankelijk(pagina, "geletterdheid, medewerker");
		klik(pagina, "Training vastleggen");
		assertThat(pagina.locator("#fout-trainingId")).isVisible();
		assertToegankelijk(pagina, "geletterdheid, medewerker met fout");
		pagina.locator("#gegevens-wijzigen").click();
		assertThat(pagina.locator("#veld-naam")).hasValue("Demo medewerker");
		assertToegankelijk(pagina, "geletterdheid, medewerker wijzigen");
		pagina.locator("#veld-naam").fill("");
		klik(pagina, "Opslaan");
		assertThat(pagina.locator("#fout-naam")).containsText("Vul de naam in");
		assertToegankelijk(pagina, "geletterdheid, medewerker wijzigen met fout");

		pagina.navigate("/geletterdheid/trainingen");
		assertThat(pagina.locator("table:has(#tabel-trainingen)")).containsText("AI-BASIS-EL");
		assertToegankelijk(pagina, "geletterdheid, trainingen");
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Training AI in je werk: de basis wijzigen")).click();
		assertThat(pagina.locator("#veld-code")).hasValue("AI-BASIS-EL");
		assertThat(pagina.locator("#onderwerp-prompten")).isChecked();
		pagina.locator("#veld-geldigMaanden").fill("0");
		klik(pagina, "Opslaan");
		assertThat(pagina.locator("#fout-geldigMaanden")).isVisible();
		assertThat(pagina.locator("#onderwerp-prompten")).isChecked();
		assertToegankelijk(pagina, "geletterdheid, training wijzigen met fout");

		pagina.navigate("/geletterdheid/eisen");
		assertThat(pagina.locator("table:has(#tabel-eisen)")).containsText("Gebruikers van generatieve AI");
		klik(pagina, "Eis toevoegen");
		assertThat(pagina.locator("#fout-naam")).isVisible();
		assertToegankelijk(pagina, "geletterdheid, eisen met fout");
	}

	@Test
	void eenTeamleiderZietZijnTeamEnEenMedewerkerZijnTrainingen() {
		Page pagina = nieuwePagina(1280, 800);
		logIn(pagina, "teamleider@aalstede.demo");
		pagina.navigate("/geletterdheid");
		assertThat(pagina.locator("#eigen-team")).isVisible();
		assertThat(pagina.locator("table:has(#tabel-teams)")).containsText("Klantcontactcentrum");
		assertThat(pagina.locator("table:has(#tabel-teams)")).not().containsText("Jeugd");
		assertThat(pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Medewerkers").setExact(true))).hasCount(0);
		assertToegankelijk(pagina, "geletterdheid, teamleider");

		Page eigen = nieuwePagina(1280, 800);
		logIn(eigen, "medewerker@aalstede.demo");
		eigen.navigate("/");
		eigen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn trainingen").setExact(true)).click();
		assertThat(eigen.locator("h1")).hasText("Mijn trainingen");
		assertThat(eigen.locator("#mijn-eisen-0")).containsText("Basistraining voor iedereen");
		klik(eigen, "Training melden");
		assertThat(eigen.locator("#fout-trainingId")).isVisible();
		assertToegankelijk(eigen, "mijn trainingen met fout");
		eigen.navigate("/geletterdheid");
		assertThat(eigen.locator("body")).not().containsText("Klantcontactcentrum");
	}

	private static void klik(Page pagina, String knop) {
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
	}

}
