// SPDX-License-Identifier: EUPL-1.2
package nl.helder.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Real Chromium against the shared test server, so that what a person sees (focus, reflow, contrast) is tested, not
 * only the HTML. Debian's Chromium is used because Playwright may not download a browser here.
 */
abstract class BrowserTest extends HelderIntegratieTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCHERMAFDRUKKEN = Path.of("target", "screenshots");

	static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	// Logging in costs a bcrypt check per user; the session cookie of the first form login is reused.
	private static final Map<String, String> SESSIES = new ConcurrentHashMap<>();

	static Playwright playwright;

	static Browser browser;

	private BrowserContext context;

	@BeforeAll
	static void startBrowser() throws Exception {
		if (!Files.isExecutable(CHROMIUM)) {
			String melding = "Chromium ontbreekt (" + CHROMIUM + "): de browsertests zijn NIET uitgevoerd. "
					+ "Installeer het met: apt-get install chromium";
			System.err.println();
			System.err.println("*".repeat(100));
			System.err.println("*** " + melding);
			System.err.println("*".repeat(100));
			System.err.println();
			if (Boolean.getBoolean("browser.required")) {
				fail(melding + " (browser.required=true)");
			}
			Assumptions.abort(melding);
		}
		Files.createDirectories(SCHERMAFDRUKKEN);
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run")));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@AfterEach
	void sluitContext() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

	/** A fresh page in its own browser context (own cookies) of the given viewport size. */
	Page nieuwePagina(int breedte, int hoogte) {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(breedte, hoogte)
			.setLocale("nl-NL")
			.setBaseURL(basisUrl()));
		return context.newPage();
	}

	/** Logs in through the real login form, once per user per test run; later pages reuse that session. */
	void logIn(Page pagina, String gebruikersnaam) {
		String sessie = SESSIES.get(gebruikersnaam);
		if (sessie != null) {
			pagina.context()
				.addCookies(List.of(new Cookie("JSESSIONID", sessie).setUrl(basisUrl())));
			return;
		}
		logInViaFormulier(pagina, gebruikersnaam);
		pagina.context()
			.cookies()
			.stream()
			.filter(c -> c.name.equals("JSESSIONID"))
			.findFirst()
			.ifPresent(c -> SESSIES.put(gebruikersnaam, c.value));
	}

	/** Always a new session: for tests that change what the session holds or end it. */
	void logInViaFormulier(Page pagina, String gebruikersnaam) {
		pagina.navigate("/inloggen");
		pagina.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)).fill(gebruikersnaam);
		pagina.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_WACHTWOORD);
		pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
		pagina.waitForURL(basisUrl() + "/");
	}

	static Path schermafdruk(Page pagina, String naam) {
		Path pad = SCHERMAFDRUKKEN.resolve(naam + ".png");
		pagina.screenshot(new Page.ScreenshotOptions().setPath(pad).setFullPage(true));
		return pad;
	}

	/** Runs axe for WCAG 2.1 A and AA and fails with every violation spelled out, so the fix is obvious. */
	static void assertToegankelijk(Page pagina, String naam) {
		var alleenWcag = new AxeRunOnlyOptions();
		alleenWcag.setType("tag");
		alleenWcag.setValues(WCAG_AA);
		var opties = new AxeRunOptions();
		opties.setRunOnly(alleenWcag);
		// Details only for violations, and one run inside the page: the default opens an extra page per check, which
		// doubled the time of the walk. Helder's pages have no frames, the only reason for that extra page.
		opties.setResultTypes(List.of("violations"));
		AxeResults resultaat = new AxeBuilder(pagina).options(opties).setLegacyMode(true).analyze();
		assertThat(resultaat.isErrored()).as("axe kon %s niet controleren: %s", naam, resultaat.getErrorMessage())
			.isFalse();
		assertThat(resultaat.getPasses()).as("axe heeft op %s niets gecontroleerd", naam).isNotEmpty();
		List<Rule> overtredingen = resultaat.getViolations();
		if (!overtredingen.isEmpty()) {
			fail(overtredingen.size() + " toegankelijkheidsfout(en) op " + naam + " (" + pagina.url() + "):\n"
					+ overtredingen.stream().map(BrowserTest::beschrijf).collect(Collectors.joining("\n")));
		}
	}

	private static String beschrijf(Rule regel) {
		return "- " + regel.getId() + " [" + regel.getImpact() + "] " + regel.getHelp() + " (" + regel.getHelpUrl()
				+ ")\n" + regel.getNodes().stream().map(BrowserTest::beschrijf).collect(Collectors.joining("\n"));
	}

	private static String beschrijf(CheckedNode knoop) {
		return "    " + knoop.getTarget() + "\n      " + String.valueOf(knoop.getFailureSummary()).replace("\n", "\n      ");
	}

}
