// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the national Algoritmeregister's submission API (aanleverAPI v1.0) is and how Helder signs in there. Read at
 * every call, so a change (or a test) takes effect without a restart.
 */
@ConfigurationProperties("helder.algoritmeregister")
public class AlgoritmeregisterInstellingen {

	/** Base URL of the aanleverAPI, e.g. https://.../aanleverapi/v1_0; empty: submitting is switched off. */
	private URI baseUrl;

	/** A fixed OAuth2 access token, sent as Authorization: Bearer; or leave empty and use client credentials. */
	private String token;

	/** Token endpoint for the OAuth2 client credentials grant (e.g. Keycloak .../protocol/openid-connect/token). */
	private URI tokenUrl;

	private String clientId;

	private String clientSecret;

	/** Connect and response timeout per call. */
	private Duration timeout = Duration.ofSeconds(10);

	/** Per municipality code (GM9001) its organisation id in the national register. */
	private Map<String, String> organisaties = new LinkedHashMap<>();

	public URI getBaseUrl() {
		return baseUrl;
	}

	public void setBaseUrl(URI baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public URI getTokenUrl() {
		return tokenUrl;
	}

	public void setTokenUrl(URI tokenUrl) {
		this.tokenUrl = tokenUrl;
	}

	public String getClientId() {
		return clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = clientId;
	}

	public String getClientSecret() {
		return clientSecret;
	}

	public void setClientSecret(String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public Duration getTimeout() {
		return timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Map<String, String> getOrganisaties() {
		return organisaties;
	}

	public void setOrganisaties(Map<String, String> organisaties) {
		this.organisaties = organisaties;
	}

	boolean isIngesteld() {
		return gevuld(baseUrl) && (gevuld(token) || heeftClientCredentials());
	}

	boolean heeftClientCredentials() {
		return gevuld(tokenUrl) && gevuld(clientId) && gevuld(clientSecret);
	}

	private static boolean gevuld(Object waarde) {
		return waarde != null && !waarde.toString().isBlank();
	}

}
