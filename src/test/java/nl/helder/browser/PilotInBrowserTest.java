// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * "Done when" of the pilots: an AI coordinator takes a use case from intake through a pilot with baseline and
 * follow-up KPIs to a recorded decision, and sees it in the portfolio. Every page passes axe, also with errors.
 */
class PilotInBrowserTest extends BrowserTest {

	@Test
	void vanIntakeViaKpisNaarEenBesluit() {
		String naam = "Pilot in de browser " + UUID.randomUUID().toString().substring(0, 6);
		UUID toepassing = nieuweToepassing(naam);
		LocalDate vandaag = LocalDate.now();
		Page pagina = nieuwePagina(1280, 900);
		logIn(pagina, "ai-coordinator@aalstede.demo");

		pagina.navigate("/toepassingen/" + toepassing);
		pagina.locator(".helder-tabs").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Pilots")).click();
		assertThat(pagina.locator("h2").first()).hasText("Pilots");
		assertToegankelijk(pagina, "pilots-tab");
		pagina.locator("#veld-titel").fill("Verslagen van keukentafelgesprekken");
		klik(pagina, "Intake beginnen");

		// Intake: an outcome without the rest is refused at the fields.
		assertThat(pagina.locator("h2").first()).hasText("Intake: eerst het probleem");
		pagina.locator("#veld-uitkomst").selectOption("PILOTEN");
		klik(pagina, "Opslaan");
		assertThat(pagina.locator("#fout-probleem")).hasText("Beschrijf het probleem.");
		assertThat(pagina.locator("#veld-probleem")).hasAttribute("aria-invalid", "true");
		assertToegankelijk(pagina, "intake met fouten");
		schermafdruk(pagina, "pilot-intake-fout");
		pagina.locator("#veld-probleem").fill("Consulenten zijn na elk gesprek een uur bezig met het verslag.");
		pagina.locator("#veld-probleemhouder").fill("Wmo-consulenten en de inwoners die op hun beschikking wachten.");
		pagina.locator("#veld-huidigProces").fill("Aantekeningen tijdens het gesprek, daarna uitwerken.");
		pagina.locator("#veld-waaromAi").fill("Spraakherkenning maakt een eerste versie; de consulent verbetert die.");
		pagina.locator("#veld-alternatieven").fill("Dicteren en een vast sjabloon.");
		for (String criterium : new String[] { "nut", "noodzaak", "risicos", "avg", "ethiek", "beveiliging" }) {
			pagina.locator("#veld-score-" + criterium).selectOption("4");
			pagina.locator("#veld-toelichting-" + criterium).fill("Besproken met de FG en het team.");
		}
		pagina.locator("#veld-redenen").fill("Veel tijdwinst; de consulent blijft verantwoordelijk.");
		klik(pagina, "Opslaan");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("De intake is opgeslagen.");
		assertThat(pagina.locator("#fase")).hasText("Plan");
		assertToegankelijk(pagina, "pilot na de intake");

		// Plan: an end date before the start is refused; then a valid plan and the start.
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan bewerken")).click();
		assertToegankelijk(pagina, "planformulier");
		pagina.locator("#veld-leerdoelen").fill("goede pilotaanpak; privacy en informatiebeveiliging");
		pagina.locator("#veld-startdatum").fill(vandaag.minusDays(60).toString());
		pagina.locator("#veld-einddatum").fill(vandaag.minusDays(61).toString());
		pagina.locator("#kpi-minuten-per-taak").check();
		klik(pagina, "Opslaan");
		assertThat(pagina.locator("#fout-einddatum")).hasText("De einddatum moet na de startdatum liggen.");
		assertToegankelijk(pagina, "plan met fout");
		pagina.locator("#veld-einddatum").fill(vandaag.plusDays(30).toString());
		pagina.locator("#veld-orSoort").selectOption("INSTEMMING");
		pagina.locator("#veld-orDatum").fill(vandaag.minusDays(70).toString());
		pagina.locator("#veld-orUitkomst").fill("De OR stemt in.");
		klik(pagina, "Opslaan");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("Het plan is opgeslagen.");
		assertThat(pagina.locator("#waarschuwingen")).containsText("nog niet ingedeeld");
		klik(pagina, "Pilot starten");
		assertThat(pagina.locator("#fase")).hasText("Lopend");

		// KPIs: one by hand, the rest from a CSV file: checked first, then recorded at once.
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Metingen bekijken en invoeren")).click();
		pagina.locator("#veld-moment").fill("nulmeting");
		pagina.locator("#veld-datum").fill(vandaag.minusDays(65).toString());
		pagina.locator("#veld-waarde").fill("61");
		klik(pagina, "Meting toevoegen");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("De meting is opgeslagen.");
		assertThat(pagina.locator("#kpi-samenvatting")).containsText("Nog geen nulmeting en vervolgmeting");
		assertToegankelijk(pagina, "kpi-pagina");
		StringBuilder csv = new StringBuilder("kpi;moment;datum;waarde\n");
		for (int i = 0; i < 5; i++) {
			csv.append("minuten-per-taak;nulmeting;").append(vandaag.minusDays(64 - i)).append(';').append(58 + i).append('\n');
			csv.append("minuten-per-taak;vervolg-1;").append(vandaag.minusDays(10 - i)).append(';').append(30 + i).append(",5\n");
		}
		csv.append("minuten-per-taak;vervolg-1;").append(vandaag.minusDays(3)).append(";abc\n");
		pagina.locator("#veld-bestand").setInputFiles(new FilePayload("metingen.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
		klik(pagina, "Bestand controleren");
		assertThat(pagina.locator("#importfouten")).containsText("Regel 12: Geen geldig getal: abc.");
		assertToegankelijk(pagina, "import met fouten");
		String goed = csv.substring(0, csv.lastIndexOf("minuten-per-taak;vervolg-1;" + vandaag.minusDays(3)));
		pagina.locator("#veld-bestand").setInputFiles(new FilePayload("metingen.csv", "text/csv", goed.getBytes(StandardCharsets.UTF_8)));
		klik(pagina, "Bestand controleren");
		assertThat(pagina.locator("#proef")).containsText("Alle 10 regels zijn goed.");
		klik(pagina, "Alle regels vastleggen");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("Het bestand is ingelezen.");
		assertThat(pagina.locator("#kpi-samenvatting")).containsText("95%-interval");
		assertThat(pagina.locator("#kpi-samenvatting")).containsText("Beter.");
		assertToegankelijk(pagina, "kpi-pagina met verschil");
		schermafdruk(pagina, "pilot-kpis");

		// Decision: stopping needs lessons; then scale up with the evidence kept.
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de pilot")).click();
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Besluit vastleggen")).click();
		assertThat(pagina.locator("#bewijs")).containsText("Beter.");
		pagina.locator("#besluit-STOPPEN").check();
		pagina.locator("#veld-redenen").fill("Toch niet.");
		klik(pagina, "Besluit vastleggen");
		assertThat(pagina.locator("#fout-lessen")).containsText("Schrijf de lessen op");
		assertToegankelijk(pagina, "besluit met fout");
		pagina.locator("#besluit-OPSCHALEN").check();
		pagina.locator("#veld-redenen").fill("Verslagen kosten de helft minder tijd; de consulenten zijn positief.");
		pagina.locator("#veld-lessenDeelbaar").check();
		klik(pagina, "Besluit vastleggen");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("Het besluit is vastgelegd.");
		assertThat(pagina.locator("#besluit")).containsText("Opschalen");
		assertToegankelijk(pagina, "pilot na het besluit");

		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pilots").setExact(true)).first().click();
		pagina.navigate("/pilots");
		assertThat(pagina.locator("h1")).hasText("Pilots van uw gemeente");
		assertThat(pagina.locator("#besluiten")).containsText("Verslagen van keukentafelgesprekken");
		assertThat(pagina.locator("#waarde")).containsText("Verslagen van keukentafelgesprekken");
		assertToegankelijk(pagina, "portfolio");
		schermafdruk(pagina, "pilots-portfolio");

		pagina.setViewportSize(320, 640);
		assertThat(((Number) pagina.evaluate("document.documentElement.scrollWidth")).intValue())
			.as("zijwaarts schuiven op 320 px").isLessThanOrEqualTo(320);
	}

	private static void klik(Page pagina, String knop) {
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
	}

}
