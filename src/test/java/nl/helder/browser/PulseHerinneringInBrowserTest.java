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

import nl.helder.organisaties.internal.Team;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.pulse.internal.PulseDienst;
import nl.helder.shared.Rol;
import nl.helder.shared.Systeemaanvrager;

/**
 * The reminder section of the wave page in Chromium with axe: choosing reminder dates in a concept (with a refused
 * form), then the list of dates and the button for new colleagues on the open wave.
 */
class PulseHerinneringInBrowserTest extends BrowserTest {

	@Autowired
	private PulseDienst dienst;

	@Autowired
	private TeamDienst teamDienst;

	@Test
	void hrKiestHerinneringenEnNodigtNieuweCollegasUit() {
		String id = UUID.randomUUID().toString().substring(0, 6);
		Team team = teamDienst.maakAan(AALSTEDE, "Browserherinnering " + id, null);
		LocalDate vandaag = dienst.vandaag();
		var hr = new Systeemaanvrager("browser-hr", "Browser HR", AALSTEDE, Set.of(Rol.HR));
		UUID golf = dienst.maak(AALSTEDE, new PulseDienst.Gegevens("Herinneringsgolf " + id, vandaag.toString(),
				vandaag.plusDays(14).toString(), List.of(team.id().toString()), "5"), hr).id();
		dienst.legInstemmingVast(AALSTEDE, golf, vandaag.toString(), "OR-b", "DPIA-b");

		Page pagina = nieuwePagina(1280, 900);
		logIn(pagina, "hr@aalstede.demo");
		pagina.navigate("/pulse/golven/" + golf);
		assertThat(pagina.locator("#herinneringen-kop")).hasText("Herinneringen en nieuwe collega's");
		assertToegankelijk(pagina, "pulse-herinneringen-concept");

		pagina.getByLabel("Herinnering 1", new Page.GetByLabelOptions().setExact(true)).fill(vandaag.plusDays(20).toString());
		klik(pagina, "Herinneringen opslaan");
		assertThat(pagina.locator(".helder-foutoverzicht")).containsText("na de eerste dag en voor de laatste dag");
		assertToegankelijk(pagina, "pulse-herinneringen-fout");
		assertThat(herinneringen(golf)).isEmpty();

		pagina.getByLabel("Herinnering 1", new Page.GetByLabelOptions().setExact(true)).fill(vandaag.plusDays(7).toString());
		pagina.getByLabel("Herinnering 2", new Page.GetByLabelOptions().setExact(true)).fill(vandaag.plusDays(3).toString());
		klik(pagina, "Herinneringen opslaan");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("De herinneringen zijn opgeslagen");
		assertThat(herinneringen(golf)).isEqualTo(vandaag.plusDays(3) + "," + vandaag.plusDays(7));

		dienst.open(AALSTEDE, golf);
		pagina.navigate("/pulse/golven/" + golf);
		assertThat(pagina.locator("#herinneringen-sectie li").first()).containsText("nog niet verstuurd");
		klik(pagina, "Nieuwe collega's uitnodigen");
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("Nieuwe collega's in de teams zijn uitgenodigd");
		assertToegankelijk(pagina, "pulse-herinneringen-open");
		schermafdruk(pagina, "pulse-herinneringen-open");

		// Someone who only reads the results does not see the section.
		pagina.context().close();
		Page medewerker = nieuwePagina(1280, 900);
		logIn(medewerker, "medewerker@aalstede.demo");
		medewerker.navigate("/pulse/golven/" + golf);
		assertThat(medewerker.locator("#herinneringen-sectie")).hasCount(0);
	}

	private String herinneringen(UUID golf) {
		return jdbc.sql("select herinneringen from pulse.golf where id = ?").param(golf).query(String.class).single();
	}

	private static void klik(Page pagina, String knop) {
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
	}

}
