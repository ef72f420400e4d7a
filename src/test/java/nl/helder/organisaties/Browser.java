// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over real HTTP: keeps cookies, never follows redirects by itself, so that a test can check
 * every hop of a login.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final CookieManager koekjes = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(koekjes)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	HttpResponse<String> get(String url) {
		return verstuur(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	HttpResponse<String> getMetKop(String url, String kop, String waarde) {
		return verstuur(HttpRequest.newBuilder(URI.create(url)).header(kop, waarde).GET());
	}

	HttpResponse<String> post(String url, Map<String, String> formulier) {
		String inhoud = formulier.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return verstuur(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(inhoud)));
	}

	/** A request that presents the given session id and nothing else, as someone who stole it would. */
	static HttpResponse<String> getMetSessie(String url, String sessie) {
		var zonderKoekjes = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		try {
			return zonderKoekjes.send(
					HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + sessie).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException fout) {
			throw new java.io.UncheckedIOException(fout);
		}
		catch (InterruptedException onderbroken) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(onderbroken);
		}
	}

	/** The absolute address a redirect points to. */
	static String doel(HttpResponse<String> antwoord) {
		String plaats = antwoord.headers()
			.firstValue("Location")
			.orElseThrow(() -> new AssertionError("Geen Location in antwoord " + antwoord.statusCode() + " op "
					+ antwoord.uri()));
		return antwoord.uri().resolve(plaats).toString();
	}

	Optional<String> koekje(String naam) {
		return koekjes.getCookieStore()
			.getCookies()
			.stream()
			.filter(k -> k.getName().equals(naam))
			.map(java.net.HttpCookie::getValue)
			.findFirst();
	}

	static List<String> zetKoekjes(HttpResponse<String> antwoord) {
		return antwoord.headers().allValues("Set-Cookie");
	}

	static String csrf(HttpResponse<String> pagina) {
		Matcher m = CSRF.matcher(pagina.body());
		if (!m.find()) {
			throw new AssertionError("Geen CSRF-token op " + pagina.uri());
		}
		return m.group(1);
	}

	private HttpResponse<String> verstuur(HttpRequest.Builder verzoek) {
		try {
			return http.send(verzoek.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException fout) {
			throw new java.io.UncheckedIOException(fout);
		}
		catch (InterruptedException onderbroken) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(onderbroken);
		}
	}

}
