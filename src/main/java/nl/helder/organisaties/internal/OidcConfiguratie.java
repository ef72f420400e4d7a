// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;
import nl.helder.shared.Rol;
import nl.helder.shared.Vertrouwelijk;

/**
 * Login through the municipality's own identity provider (Keycloak, Entra ID, ...). Which claim carries the roles
 * and how its values map onto Helder's roles is set per municipality, one mapping per line: {@code waarde=rol}.
 */
@Entity
@Table(name = "oidc_configuratie", schema = "organisaties")
public class OidcConfiguratie implements HoortBijOrganisatie {

	@Id
	private String organisatieCode;

	@Column(nullable = false)
	private String issuerUri;

	@Column(nullable = false)
	private String clientId;

	@Vertrouwelijk
	@Column(nullable = false)
	private String clientSecret;

	@Column(nullable = false)
	private String rollenClaim;

	@Column(nullable = false)
	private String rollenToewijzing;

	@Column(nullable = false)
	private boolean actief;

	@Version
	private long versie;

	protected OidcConfiguratie() {
	}

	public OidcConfiguratie(String organisatieCode) {
		this.organisatieCode = organisatieCode;
		this.rollenClaim = "roles";
		this.rollenToewijzing = "";
	}

	public void wijzig(String issuerUri, String clientId, String clientSecret, String rollenClaim,
			String rollenToewijzing, boolean actief) {
		this.issuerUri = issuerUri;
		this.clientId = clientId;
		if (clientSecret != null && !clientSecret.isBlank()) {
			this.clientSecret = clientSecret;
		}
		this.rollenClaim = rollenClaim;
		this.rollenToewijzing = rollenToewijzing == null ? "" : rollenToewijzing.strip();
		this.actief = actief;
	}

	/** The mapping lines as claim value → role; lines that name no known role are reported by the caller. */
	public static Map<String, String> leesToewijzing(String tekst) {
		Map<String, String> toewijzing = new LinkedHashMap<>();
		if (tekst == null) {
			return toewijzing;
		}
		for (String regel : tekst.split("\\R")) {
			String schoon = regel.strip();
			if (schoon.isEmpty() || schoon.startsWith("#")) {
				continue;
			}
			int is = schoon.lastIndexOf('=');
			toewijzing.put(is < 0 ? schoon : schoon.substring(0, is).strip(), is < 0 ? "" : schoon.substring(is + 1).strip());
		}
		return toewijzing;
	}

	/** Helder's roles for the values of the role claim. */
	public Set<Rol> rollenVoor(Iterable<String> claimWaarden) {
		Map<String, String> toewijzing = leesToewijzing(rollenToewijzing);
		EnumSet<Rol> rollen = EnumSet.noneOf(Rol.class);
		for (String waarde : claimWaarden) {
			String rol = toewijzing.get(waarde);
			if (rol != null) {
				Rol.vanCode(rol).ifPresent(rollen::add);
			}
		}
		return rollen;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public String issuerUri() {
		return issuerUri;
	}

	public String clientId() {
		return clientId;
	}

	public String clientSecret() {
		return clientSecret;
	}

	public String rollenClaim() {
		return rollenClaim;
	}

	public String rollenToewijzing() {
		return rollenToewijzing;
	}

	public boolean actief() {
		return actief;
	}

	public long versie() {
		return versie;
	}

}
