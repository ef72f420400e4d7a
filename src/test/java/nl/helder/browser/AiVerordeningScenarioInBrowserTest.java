// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import nl.helder.assessments.internal.Reviewpost;

/**
 * Issue 4's "done when", in Chromium from start to end: an AICO classifies a pilot in the wizard and sees its
 * requirements with due dates; the platform administrator switches the legal timeline and the dates move; the pre-scan
 * creates a DPIA, which shows on requirement avg-13; the DPIA is filled, advised by the FG and approved, downloaded as
 * PDF and put in the register; and the review reminder arrives by mail over SMTP.
 */
class AiVerordeningScenarioInBrowserTest extends BrowserTest {

	private static final String AICO = "aico@aalstede.demo";

	private static final String FG = "privacy-officer@aalstede.demo";

	private static final String COORDINATOR = "ai-coordinator@aalstede.demo";

	private static final String PLATFORM = "platform@helder.demo";

	/** A deployer of a high-risk system that is not in use yet (see VerplichtingenPaginasTest). */
	private static final int[] HOOG_RISICO_NIEUW = { 0, 4, 1, 0, 1, 0, 1, 2, 0, 1, 0, 0, 1 };

	@Autowired
	private ApplicationContext context;

	@Test
	void vanClassificatieTotGoedgekeurdeDpiaEnReviewherinnering() throws Exception {
		String naam = "Scenario wegwijzer " + UUID.randomUUID().toString().substring(0, 6);
		UUID toepassing = pilot(naam);
		Page pagina = nieuwePagina(1280, 900);
		logIn(pagina, AICO);

		// 1. Classify in the wizard; the result lists the requirements with their due dates.
		pagina.navigate("/toepassingen/" + toepassing + "/ai-verordening");
		knop(pagina, "Classificatie starten").click();
		for (int antwoord : HOOG_RISICO_NIEUW) {
			pagina.locator("#antwoord-" + antwoord).check();
			knop(pagina, "Volgende").click();
		}
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("De classificatie is klaar");
		Locator fria = rij(pagina, "aia-27");
		assertThat(fria).containsText("2 augustus 2026");

		// 2. The platform administrator previews and switches to the Digital Omnibus timeline; the date moves.
		try {
			wissel(pagina, PLATFORM);
			pagina.navigate("/platform/ai-verordening?versie=2026.1");
			assertThat(pagina.getByText(naam).first()).isVisible();
			knop(pagina, "Laat AI-verordening na de Digitale Omnibus (2026) gelden").click();
			assertThat(pagina.locator(".utrecht-alert--ok")).isVisible();
			wissel(pagina, AICO);
			pagina.navigate("/toepassingen/" + toepassing + "/ai-verordening");
			assertThat(rij(pagina, "aia-27")).containsText("2 december 2027");
		}
		finally {
			mvc.perform(post("/platform/ai-verordening/tijdlijn").with(csrf()).with(als(PLATFORM)).param("versie", "2024.1"));
		}

		// 3. The pre-scan: new rules and personal data make a DPIA required; offering it for advice creates the DPIA.
		pagina.navigate("/toepassingen/" + toepassing + "/beoordelingen");
		pagina.locator("#veld-vragenlijst").selectOption("prescan");
		knop(pagina, "Starten").click();
		pagina.locator("#veld-omschrijving").fill("Een wegwijzer die inwoners naar de juiste regeling stuurt.");
		pagina.locator("#veld-doel").fill("Inwoners vinden sneller de hulp die bij hen past.");
		kies(pagina, "nieuwe_regels", "ja");
		kies(pagina, "cloud", "nee");
		kies(pagina, "persoonsgegevens", "ja");
		kies(pagina, "betrokkenen", "inwoners");
		kies(pagina, "algoritme", "ja");
		knop(pagina, "Opslaan").click();
		kies(pagina, "grondslag", "publieke_taak");
		kies(pagina, "ai_systeem", "ja");
		kies(pagina, "hoog_risico", "ja");
		kies(pagina, "impactvol", "ja");
		knop(pagina, "Opslaan").click();
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("Opgeslagen");
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het overzicht van deze beoordeling")).click();
		knop(pagina, "Ter advies aanbieden").click();
		assertThat(pagina.locator(".utrecht-alert--ok")).isVisible();
		assertThat(pagina.getByText("DPIA: gegevensbeschermingseffectbeoordeling: Verplicht")).isVisible();

		// The DPIA is now the work of requirement avg-13.
		pagina.navigate("/toepassingen/" + toepassing + "/ai-verordening/taken/avg-13");
		Locator dpiaLink = pagina.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("DPIA: gegevensbeschermingseffectbeoordeling"));
		assertThat(dpiaLink).isVisible();
		assertThat(pagina.locator("#gekoppeld-kop")).hasText("Beoordelingen voor deze vereiste");
		assertToegankelijk(pagina, "ai-verordening, vereiste met gekoppelde DPIA");

