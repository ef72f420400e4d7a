// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;
import nl.helder.shared.Rol;

@Service
public class OidcDienst {

	private final OidcConfiguraties configuraties;

	private final Organisaties organisaties;

	OidcDienst(OidcConfiguraties configuraties, Organisaties organisaties) {
		this.configuraties = configuraties;
		this.organisaties = organisaties;
	}

	public record Invoer(String issuerUri, String clientId, String clientSecret, String rollenClaim,
			String rollenToewijzing, boolean actief) {
	}

	/** An organisation that offers login through its own provider, for the buttons on the login page. */
	public record Aanbieder(String code, String naam) {
	}

	@Transactional(readOnly = true)
	public Optional<OidcConfiguratie> vind(String code) {
		return configuraties.findById(code);
	}

	@Transactional(readOnly = true)
	public List<Aanbieder> actieveAanbieders() {
		return configuraties.findByActiefTrue()
			.stream()
			.flatMap(c -> organisaties.findByCode(c.organisatieCode()).stream())
			.map(o -> new Aanbieder(o.code(), o.naam()))
			.sorted(java.util.Comparator.comparing(Aanbieder::naam))
			.toList();
	}

	@Transactional
	public OidcConfiguratie leg(String code, Invoer invoer, Long versie) {
		OidcConfiguratie configuratie = configuraties.findById(code).orElseGet(() -> new OidcConfiguratie(code));
		List<Veldfout> fouten = new ArrayList<>();
		if (!isHttpsOfLokaal(invoer.issuerUri())) {
			fouten.add(new Veldfout("issuerUri", "oidc.issuer.ongeldig"));
		}
		if (invoer.clientId() == null || invoer.clientId().isBlank() || invoer.clientId().length() > 200) {
			fouten.add(new Veldfout("clientId", "oidc.client.verplicht"));
		}
		if ((invoer.clientSecret() == null || invoer.clientSecret().isBlank()) && configuratie.clientSecret() == null) {
			fouten.add(new Veldfout("clientSecret", "oidc.secret.verplicht"));
		}
		if (invoer.rollenClaim() == null || !invoer.rollenClaim().strip().matches("[A-Za-z0-9_:./-]{1,100}")) {
			fouten.add(new Veldfout("rollenClaim", "oidc.claim.ongeldig"));
		}
		for (Map.Entry<String, String> regel : OidcConfiguratie.leesToewijzing(invoer.rollenToewijzing()).entrySet()) {
			if (regel.getKey().isEmpty() || Rol.vanCode(regel.getValue()).isEmpty()) {
				fouten.add(new Veldfout("rollenToewijzing", "oidc.toewijzing.ongeldig"));
				break;
			}
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		Versies.controleer(versie, configuratie.versie());
		configuratie.wijzig(invoer.issuerUri().strip(), invoer.clientId().strip(), invoer.clientSecret(),
				invoer.rollenClaim().strip(), invoer.rollenToewijzing(), invoer.actief());
		return configuraties.saveAndFlush(configuratie);
	}

	/** Providers speak https; plain http only on this machine, for tests and local set-ups. */
	private static boolean isHttpsOfLokaal(String tekst) {
		if (tekst == null || tekst.isBlank() || tekst.length() > 500) {
			return false;
		}
		try {
			URI uri = new URI(tekst.strip());
			if (uri.getHost() == null) {
				return false;
			}
			boolean lokaal = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1");
			return "https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && lokaal;
		}
		catch (java.net.URISyntaxException fout) {
			return false;
		}
	}

}
