// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.helder.register.InterneGegevens;
import nl.helder.register.internal.RegisterDienst;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A resident reads the public algorithm register: no login, only published descriptions, accessible. */
class OpenbaarRegisterInBrowserTest extends BrowserTest {

	@Autowired
	private RegisterDienst register;

	@Test
	void eenInwonerVindtEnLeestEenGepubliceerdeToepassing() {
		String naam = "Meldingen openbare ruimte sorteren " + UUID.randomUUID().toString().substring(0, 6);
		UUID id = gepubliceerd(naam);
		Page pagina = nieuwePagina(1280, 800);

		pagina.navigate("/register/" + AALSTEDE);
		assertThat(pagina.locator("h1")).containsText("Algoritmeregister van Gemeente Aalstede");
		pagina.getByLabel("Thema").selectOption(new SelectOption().setValue("Ruimte en infrastructuur"));
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filteren")).click();
		assertThat(pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam))).isVisible();
		schermafdruk(pagina, "openbaar-register");
		assertToegankelijk(pagina, "openbaar register");

		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam)).click();
		assertThat(pagina.locator("h1")).hasText(naam);
		assertThat(pagina.locator("dd").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("Meldingen komen sneller bij het juiste team."))).hasCount(1);
		assertThat(pagina.locator("dd ul li").first()).hasText("minder doorsturen");
		assertThat(pagina.getByText("Niet ingevuld").first()).isVisible();
		assertThat(pagina.content()).doesNotContain("Interne notitie");
		schermafdruk(pagina, "openbaar-register-detail");
		assertToegankelijk(pagina, "openbaar register, detail");

		pagina.setViewportSize(320, 640);
		assertThat(((Number) pagina.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(320);
	}

	private UUID gepubliceerd(String naam) {
		Aanvrager schrijver = aanvrager("register-beheerder@aalstede.demo");
		Map<String, Object> velden = Map.of("name", naam,
				"description_short", "Meldingen komen sneller bij het juiste team.", "status", "In gebruik",
				"publication_category", "Overige algoritmes", "contact_email", "algoritmes@aalstede.example",
				"category", List.of("Ruimte en infrastructuur"),
				"goal", "<p>Sneller herstel van de openbare ruimte.</p><ul><li>minder doorsturen</li></ul>");
		InterneGegevens intern = new InterneGegevens(null, null, null, null, null, null, null, null, null,
				InterneGegevens.Levensfase.IN_GEBRUIK, null, "Interne notitie", null, null, null);
		UUID id = register.maakAan(AALSTEDE, new RegisterDienst.Invoer(velden, intern), schrijver).toepassing().id();
		register.naarReview(AALSTEDE, id);
		register.publiceer(AALSTEDE, id, aanvrager("ai-coordinator@aalstede.demo"));
		return id;
	}

	private Aanvrager aanvrager(String gebruikersnaam) {
		var gebruiker = gebruikers.findByGebruikersnaam(gebruikersnaam).orElseThrow();
		assertThat(gebruiker.rollen()).containsAnyOf(Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR);
		return nl.helder.organisaties.internal.HelderPrincipal.voor(gebruiker, false);
	}

}