		// 4. Fill the DPIA (purpose and description come from the pre-scan), offer it, FG advice, approval.
		dpiaLink.click();
		String dpiaAdres = pagina.url();
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invullen").setExact(true)).click();
		assertThat(pagina.locator("#veld-doel")).hasValue("Inwoners vinden sneller de hulp die bij hen past.");
		pagina.locator("#veld-proportionaliteit")
			.fill("De wegwijzer gebruikt alleen de postcode en de vraag. Dat weegt op tegen de snellere hulp.");
		pagina.locator("#veld-subsidiariteit").fill("Een zoekfunctie zonder gegevens is getest, maar vond te vaak niets.");
		pagina.locator("#veld-gegevensbronnen").fill("De vraag van de inwoner en de postcode, uit het formulier.");
		kies(pagina, "bijzondere_gegevens", "nee");
		kies(pagina, "buiten_eer", "nee");
		pagina.locator("#veld-grondslag_toelichting").fill("Participatiewet en Wmo 2015: informeren over voorzieningen.");
		pagina.locator("#veld-bewaartermijn").fill("Dertig dagen, voor vragen over een doorverwijzing.");
		kies(pagina, "geautomatiseerd_besluit", "nee");
		pagina.locator("#veld-informeren").fill("In de privacyverklaring en boven het formulier.");
		pagina.locator("#veld-risicos-0-risico").fill("Een inwoner wordt naar de verkeerde regeling gestuurd.");
		pagina.locator("#veld-risicos-0-kans").selectOption(new SelectOption().setIndex(1));
		pagina.locator("#veld-risicos-0-gevolg").selectOption(new SelectOption().setIndex(1));
		pagina.locator("#veld-maatregelen-0-maatregel").fill("Elke verwijzing noemt ook het telefoonnummer van het sociaal team.");
		pagina.locator("#veld-maatregelen-0-eigenaar").fill("Teamleider sociaal team");
		kies(pagina, "restrisico", "2");
		pagina.locator("#veld-samenvatting").fill("Weinig gegevens, kort bewaard, een mens blijft bereikbaar.");
		knop(pagina, "Opslaan").click();
		pagina.locator("#veld-restrisico_acceptatie").fill("Klein risico; de inwoner kan altijd bellen.");
		knop(pagina, "Opslaan").click();
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("Opgeslagen");
		pagina.navigate(dpiaAdres);
		knop(pagina, "Ter advies aanbieden").click();
		assertThat(pagina.locator(".utrecht-alert--error")).hasCount(0);
		assertThat(pagina.locator(".utrecht-alert--ok")).isVisible();

		wissel(pagina, FG);
		pagina.navigate(dpiaAdres);
		pagina.locator("#veld-advies").fill("Goed onderbouwd. Bewaar de vragen niet langer dan nodig.");
		pagina.locator("#advies-ja").check();
		knop(pagina, "Advies vastleggen").click();
		wissel(pagina, AICO);
		pagina.navigate(dpiaAdres);
		knop(pagina, "Goedkeuren").click();
		assertThat(pagina.getByText("Goedgekeurd").first()).isVisible();

