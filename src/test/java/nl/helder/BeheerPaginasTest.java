// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.helder.organisaties.OrganisatieSoort;
import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.HelderPrincipal;
import nl.helder.organisaties.internal.OidcDienst;
import nl.helder.organisaties.internal.OrganisatieDienst;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The login settings page as a browser submits it. An unticked checkbox sends nothing at all, which the form must
 * read as "not active" rather than refuse. Runs in an organisation of its own so the demo municipalities keep
 * their (absent) OIDC settings.
 */
class BeheerPaginasTest extends HelderIntegratieTest {

	@Autowired
	private OidcDienst oidc;

	private String code;

	private RequestPostProcessor beheerder;

	@BeforeEach
	void eigenOrganisatie() {
		code = "OIDC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		organisatieDienst.maakAan(code, OrganisatieSoort.SECTOR,
				new OrganisatieDienst.Gegevens("OIDC-proef " + code, null, null, null, null));
		Gebruiker gebruiker = gebruikers.save(new Gebruiker(code, code.toLowerCase(Locale.ROOT) + "@regels.test",
				"Beheerder " + code, null, Set.of(Rol.BEHEERDER), null));
		HelderPrincipal principal = HelderPrincipal.voor(gebruiker, false);
		beheerder = authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
	}

	@Test
	void hetFormulierStuurtEenMarkeringVoorHetVinkje() throws Exception {
		MockHttpServletResponse pagina = mvc.perform(get("/beheer/inloggen").with(beheerder)).andReturn().getResponse();
		assertThat(pagina.getStatus()).isEqualTo(200);
		assertThat(pagina.getContentAsString()).contains("name=\"actief\"").contains("name=\"_actief\"");
	}

	@Test
	void zonderVinkjeWordtDeKoppelingOpgeslagenAlsNietActief() throws Exception {
		MockHttpServletResponse antwoord = opslaan(false);
		assertThat(antwoord.getStatus()).as("opgeslagen en terug naar de pagina").isEqualTo(302);
		assertThat(antwoord.getRedirectedUrl()).isEqualTo("/beheer/inloggen");
		assertThat(oidc.vind(code)).hasValueSatisfying(c -> {
			assertThat(c.actief()).isFalse();
			assertThat(c.issuerUri()).isEqualTo("https://login.example.org/realms/" + code);
		});
	}

	@Test
	void metVinkjeWordtDeKoppelingActief() throws Exception {
		assertThat(opslaan(true).getStatus()).isEqualTo(302);
		assertThat(oidc.vind(code)).hasValueSatisfying(c -> assertThat(c.actief()).isTrue());
	}

	/** What a browser sends for the form: the fields, the marker, and the checkbox only when it is ticked. */
	private MockHttpServletResponse opslaan(boolean aangevinkt) throws Exception {
		var verzoek = post("/beheer/inloggen").with(beheerder)
			.with(csrf())
			.param("issuerUri", "https://login.example.org/realms/" + code)
			.param("clientId", "helder")
			.param("clientSecret", "geheim-" + code)
			.param("rollenClaim", "roles")
			.param("rollenToewijzing", "")
			.param("_actief", "on");
		if (aangevinkt) {
			verzoek.param("actief", "true");
		}
		return mvc.perform(verzoek).andReturn().getResponse();
	}

}
