// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;
import nl.helder.shared.Rol;
import nl.helder.shared.Vertrouwelijk;

@Entity
@Table(name = "gebruiker", schema = "organisaties")
public class Gebruiker implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, unique = true)
	private String gebruikersnaam;

	@Column(nullable = false)
	private String naam;

	private String email;

	@Vertrouwelijk
	private String wachtwoordHash;

	@Convert(converter = RollenConverter.class)
	@Column(nullable = false)
	private Set<Rol> rollen = Set.of();

	private UUID teamId;

	@Column(nullable = false)
	private boolean actief = true;

	private String oidcSubject;

	@Column(nullable = false, updatable = false)
	private Instant aangemaakt;

	@Version
	private long versie;

	protected Gebruiker() {
	}

	public Gebruiker(String organisatieCode, String gebruikersnaam, String naam, String email, Set<Rol> rollen,
			UUID teamId) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.gebruikersnaam = normaliseer(gebruikersnaam);
		this.naam = naam;
		this.email = email;
		this.rollen = Set.copyOf(rollen);
		this.teamId = teamId;
		this.aangemaakt = Instant.now();
	}

	public static String normaliseer(String gebruikersnaam) {
		return gebruikersnaam == null ? null : gebruikersnaam.trim().toLowerCase(java.util.Locale.ROOT);
	}

	public void wijzig(String naam, String email, Set<Rol> rollen, UUID teamId, boolean actief) {
		this.naam = naam;
		this.email = email;
		this.rollen = Set.copyOf(rollen);
		this.teamId = teamId;
		this.actief = actief;
	}

	public void zetWachtwoordHash(String hash) {
		this.wachtwoordHash = hash;
	}

	/** After a login through the identity provider: its subject, roles, name and e-mail address are leading. */
	public void koppelOidc(String subject, Set<Rol> rollen, String naam, String email) {
		this.oidcSubject = subject;
		this.rollen = Set.copyOf(rollen);
		if (naam != null && !naam.isBlank()) {
			this.naam = naam;
		}
		if (email != null && !email.isBlank()) {
			this.email = email;
		}
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public String gebruikersnaam() {
		return gebruikersnaam;
	}

	public String naam() {
		return naam;
	}

	public String email() {
		return email;
	}

	public String wachtwoordHash() {
		return wachtwoordHash;
	}

	public Set<Rol> rollen() {
		return rollen;
	}

	public UUID teamId() {
		return teamId;
	}

	public boolean actief() {
		return actief;
	}

	public String oidcSubject() {
		return oidcSubject;
	}

	public Instant aangemaakt() {
		return aangemaakt;
	}

	public long versie() {
		return versie;
	}

}