		// 5. The approved DPIA as PDF, and into the register (the coordinator edits the register).
		Download pdf = pagina.waitForDownload(() -> pagina.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Download als PDF"))).click());
		assertThat(pdf.suggestedFilename()).startsWith("dpia-v1-scenario-wegwijzer-");
		assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		wissel(pagina, COORDINATOR);
		pagina.navigate(dpiaAdres);
		pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("In het Algoritmeregister zetten")).click();
		assertThat(pagina.locator("#veld-afwegingen-tekst")).hasValue(Pattern.compile("Een zoekfunctie zonder gegevens"));
		assertThat(pagina.getByText("Zet de uitkomst van DPIA: gegevensbeschermingseffectbeoordeling (versie 1)")).isVisible();
		assertToegankelijk(pagina, "beoordeling, in het register zetten");
		pagina.locator("#met-impacttoets").uncheck();
		pagina.locator("#met-afwegingen").uncheck();
		knop(pagina, "In het register zetten").click();
		assertThat(pagina.locator(".helder-foutoverzicht")).containsText("Kies wat u in het register wilt zetten");
		assertToegankelijk(pagina, "beoordeling, in het register zetten met fout");
		schermafdruk(pagina, "beoordeling-register");
		pagina.locator("#met-impacttoets").check();
		pagina.locator("#met-afwegingen").check();
		knop(pagina, "In het register zetten").click();
		assertThat(pagina.locator(".utrecht-alert--ok")).containsText("Overgenomen in het register");
		pagina.navigate("/toepassingen/" + toepassing);
		assertThat(pagina.getByText("Data Protection Impact Assessment (DPIA)").first()).isVisible();

		// 6. The review reminder of the pilot reaches the AICO by mail.
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		try {
			Reviewpost.verstuur(context, smtp.getSmtp().getPort(), 8);
			List<MimeMessage> mijn = Arrays.stream(smtp.getReceivedMessages())
				.filter(m -> onderwerp(m).contains(naam))
				.toList();
			assertThat(mijn).isNotEmpty();
			assertThat(onderwerp(mijn.get(0))).startsWith("Herinnering: review van " + naam);
			assertThat(mijn.stream().flatMap(m -> ontvangers(m).stream())).contains(AICO);
		}
		finally {
			smtp.stop();
		}
	}

	private UUID pilot(String naam) throws Exception {
		String antwoord = mvc.perform(post("/api/v1/organisaties/" + AALSTEDE + "/toepassingen")
			.header("Authorization", bearer(COORDINATOR))
			.contentType("application/json")
			.content("{\"standaard\": {\"name\": \"" + naam + "\"}, \"intern\": {\"levensfase\": \"PILOT\"}}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(antwoord);
		assertThat(id.find()).as(antwoord).isTrue();
		return UUID.fromString(id.group(1));
	}

	/** Another colleague at the same screen: the old session's cookie goes, the other person logs in. */
	private void wissel(Page pagina, String gebruiker) {
		pagina.context().clearCookies();
		logIn(pagina, gebruiker);
	}

	private static Locator rij(Page pagina, String code) {
		return pagina.locator("tr").filter(new Locator.FilterOptions().setHasText(code)).first();
	}

	private static void kies(Page pagina, String vraag, String waarde) {
		pagina.locator("input[name='v." + vraag + "'][value='" + waarde + "']").check();
	}

	private static Locator knop(Page pagina, String naam) {
		return pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true));
	}

	private static String onderwerp(MimeMessage bericht) {
		try {
			return bericht.getSubject();
		}
		catch (Exception fout) {
			throw new IllegalStateException(fout);
		}
	}

	private static List<String> ontvangers(MimeMessage bericht) {
		try {
			return Arrays.stream(bericht.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		}
		catch (Exception fout) {
			throw new IllegalStateException(fout);
		}
	}

}
