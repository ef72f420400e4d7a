// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.organisaties.OrganisatieInfo;
import nl.helder.organisaties.OrganisatieSoort;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;

@Service
public class OrganisatieDienst {

	private final Organisaties organisaties;

	private final GrootteklasseIndeling indeling;

	OrganisatieDienst(Organisaties organisaties, GrootteklasseIndeling indeling) {
		this.organisaties = organisaties;
		this.indeling = indeling;
	}

	public record Gegevens(String naam, Integer inwoners, String themaCssUrl, String themaKlasse, String logoUrl) {
	}

	@Transactional(readOnly = true)
	public Optional<OrganisatieInfo> vind(String code) {
		return organisaties.findByCode(code).map(this::info);
	}

	@Transactional(readOnly = true)
	public List<OrganisatieInfo> alle() {
		return organisaties.findAllByOrderByNaam().stream().map(this::info).toList();
	}

	@Transactional(readOnly = true)
	public boolean isPlatform(String code) {
		return organisaties.findByCode(code).map(o -> o.soort() == OrganisatieSoort.PLATFORM).orElse(false);
	}

	@Transactional
	public OrganisatieInfo maakAan(String code, OrganisatieSoort soort, Gegevens gegevens) {
		List<Veldfout> fouten = new ArrayList<>();
		String schoon = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
		if (soort == null) {
			fouten.add(new Veldfout("soort", "organisatie.soort.verplicht"));
		}
		else if (!Organisatie.isGeldigeCode(schoon, soort)) {
			fouten.add(new Veldfout("code", soort == OrganisatieSoort.GEMEENTE ? "organisatie.code.gemeente"
					: "organisatie.code.anders"));
		}
		else if (organisaties.existsByCode(schoon)) {
			fouten.add(new Veldfout("code", "organisatie.code.bestaat"));
		}
		controleer(gegevens, soort, fouten);
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		var organisatie = new Organisatie(schoon, gegevens.naam().strip(), soort, gegevens.inwoners());
		organisatie.wijzig(gegevens.naam().strip(), gegevens.inwoners(), leeg(gegevens.themaCssUrl()),
				leeg(gegevens.themaKlasse()), leeg(gegevens.logoUrl()));
		return info(organisaties.save(organisatie));
	}

	@Transactional
	public OrganisatieInfo wijzig(String code, Gegevens gegevens, Long versie) {
		Organisatie organisatie = organisaties.findByCode(code).orElseThrow();
		List<Veldfout> fouten = new ArrayList<>();
		controleer(gegevens, organisatie.soort(), fouten);
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		Versies.controleer(versie, organisatie.versie());
		organisatie.wijzig(gegevens.naam().strip(), gegevens.inwoners(), leeg(gegevens.themaCssUrl()),
				leeg(gegevens.themaKlasse()), leeg(gegevens.logoUrl()));
		return info(organisaties.saveAndFlush(organisatie));
	}

	public OrganisatieInfo info(Organisatie o) {
		return new OrganisatieInfo(o.code(), o.naam(), o.soort(), o.inwoners(), indeling.voor(o.inwoners()),
				o.themaCssUrl(), o.themaKlasse(), o.logoUrl(), o.versie());
	}

	private static void controleer(Gegevens gegevens, OrganisatieSoort soort, List<Veldfout> fouten) {
		if (gegevens.naam() == null || gegevens.naam().isBlank()) {
			fouten.add(new Veldfout("naam", "organisatie.naam.verplicht"));
		}
		else if (gegevens.naam().length() > 200) {
			fouten.add(new Veldfout("naam", "organisatie.naam.te-lang"));
		}
		if (gegevens.inwoners() != null && gegevens.inwoners() < 0) {
			fouten.add(new Veldfout("inwoners", "organisatie.inwoners.negatief"));
		}
		if (soort == OrganisatieSoort.GEMEENTE && gegevens.inwoners() == null) {
			fouten.add(new Veldfout("inwoners", "organisatie.inwoners.verplicht"));
		}
		if (!isVeiligeUrl(gegevens.themaCssUrl())) {
			fouten.add(new Veldfout("themaCssUrl", "organisatie.url.ongeldig"));
		}
		if (gegevens.themaKlasse() != null && !gegevens.themaKlasse().isBlank()
				&& !gegevens.themaKlasse().strip().matches("[a-z][a-z0-9-]{0,99}")) {
			fouten.add(new Veldfout("themaKlasse", "organisatie.themaklasse.ongeldig"));
		}
		if (!isVeiligeUrl(gegevens.logoUrl())) {
			fouten.add(new Veldfout("logoUrl", "organisatie.url.ongeldig"));
		}
	}

	/** Theme and logo come from https addresses or from Helder itself; nothing else reaches the page. */
	static boolean isVeiligeUrl(String url) {
		if (url == null || url.isBlank()) {
			return true;
		}
		if (url.length() > 500) {
			return false;
		}
		if (url.startsWith("/") && !url.startsWith("//")) {
			return url.matches("/[A-Za-z0-9._~/-]*");
		}
		try {
			URI uri = new URI(url);
			return "https".equals(uri.getScheme()) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException fout) {
			return false;
		}
	}

	private static String leeg(String tekst) {
		return tekst == null || tekst.isBlank() ? null : tekst.strip();
	}

}
