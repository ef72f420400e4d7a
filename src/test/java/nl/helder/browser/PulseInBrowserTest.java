// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.organisaties.internal.Team;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.pulse.internal.PulseDienst;
import nl.helder.shared.Rol;
import nl.helder.shared.Systeemaanvrager;

/**
 * The pulse pages in Chromium with axe: HR preparing a wave (with a refused form), the demo results with a hidden
 * team, the before/after view, a team leader's view, and the respondent's form on a 360 px phone screen, including
 * a second use of the same link.
 */
class PulseInBrowserTest extends BrowserTest {

	@Autowired
	private PulseDienst dienst;

	@Autowired
	private TeamDienst teamDienst;

	@Test
	void hrBereidtEenGolfVoorEnZietDeUitkomsten() {
		Page pagina = nieuwePagina(1280, 900);
		logIn(pagina, "hr@aalstede.demo");
		pagina.navigate("/pulse");
		assertThat(pagina.locator("h1")).hasText("Pulse: technologie en mentale kracht");
		assertToegankelijk(pagina, "pulse-overzicht");

		int golvenVoor = jdbc.sql("select count(*) from pulse.golf").query(Integer.class).single();
		pagina.locator("#veld-titel").fill("Browsergolf");
		pagina.locator("#veld-opent").fill("2027-03-10");
		pagina.locator("#veld-sluit").fill("2027-03-01");
		klik(pagina, "Concept maken");
		assertThat(pagina.locator(".helder-foutoverzicht")).containsText("De laatste dag ligt voor de eerste dag");
		assertThat(pagina.locator(".helder-foutoverzicht")).containsText("Kies minstens een team");
		assertToegankelijk(pagina, "pulse-nieuwe-golf-fout");
		assertThat(jdbc.sql("select count(*) from pulse.golf").query(Integer.class).single()).isEqualTo(golvenVoor);

		LocalDate vandaag = dienst.vandaag();
		pagina.locator("#veld-opent").fill(vandaag.toString());
		pagina.locator("#veld-sluit").fill(vandaag.plusDays(14).toString());
		pagina.getByLabel("— Burgerzaken").check();
		klik(pagina, "Concept maken");
		assertThat(pagina.locator("h1")).hasText("Browsergolf");
		assertToegankelijk(pagina, "pulse-concept");
		pagina.locator("#veld-orInstemmingDatum").fill(vandaag.minusDays(1).toString());
		pagina.locator("#veld-orInstemmingDocument").fill("OR-besluit 12");
		pagina.locator("#veld-dpiaReferentie").fill("DPIA-2027-4");
		klik(pagina, "Instemming en DPIA vastleggen");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("vastgelegd");
		klik(pagina, "Openen en uitnodigingen versturen");
		assertThat(pagina.locator("#loopt")).hasText("De golf loopt");
		assertToegankelijk(pagina, "pulse-open");
		schermafdruk(pagina, "pulse-open");

		pagina.navigate("/pulse");
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pulse najaar").setExact(true)).first().click();
		assertThat(pagina.locator("#per-team")).isVisible();
		assertThat(pagina.locator("table").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Per team"))
			.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Jeugd"))).containsText("verborgen");
		assertThat(pagina.locator("#advies")).isVisible();
		assertToegankelijk(pagina, "pulse-uitkomsten-hr");
		schermafdruk(pagina, "pulse-uitkomsten-hr");

		pagina.navigate("/pulse/voor-na");
		pagina.locator("#veld-toepassing").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Chatbot voor vragen over afval"));
		klik(pagina, "Tonen");
		assertThat(pagina.locator("table").first()).containsText("Druk door technologie");
		assertToegankelijk(pagina, "pulse-voor-na");
		schermafdruk(pagina, "pulse-voor-na");
	}

	@Test
	void eenTeamleiderZietDeOrganisatieEnHetEigenTeam() {
		Page pagina = nieuwePagina(1280, 900);
		logIn(pagina, "teamleider@aalstede.demo");
		pagina.navigate("/pulse");
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pulse najaar").setExact(true)).first().click();
		assertThat(pagina.locator("#eigen-team")).isVisible();
		assertThat(pagina.locator("#per-team")).hasCount(0);
		assertThat(pagina.locator("body")).not().containsText("Werk en inkomen");
		assertToegankelijk(pagina, "pulse-uitkomsten-teamleider");
	}

	@Test
	void hetFormulierWerktOpEenTelefoonEnEenLinkWerktEenKeer() {
		String id = UUID.randomUUID().toString().substring(0, 6);
		Team team = teamDienst.maakAan(AALSTEDE, "Browserteam " + id, null);
		for (int i = 0; i < 2; i++) {
			String naam = "peiling-" + i + "-" + id + "@pulse.test";
			gebruikerDienst.maakAan(AALSTEDE, naam, new GebruikerDienst.Gegevens("Deelnemer " + i, naam, Set.of(Rol.MEDEWERKER),
					team.id(), true), "Pulse-test-wachtwoord-2026");
		}
		var hr = new Systeemaanvrager("browser-hr", "Browser HR", AALSTEDE, Set.of(Rol.HR));
		LocalDate vandaag = dienst.vandaag();
		UUID golf = dienst.maak(AALSTEDE, new PulseDienst.Gegevens("Telefoongolf", vandaag.toString(),
				vandaag.plusDays(7).toString(), List.of(team.id().toString()), "6"), hr).id();
		dienst.legInstemmingVast(AALSTEDE, golf, vandaag.toString(), "OR-3", "DPIA-3");
		String token = dienst.open(AALSTEDE, golf).get(0).token();

		Page pagina = nieuwePagina(360, 740);
		pagina.navigate("/peiling/" + token);
		assertThat(pagina.locator("#anoniem")).hasText("Uw antwoorden zijn anoniem");
		assertThat(pagina.locator("section").first()).containsText("minstens 6 deelnemers");
		assertToegankelijk(pagina, "peiling-telefoon");
		assertThat((Boolean) pagina.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("geen horizontaal scrollen op 360 px").isTrue();
		schermafdruk(pagina, "peiling-telefoon");

		klik(pagina, "Versturen");
		assertThat(pagina.locator(".helder-foutoverzicht")).containsText("Beantwoord minstens een stelling");
		assertToegankelijk(pagina, "peiling-fout");
		assertThat(jdbc.sql("select count(*) from pulse.antwoord where golf_id = ?").param(golf).query(Integer.class).single()).isZero();

		pagina.locator("#overbelasting-4").check();
		pagina.locator("#overzicht-2").check();
		pagina.locator("#veerkracht-3").check();
		pagina.locator("#gebruiksgroep-vaak").check();
		klik(pagina, "Versturen");
		assertThat(pagina.locator("h1")).hasText("Bedankt voor het meedoen");
		assertToegankelijk(pagina, "peiling-bedankt");
		assertThat(jdbc.sql("select count(*) from pulse.antwoord where golf_id = ?").param(golf).query(Integer.class).single()).isEqualTo(1);

		pagina.navigate("/peiling/" + token);
		assertThat(pagina.locator("h1")).hasText("Deze link is al gebruikt");
		assertToegankelijk(pagina, "peiling-al-gebruikt");
		assertThat((Boolean) pagina.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
	}

	private static void klik(Page pagina, String knop) {
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
	}

}
