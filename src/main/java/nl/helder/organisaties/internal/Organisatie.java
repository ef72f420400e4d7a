// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.organisaties.OrganisatieSoort;
import nl.helder.shared.HoortBijOrganisatie;

@Entity
@Table(name = "organisatie", schema = "organisaties")
public class Organisatie implements HoortBijOrganisatie {

	/** CBS municipality code: GM and four digits. */
	public static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");

	/** Sector bodies and the platform use a short code of capitals, such as VNG. */
	public static final Pattern ANDERE_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	@Column(nullable = false)
	private String naam;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private OrganisatieSoort soort;

	private Integer inwoners;

	private String themaCssUrl;

	/** The CSS class under which the theme's tokens are defined, such as denhaag-theme. */
	private String themaKlasse;

	private String logoUrl;

	@Column(nullable = false, updatable = false)
	private Instant aangemaakt;

	@Version
	private long versie;

	protected Organisatie() {
	}

	public Organisatie(String code, String naam, OrganisatieSoort soort, Integer inwoners) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.naam = naam;
		this.soort = soort;
		this.inwoners = inwoners;
		this.aangemaakt = Instant.now();
	}

	public static boolean isGeldigeCode(String code, OrganisatieSoort soort) {
		if (code == null || soort == null) {
			return false;
		}
		return soort == OrganisatieSoort.GEMEENTE ? GEMEENTECODE.matcher(code).matches()
				: ANDERE_CODE.matcher(code).matches() && !GEMEENTECODE.matcher(code).matches();
	}

	public void wijzig(String naam, Integer inwoners, String themaCssUrl, String themaKlasse, String logoUrl) {
		this.naam = naam;
		this.inwoners = inwoners;
		this.themaCssUrl = themaCssUrl;
		this.themaKlasse = themaKlasse;
		this.logoUrl = logoUrl;
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return code;
	}

	public String code() {
		return code;
	}

	public String naam() {
		return naam;
	}

	public OrganisatieSoort soort() {
		return soort;
	}

	public Integer inwoners() {
		return inwoners;
	}

	public String themaCssUrl() {
		return themaCssUrl;
	}

	public String themaKlasse() {
		return themaKlasse;
	}

	public String logoUrl() {
		return logoUrl;
	}

	public Instant aangemaakt() {
		return aangemaakt;
	}

	public long versie() {
		return versie;
	}

}
