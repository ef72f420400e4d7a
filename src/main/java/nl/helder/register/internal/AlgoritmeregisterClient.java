// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.shared.OngeldigeInvoer;

/**
 * Calls the national Algoritmeregister's aanleverAPI v1.0: create (POST) or update (PUT) an algorithm, and release it
 * for publication. Anything but a 2xx answer, a timeout or an unreachable server becomes a 502 problem in Dutch.
 */
@Component
public class AlgoritmeregisterClient {

	private static final Logger LOG = LoggerFactory.getLogger(AlgoritmeregisterClient.class);

	private final AlgoritmeregisterInstellingen instellingen;

	private final JsonMapper json;

	private final HttpClient client;

	/** The last token from the token endpoint, for which settings, and until when it may be used. */
	private String opgehaaldToken;

	private String opgehaaldVoor;

	private java.time.Instant opgehaaldTot = java.time.Instant.MIN;

	public AlgoritmeregisterClient(AlgoritmeregisterInstellingen instellingen, JsonMapper json) {
		this.instellingen = instellingen;
		this.json = json;
		this.client = HttpClient.newBuilder().connectTimeout(instellingen.getTimeout()).build();
	}

	/** The result of a submission: the national id (LARS code) and whether it was new there. */
	public record Resultaat(String externId, boolean nieuw) {
	}

	/**
	 * Sends an algorithm: POST when it has no national id yet (the answer's {@code lars_code} becomes its id), PUT to
	 * that id otherwise.
	 */
	public Resultaat lever(String organisatieId, Map<String, Object> algoritme, String externId) {
		String body = json.writeValueAsString(algoritme);
		String pad = "/organizations/" + deel(organisatieId) + "/algorithms";
		if (externId == null) {
			HttpResponse<String> antwoord = stuur("POST", pad, body);
			JsonNode lars = lees(antwoord).get("lars_code");
			if (lars == null || !lars.isString() || lars.asString().isBlank()) {
				throw new Onbereikbaar("antwoord zonder lars_code", null);
			}
			return new Resultaat(lars.asString(), true);
		}
		stuur("PUT", pad + "/" + deel(externId), body);
		return new Resultaat(externId, false);
	}

	/** Releases the algorithm for publication ({@code PUT .../release}); 409 (already released) is fine. */
	public void vrijgeven(String organisatieId, String externId) {
		stuur("PUT", "/organizations/" + deel(organisatieId) + "/algorithms/" + deel(externId) + "/release", null);
	}

	private HttpResponse<String> stuur(String methode, String pad, String body) {
		if (!instellingen.isIngesteld()) {
			throw new OngeldigeInvoer("algoritmeregister", "register.aanlevering.niet-ingesteld");
		}
		String basis = instellingen.getBaseUrl().toString().replaceAll("/+$", "");
		HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad))
			.timeout(instellingen.getTimeout())
			.header("Authorization", "Bearer " + token())
			.header("Accept", "application/json");
		if (body == null) {
			verzoek.method(methode, HttpRequest.BodyPublishers.noBody());
		}
		else {
			verzoek.header("Content-Type", "application/json")
				.method(methode, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		try {
			HttpResponse<String> antwoord = client.send(verzoek.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			int status = antwoord.statusCode();
			if (status / 100 == 2 || status == 409 && pad.endsWith("/release")) {
				return antwoord;
			}
			LOG.warn("Algoritmeregister antwoordde {} op {} {}: {}", status, methode, pad, kort(antwoord.body()));
			throw new Onbereikbaar("status " + status, null);
		}
		catch (IOException fout) {
			LOG.warn("Algoritmeregister niet bereikbaar bij {} {}: {}", methode, pad, fout.toString());
			throw new Onbereikbaar(fout.toString(), fout);
		}
		catch (InterruptedException fout) {
			Thread.currentThread().interrupt();
			throw new Onbereikbaar("onderbroken", fout);
		}
	}

	/** The fixed token, or one from the client credentials grant, reused until shortly before it expires. */
	private synchronized String token() {
		if (instellingen.getToken() != null && !instellingen.getToken().isBlank()) {
			return instellingen.getToken();
		}
		String voor = instellingen.getTokenUrl() + " " + instellingen.getClientId();
		java.time.Instant nu = java.time.Instant.now();
		if (opgehaaldToken != null && voor.equals(opgehaaldVoor) && nu.isBefore(opgehaaldTot)) {
			return opgehaaldToken;
		}
		String formulier = "grant_type=client_credentials&client_id="
				+ URLEncoder.encode(instellingen.getClientId(), StandardCharsets.UTF_8) + "&client_secret="
				+ URLEncoder.encode(instellingen.getClientSecret(), StandardCharsets.UTF_8);
		HttpRequest verzoek = HttpRequest.newBuilder(instellingen.getTokenUrl())
			.timeout(instellingen.getTimeout())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(formulier))
			.build();
		try {
			HttpResponse<String> antwoord = client.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (antwoord.statusCode() != 200) {
				LOG.warn("Tokenendpoint van het Algoritmeregister antwoordde {}", antwoord.statusCode());
				throw new Onbereikbaar("token: status " + antwoord.statusCode(), null);
			}
			JsonNode token = lees(antwoord);
			String waarde = token.path("access_token").asString("");
			if (waarde.isBlank()) {
				throw new Onbereikbaar("token: geen access_token", null);
			}
			long seconden = token.path("expires_in").asLong(60);
			opgehaaldToken = waarde;
			opgehaaldVoor = voor;
			opgehaaldTot = nu.plusSeconds(Math.max(0, seconden - 30));
			return waarde;
		}
		catch (IOException fout) {
			LOG.warn("Tokenendpoint van het Algoritmeregister niet bereikbaar: {}", fout.toString());
			throw new Onbereikbaar(fout.toString(), fout);
		}
		catch (InterruptedException fout) {
			Thread.currentThread().interrupt();
			throw new Onbereikbaar("onderbroken", fout);
		}
	}

	private JsonNode lees(HttpResponse<String> antwoord) {
		try {
			return json.readTree(antwoord.body());
		}
		catch (RuntimeException fout) {
			throw new Onbereikbaar("geen JSON", fout);
		}
	}

	private static String deel(String padDeel) {
		return URLEncoder.encode(padDeel, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String kort(String tekst) {
		return tekst == null || tekst.length() <= 500 ? tekst : tekst.substring(0, 500);
	}

	/** The national register failed or could not be reached: 502 with the Dutch fout.502 texts. */
	public static class Onbereikbaar extends ResponseStatusException {

		Onbereikbaar(String oorzaak, Throwable fout) {
			super(HttpStatus.BAD_GATEWAY, null, fout);
			LOG.debug("Algoritmeregister: {}", oorzaak);
		}

	}

}
