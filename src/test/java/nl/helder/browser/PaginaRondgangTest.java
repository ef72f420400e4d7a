// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import java.util.function.Consumer;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every page of the shell, as the user who would see it: WCAG 2.1 AA according to axe at desktop size, and at
 * 320 px (400% zoom) no sideways scrolling and a working skip link.
 */
class PaginaRondgangTest extends BrowserTest {

	static final String BEHEERDER = "beheerder@aalstede.demo";

	static final String MEDEWERKER = "medewerker@aalstede.demo";

	static final String PLATFORM = "platform@helder.demo";

	/** One page state: who looks, how to get there and the h1 that proves we arrived. */
	record Bezoek(String naam, String gebruiker, String kop, Consumer<Page> open) {

		@Override
		public String toString() {
			return naam;
		}

	}

	static Stream<Bezoek> paginas() {
		return Stream.of(new Bezoek("inloggen", null, "Inloggen", p -> p.navigate("/inloggen")),
				new Bezoek("start-beheerder", BEHEERDER, "Welkom, Demo beheerder", p -> p.navigate("/")),
				new Bezoek("start-medewerker", MEDEWERKER, "Welkom, Demo medewerker", p -> p.navigate("/")),
				new Bezoek("profiel", BEHEERDER, "Mijn profiel", p -> p.navigate("/profiel")),
				new Bezoek("profiel-wachtwoord-met-fouten", BEHEERDER, "Mijn profiel", PaginaRondgangTest::teKortWachtwoord),
				new Bezoek("gebruikers", BEHEERDER, "Gebruikers", p -> p.navigate("/beheer/gebruikers")),
				new Bezoek("gebruiker-nieuw", BEHEERDER, "Nieuwe gebruiker", p -> p.navigate("/beheer/gebruikers/nieuw")),
				new Bezoek("gebruiker-formulier-met-fouten", BEHEERDER, "Nieuwe gebruiker",
						PaginaRondgangTest::legeNieuweGebruiker),
				new Bezoek("gebruiker", BEHEERDER, "Demo medewerker", PaginaRondgangTest::bestaandeGebruiker),
				new Bezoek("teams", BEHEERDER, "Teams", p -> p.navigate("/beheer/teams")),
				new Bezoek("organisatie", BEHEERDER, "Organisatie", p -> p.navigate("/beheer/organisatie")),
				new Bezoek("beheer-inloggen", BEHEERDER, "Inloggen via", p -> p.navigate("/beheer/inloggen")),
				new Bezoek("audit", BEHEERDER, "Auditlog", p -> p.navigate("/beheer/audit")),
				new Bezoek("audit-gefilterd", BEHEERDER, "Auditlog", PaginaRondgangTest::auditGefilterd),
				new Bezoek("audit-ongeldig-filter", BEHEERDER, "Auditlog", PaginaRondgangTest::auditOngeldigFilter),
				new Bezoek("platform-organisaties", PLATFORM, "Alle organisaties", p -> p.navigate("/platform/organisaties")),
				new Bezoek("niet-gevonden", BEHEERDER, "Niet gevonden", p -> status(p.navigate("/bestaat-niet"), 404)),
				new Bezoek("geen-toegang", MEDEWERKER, "Geen toegang", p -> status(p.navigate("/beheer/gebruikers"), 403)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("paginas")
	void voldoetAanWcag21AA(Bezoek bezoek) {
		Page pagina = bezoek(bezoek, 1280, 800);
		schermafdruk(pagina, bezoek.naam());
		assertToegankelijk(pagina, bezoek.naam());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("paginas")
	void werktOp320Pixels(Bezoek bezoek) {
		Page pagina = bezoek(bezoek, 320, 640);
		schermafdruk(pagina, bezoek.naam() + "-320");
		int paginabreedte = ((Number) pagina.evaluate("document.documentElement.scrollWidth")).intValue();
		int venster = ((Number) pagina.evaluate("window.innerWidth")).intValue();
		assertThat(paginabreedte).as("%s schuift zijwaarts op 320 px: breedste elementen %s", bezoek.naam(),
				pagina.evaluate(TE_BREED))
			.isLessThanOrEqualTo(venster);

		if (pagina.locator(".helder-foutoverzicht").count() > 0) {
			// A form that came back with errors starts at the error summary, so it is read out first.
			assertThat(pagina.locator(".helder-foutoverzicht")).isFocused();
			pagina.keyboard().press("Tab");
			assertThat(pagina.locator(".helder-foutoverzicht a").first()).isFocused();
			pagina.keyboard().press("Enter");
			String doel = pagina.locator(".helder-foutoverzicht a").first().getAttribute("href");
			assertThat(pagina.evaluate("location.hash")).isEqualTo(doel);
			return;
		}
		pagina.keyboard().press("Tab");
		assertThat(pagina.evaluate("document.activeElement.classList.contains('helder-skiplink')"))
			.as("de eerste Tab op %s komt op de link naar de inhoud, niet op %s", bezoek.naam(),
					pagina.evaluate("document.activeElement.outerHTML.slice(0, 120)"))
			.isEqualTo(true);
		assertThat(pagina.locator(".helder-skiplink")).isInViewport();
		pagina.keyboard().press("Enter");
		assertThat(pagina.locator("main#inhoud")).isFocused();
	}

	/** Proves that the walk above can fail: a known violation is reported with its rule and where it is. */
	@Test
	void axeVindtEenBekendeFout() {
		Page pagina = nieuwePagina(1280, 800);
		pagina.setContent("<!DOCTYPE html><html lang=\"nl\"><head><title>Proef</title></head>"
				+ "<body><main><h1>Proef</h1><img id=\"zonder-alt\" src=\"data:,\"></main></body></html>");
		assertThatThrownBy(() -> assertToegankelijk(pagina, "proef")).isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt")
			.hasMessageContaining("#zonder-alt");
	}

	/** Finds what sticks out to the right, so a failing reflow check names the culprit. */
	private static final String TE_BREED = """
			() => [...document.querySelectorAll('body *')]
				.filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
					|| (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'))
				.filter(e => !e.closest('.helder-tabel-houder') || e.classList.contains('helder-tabel-houder'))
				.slice(0, 5)
				.map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
					+ ' (' + Math.round(e.getBoundingClientRect().right) + 'px)')
			""";

	private Page bezoek(Bezoek bezoek, int breedte, int hoogte) {
		Page pagina = nieuwePagina(breedte, hoogte);
		if (bezoek.gebruiker() != null) {
			logIn(pagina, bezoek.gebruiker());
		}
		bezoek.open().accept(pagina);
		assertThat(pagina.locator("h1")).containsText(bezoek.kop());
		return pagina;
	}

	private static void status(Response antwoord, int verwacht) {
		assertThat(antwoord.status()).isEqualTo(verwacht);
	}

	private static void teKortWachtwoord(Page p) {
		p.navigate("/profiel");
		p.getByLabel("Huidig wachtwoord").fill(DEMO_WACHTWOORD);
		p.getByLabel("Nieuw wachtwoord").fill("kort");
		p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord wijzigen")).click();
		assertThat(p.locator(".helder-foutoverzicht")).containsText("minstens 12 tekens");
	}

	private static void legeNieuweGebruiker(Page p) {
		p.navigate("/beheer/gebruikers/nieuw");
		// The browser's own check of required fields would stop the empty form before the server sees it.
		p.locator("form.helder-formulier").evaluate("formulier => formulier.noValidate = true");
		p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(p.locator(".helder-foutoverzicht li")).not().hasCount(0);
		assertThat(p.locator("[aria-invalid=true]")).not().hasCount(0);
	}

	private static void bestaandeGebruiker(Page p) {
		p.navigate("/beheer/gebruikers");
		p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo medewerker").setExact(true)).click();
		p.waitForURL("**/beheer/gebruikers/*-*");
	}

	private static void auditGefilterd(Page p) {
		p.navigate("/beheer/audit");
		p.getByLabel("Actie").selectOption(new SelectOption().setLabel("Aangemaakt"));
		p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		p.waitForURL("**/beheer/audit?*actie=AANGEMAAKT*");
		// The filter updated the results in place; the address it left must open the same page on its own.
		p.navigate(p.url());
	}

	private static void auditOngeldigFilter(Page p) {
		p.navigate("/beheer/audit?van=gisteren");
		assertThat(p.locator("[role=alert]")).containsText("Vul een datum in");
	}

}
