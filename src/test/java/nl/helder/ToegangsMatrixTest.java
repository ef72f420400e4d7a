// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;

import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.HelderPrincipal;
import nl.helder.shared.Openbaar;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may call what, tried for real. The matrix is generated from the registered handlers, so a new endpoint is
 * covered (and must carry a valid rule) without anyone adding it here. Because a generated matrix only repeats what
 * the annotations say, a short hand-written table of expectations follows, so that a wrongly annotated endpoint
 * fails as well.
 */
class ToegangsMatrixTest extends HelderIntegratieTest {

	/** The platform administrator as a caller in the matrix and the table. */
	private static final String PLATFORM = "platform";

	private static final String PLATFORMORGANISATIE = "HELDER";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	private List<Eindpunt> eindpunten;

	private Map<String, Aanroeper> aanroepers;

	@BeforeEach
	void verzamel() {
		eindpunten = eindpunten(mapping);
		aanroepers = aanroepers();
	}

	// --- rules

	@Test
	void elkEindpuntHeeftEenGeldigeToegangsregel() {
		assertThat(eindpunten).as("geregistreerde eindpunten").hasSizeGreaterThan(30);
		assertThat(eindpunten).extracting(Eindpunt::naam).contains("GET /api/v1/organisaties/{code}/audit", "GET /inloggen");
		List<String> fout = eindpunten.stream()
			.flatMap(e -> regelfouten(e.handler()).stream().map(f -> e.naam() + ": " + f))
			.distinct()
			.toList();
		assertThat(fout).as("eindpunten zonder geldige toegangsregel").isEmpty();
	}

	/** A rule is read from the method, else from the class; a handler with none, or a contradictory one, is wrong. */
	static List<String> regelfouten(HandlerMethod handler) {
		List<String> fouten = new ArrayList<>();
		for (AnnotatedElement element : List.of(handler.getMethod(), ClassUtils.getUserClass(handler.getBeanType()))) {
			if (element.isAnnotationPresent(Openbaar.class) && element.isAnnotationPresent(Toegang.class)) {
				fouten.add("zowel @Openbaar als @Toegang op " + element);
			}
		}
		Optional<Regel> regel = regel(handler);
		if (regel.isEmpty()) {
			fouten.add("geen @Toegang of @Openbaar");
		}
		else if (!regel.get().openbaar()) {
			Regel r = regel.get();
			if (r.rollen().isEmpty() && !r.ingelogd() && !r.platformbeheer()) {
				fouten.add("@Toegang zonder rollen, ingelogd of platformbeheer");
			}
			if (!r.rollen().isEmpty() && r.ingelogd()) {
				fouten.add("@Toegang met rollen én ingelogd=true");
			}
		}
		return fouten;
	}

	/** Read here without the production code, so that a fault in ToegangsControle.regelVoor is not copied. */
	static Optional<Regel> regel(HandlerMethod handler) {
		Class<?> klasse = ClassUtils.getUserClass(handler.getBeanType());
		for (AnnotatedElement element : List.of(handler.getMethod(), klasse)) {
			if (element.isAnnotationPresent(Openbaar.class)) {
				return Optional.of(new Regel(true, Set.of(), false, false));
			}
			Toegang toegang = element.getAnnotation(Toegang.class);
			if (toegang != null) {
				Set<Rol> rollen = toegang.value().length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(toegang.value()));
				return Optional.of(new Regel(false, rollen, toegang.ingelogd(), toegang.platformbeheer()));
			}
		}
		return Optional.empty();
	}

	// --- the test set-up itself

	@Test
	void testinloggenWerktOokOpDeStatelozeApi() throws Exception {
		Aanroeper hr = aanroepers.get(Rol.HR.code());
		MvcResult resultaat = mvc.perform(get("/api/v1/mij").with(authentication(hr.authenticatie()))).andReturn();
		assertThat(resultaat.getResponse().getStatus()).isEqualTo(200);
		assertThat(resultaat.getResponse().getContentAsString()).contains("\"rollen\":[\"hr\"]")
			.contains("\"organisatieCode\":\"" + AALSTEDE + "\"")
			.contains("\"naam\":\"Matrix hr\"");
		assertThat(resultaat.getRequest().getSession(false)).as("de API houdt geen sessie bij").isNull();
		assertThat(mvc.perform(get("/api/v1/mij")).andReturn().getResponse().getStatus()).isEqualTo(401);

		// The same refusal with a real token of a real hr user, so the test log-in does not hide a difference.
		Eindpunt audit = eindpunt("GET", "/api/v1/organisaties/{code}/audit");
		assertThat(voerUit(audit, hr.authenticatie(), AALSTEDE).getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/api/v1/organisaties/{code}/audit", AALSTEDE)
			.header("Authorization", bearer("hr@aalstede.demo"))).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	// --- the generated matrix

	@TestFactory
	Stream<DynamicNode> matrixUitDeAnnotaties() {
		return eindpunten.stream().map(eindpunt -> {
			Regel regel = regel(eindpunt.handler()).orElseThrow();
			List<DynamicNode> cellen = new ArrayList<>();
			cellen.add(anoniem(eindpunt, regel.openbaar()));
			for (Aanroeper aanroeper : aanroepers.values()) {
				for (String organisatie : organisaties(eindpunt, aanroeper)) {
					Uitkomst verwacht = verwacht(regel, aanroeper, eindpunt.metCode() ? organisatie : null);
					cellen.add(cel(eindpunt, aanroeper, organisatie, verwacht));
				}
			}
			return DynamicContainer.dynamicContainer(eindpunt.naam(), cellen);
		});
	}

	/** What the central access check must answer, as the brief for ToegangsControle states it. */
	static Uitkomst verwacht(Regel regel, Aanroeper aanroeper, String code) {
		if (regel.openbaar()) {
			return Uitkomst.TOEGESTAAN;
		}
		boolean alsPlatform = regel.platformbeheer() && aanroeper.principal().platformbeheerder();
		if (code != null && !code.equals(aanroeper.principal().organisatieCode()) && !alsPlatform) {
			return Uitkomst.NIET_GEVONDEN;
		}
		boolean heeftRol = aanroeper.principal().rollen().stream().anyMatch(regel.rollen()::contains);
		return regel.ingelogd() || alsPlatform || heeftRol ? Uitkomst.TOEGESTAAN : Uitkomst.GEWEIGERD;
	}

	// --- the hand-written table

	/** Who may, written down by hand: callers by role code, plus "platform" for the platform administrator. */
	private static final Set<String> IEDEREEN = Stream
		.concat(Arrays.stream(Rol.values()).map(Rol::code), Stream.of(PLATFORM))
		.collect(Collectors.toUnmodifiableSet());

	private static final Set<String> BEHEER = Set.of(Rol.BEHEERDER.code(), PLATFORM);

	private static final Set<String> ALLEEN_PLATFORM = Set.of(PLATFORM);

	private static final Set<String> GELETTERDHEID_BEHEER = Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code());

	private static final Set<String> GELETTERDHEID_DEKKING = Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code(),
			Rol.TEAMLEIDER.code());

	private static final List<Verwachting> TABEL = List.of(
			// The audit log is for the beheerder of the organisation only; not even the platform sees another's.
			new Verwachting("GET", "/api/v1/organisaties/{code}/audit", BEHEER, Set.of()),
			new Verwachting("GET", "/beheer/audit", BEHEER, null),
			// Setting up organisations is the platform administrator's alone.
			new Verwachting("GET", "/platform/organisaties", ALLEEN_PLATFORM, null),
			new Verwachting("POST", "/platform/organisaties", ALLEEN_PLATFORM, null),
			new Verwachting("POST", "/api/v1/organisaties", ALLEEN_PLATFORM, null),
			// Everyone may see who they are and manage their own tokens and profile.
			new Verwachting("GET", "/api/v1/mij", IEDEREEN, null),
			new Verwachting("GET", "/api/v1/mij/tokens", IEDEREEN, null),
			new Verwachting("POST", "/api/v1/mij/tokens", IEDEREEN, null),
			new Verwachting("GET", "/api/v1/organisaties", IEDEREEN, null),
			new Verwachting("GET", "/", IEDEREEN, null),
			new Verwachting("GET", "/profiel", IEDEREEN, null),
			new Verwachting("POST", "/profiel/wachtwoord", IEDEREEN, null),
			new Verwachting("GET", "/inloggen", IEDEREEN, null),
			// Users and login settings: the beheerder for the own organisation, the platform for any.
			new Verwachting("GET", "/api/v1/organisaties/{code}/gebruikers", BEHEER, ALLEEN_PLATFORM),
			new Verwachting("POST", "/api/v1/organisaties/{code}/gebruikers", BEHEER, ALLEEN_PLATFORM),
			new Verwachting("GET", "/api/v1/organisaties/{code}/gebruikers/{id}", BEHEER, ALLEEN_PLATFORM),
			new Verwachting("PUT", "/api/v1/organisaties/{code}/gebruikers/{id}", BEHEER, ALLEEN_PLATFORM),
			new Verwachting("DELETE", "/api/v1/organisaties/{code}/gebruikers/{id}", BEHEER, ALLEEN_PLATFORM),
			new Verwachting("GET", "/api/v1/organisaties/{code}/oidc-configuratie", BEHEER, ALLEEN_PLATFORM),
			new Verwachting("PUT", "/api/v1/organisaties/{code}/oidc-configuratie", BEHEER, ALLEEN_PLATFORM),
			// Everyone in the organisation sees its teams and its details; only the beheerder changes them.
			new Verwachting("GET", "/api/v1/organisaties/{code}/teams", IEDEREEN, ALLEEN_PLATFORM),
			new Verwachting("POST", "/api/v1/organisaties/{code}/teams", BEHEER, ALLEEN_PLATFORM),
			new Verwachting("DELETE", "/api/v1/organisaties/{code}/teams/{id}", BEHEER, ALLEEN_PLATFORM),
			new Verwachting("GET", "/api/v1/organisaties/{code}", IEDEREEN, ALLEEN_PLATFORM),
			new Verwachting("PUT", "/api/v1/organisaties/{code}", BEHEER, ALLEEN_PLATFORM),
			// The beheer pages always act on the caller's own organisation.
			new Verwachting("GET", "/beheer/gebruikers", BEHEER, null),
			new Verwachting("POST", "/beheer/gebruikers/nieuw", BEHEER, null),
			new Verwachting("GET", "/beheer/teams", BEHEER, null),
			new Verwachting("GET", "/beheer/organisatie", BEHEER, null),
			new Verwachting("POST", "/beheer/organisatie", BEHEER, null),
			new Verwachting("GET", "/beheer/inloggen", BEHEER, null),
			// aiact: decision trees are the same for everyone; only the platform administrator adds one.
			new Verwachting("POST", "/api/v1/beslishulp/bomen", ALLEEN_PLATFORM, null),
			new Verwachting("GET", "/api/v1/beslishulp/bomen", IEDEREEN, null),
			new Verwachting("GET", "/api/v1/beslishulp/bomen/{id}", IEDEREEN, null),
			new Verwachting("POST", "/api/v1/beslishulp/bomen/{id}/evaluaties", IEDEREEN, null),
			// Assessments: only the privacy officer advises, only the owner (AI coordinator, AICO) approves.
			new Verwachting("POST", "/api/v1/organisaties/{code}/toepassingen/{toepassingId}/beoordelingen/{id}/advies",
					Set.of(Rol.PRIVACY_OFFICER.code()), Set.of()),
			new Verwachting("POST", "/api/v1/organisaties/{code}/toepassingen/{toepassingId}/beoordelingen/{id}/goedkeuring",
					Set.of(Rol.AI_COORDINATOR.code(), Rol.AICO.code()), Set.of()),
			new Verwachting("POST", "/toepassingen/{toepassingId}/beoordelingen/{id}/advies", Set.of(Rol.PRIVACY_OFFICER.code()),
					null),
			new Verwachting("GET", "/api/v1/vragenlijsten", IEDEREEN, null),
			// Pilots: the AI coordinator and the AICO edit, everyone reads; the portfolio also for the beheerder.
			new Verwachting("PUT", "/api/v1/organisaties/{code}/toepassingen/{toepassingId}/pilots/{pilotId}/besluit",
					Set.of(Rol.AI_COORDINATOR.code(), Rol.AICO.code()), Set.of()),
			new Verwachting("GET", "/api/v1/organisaties/{code}/toepassingen/{toepassingId}/pilots/{pilotId}/kpis",
					IEDEREEN, Set.of()),
			// The platform administrator is the beheerder of its own organisation, so it sees that (empty) portfolio.
			new Verwachting("GET", "/pilots",
					Set.of(Rol.AI_COORDINATOR.code(), Rol.AICO.code(), Rol.BEHEERDER.code(), PLATFORM), null),
			// Pulse: HR and the AI coordinator run waves; only HR records actions; the works council, team leaders
			// and employees see results, the other roles (beheerder, privacy officer, ...) do not.
			new Verwachting("POST", "/api/v1/organisaties/{code}/pulse/golven/{id}/openen",
					Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()), Set.of()),
			new Verwachting("GET", "/api/v1/organisaties/{code}/pulse/golven/{id}/uitkomsten", Set.of(Rol.HR.code(),
					Rol.AI_COORDINATOR.code(), Rol.TEAMLEIDER.code(), Rol.OR_LID.code(), Rol.MEDEWERKER.code()), Set.of()),
			new Verwachting("POST", "/pulse/golven/{id}/acties", Set.of(Rol.HR.code()), null),
			// Own pulse instruments: only HR and the AI coordinator load, list and remove them, for their own organisation.
			new Verwachting("GET", "/api/v1/organisaties/{code}/pulse/instrumenten",
					Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()), Set.of()),
			new Verwachting("POST", "/api/v1/organisaties/{code}/pulse/instrumenten",
					Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()), Set.of()),
			new Verwachting("DELETE", "/api/v1/organisaties/{code}/pulse/instrumenten/{id}/{versie}",
					Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()), Set.of()),
			new Verwachting("GET", "/pulse/instrumenten", Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()), null),
			new Verwachting("POST", "/pulse/instrumenten/controle", Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()), null),
			new Verwachting("POST", "/pulse/instrumenten", Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()), null),
			// Pulse reminders, newcomers, actions and go-live dates over the API: the same rules as the pages.
			new Verwachting("PUT", "/api/v1/organisaties/{code}/pulse/golven/{id}/herinneringen",
					Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()), Set.of()),
			new Verwachting("POST", "/api/v1/organisaties/{code}/pulse/golven/{id}/nieuwe-collegas",
					Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()), Set.of()),
			new Verwachting("POST", "/pulse/golven/{id}/nieuwe-collegas", Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()),
					null),
			new Verwachting("POST", "/api/v1/organisaties/{code}/pulse/golven/{id}/acties", Set.of(Rol.HR.code()), Set.of()),
			new Verwachting("GET", "/api/v1/organisaties/{code}/pulse/golven/{id}/acties", Set.of(Rol.HR.code(),
					Rol.AI_COORDINATOR.code(), Rol.TEAMLEIDER.code(), Rol.OR_LID.code(), Rol.MEDEWERKER.code()), Set.of()),
			new Verwachting("PUT", "/api/v1/organisaties/{code}/pulse/invoeringen/{toepassingId}",
					Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code()), Set.of()),
			new Verwachting("GET", "/api/v1/organisaties/{code}/pulse/invoeringen/{toepassingId}", Set.of(Rol.HR.code(),
					Rol.AI_COORDINATOR.code(), Rol.TEAMLEIDER.code(), Rol.OR_LID.code(), Rol.MEDEWERKER.code()), Set.of()),
			// Pulse trend and before/after: the same readers as the results (which team they see is tested apart).
			new Verwachting("GET", "/api/v1/organisaties/{code}/pulse/verloop", Set.of(Rol.HR.code(),
					Rol.AI_COORDINATOR.code(), Rol.TEAMLEIDER.code(), Rol.OR_LID.code(), Rol.MEDEWERKER.code()), Set.of()),
			new Verwachting("GET", "/pulse/verloop", Set.of(Rol.HR.code(), Rol.AI_COORDINATOR.code(), Rol.TEAMLEIDER.code(),
					Rol.OR_LID.code(), Rol.MEDEWERKER.code()), null),
			new Verwachting("GET", "/api/v1/organisaties/{code}/pulse/voor-na", Set.of(Rol.HR.code(),
					Rol.AI_COORDINATOR.code(), Rol.TEAMLEIDER.code(), Rol.OR_LID.code(), Rol.MEDEWERKER.code()), Set.of()),
			// AI literacy: named gaps across teams and the roster only for HR and the AI coordinator; a teamleider
			// sees the coverage (of their own team); every employee their own trainings.
			new Verwachting("GET", "/api/v1/organisaties/{code}/geletterdheid/dekking", GELETTERDHEID_DEKKING, Set.of()),
			new Verwachting("GET", "/api/v1/organisaties/{code}/geletterdheid/medewerkers", GELETTERDHEID_BEHEER, Set.of()),
			new Verwachting("POST", "/api/v1/organisaties/{code}/geletterdheid/afrondingen/import", GELETTERDHEID_BEHEER,
					Set.of()),
			new Verwachting("GET", "/api/v1/organisaties/{code}/geletterdheid/rapport.pdf", GELETTERDHEID_BEHEER, Set.of()),
			new Verwachting("GET", "/geletterdheid", GELETTERDHEID_DEKKING, null),
			new Verwachting("GET", "/geletterdheid/medewerkers", GELETTERDHEID_BEHEER, null),
			new Verwachting("GET", "/geletterdheid/rapport", GELETTERDHEID_BEHEER, null),
			new Verwachting("GET", "/mijn-trainingen", IEDEREEN, null));

	@Test
	void elkeRegelUitDeTabelIsEenBestaandEindpunt() {
		assertThat(eindpunten).extracting(Eindpunt::naam)
			.containsAll(TABEL.stream().map(v -> v.methode() + " " + v.pad()).toList());
		assertThat(TABEL).allSatisfy(v -> assertThat(v.vreemd() != null).as(v.pad() + ": vreemd ingevuld desda {code}")
			.isEqualTo(v.pad().contains("{code}")));
	}

	@TestFactory
	Stream<DynamicNode> handgeschrevenTabel() {
		return TABEL.stream().map(verwachting -> {
			Eindpunt eindpunt = eindpunt(verwachting.methode(), verwachting.pad());
			List<DynamicNode> cellen = new ArrayList<>();
			for (Map.Entry<String, Aanroeper> aanroeper : aanroepers.entrySet()) {
				for (String organisatie : organisaties(eindpunt, aanroeper.getValue())) {
					boolean eigen = organisatie.equals(aanroeper.getValue().principal().organisatieCode());
					Set<String> mogen = eigen ? verwachting.eigen() : verwachting.vreemd();
					Uitkomst verwacht = mogen.contains(aanroeper.getKey()) ? Uitkomst.TOEGESTAAN
							: eigen ? Uitkomst.GEWEIGERD : Uitkomst.NIET_GEVONDEN;
					cellen.add(cel(eindpunt, aanroeper.getValue(), organisatie, verwacht));
				}
			}
			return DynamicContainer.dynamicContainer("tabel: " + eindpunt.naam(), cellen);
		});
	}

	// --- anonymous callers outside the handler mappings

	@Test
	void openbareAdressenZonderHandlerMappingZijnOpenbaar() throws Exception {
		for (String pad : List.of("/actuator/health", "/api/v1/openapi.json", "/inloggen")) {
			assertThat(mvc.perform(get(pad)).andReturn().getResponse().getStatus()).as(pad).isEqualTo(200);
		}
	}

	// --- how a cell runs

	private DynamicTest anoniem(Eindpunt eindpunt, boolean openbaar) {
		String verwacht = openbaar ? "openbaar" : eindpunt.api() ? "401" : "naar /inloggen";
		// Surefire's report numbers dynamic tests; the name in each assertion says which cell failed.
		String naam = eindpunt.naam() + " × anoniem → " + verwacht;
		return DynamicTest.dynamicTest(naam, () -> {
			MockHttpServletResponse antwoord = voerUit(eindpunt, null, AALSTEDE);
			if (openbaar) {
				assertThat(antwoord.getStatus()).as(naam).isNotIn(401, 403).isLessThan(500);
				assertThat(antwoord.getRedirectedUrl()).as(naam + ": doorverwijzing").isNull();
			}
			else if (eindpunt.api()) {
				assertThat(antwoord.getStatus()).as(naam).isEqualTo(401);
				assertThat(isProblemJson(antwoord)).as(naam + ": problem+json, niet " + antwoord.getContentType()).isTrue();
				assertThat(antwoord.getHeader("WWW-Authenticate")).as(naam).isEqualTo("Bearer");
			}
			else {
				assertThat(antwoord.getStatus()).as(naam).isEqualTo(302);
				assertThat(antwoord.getRedirectedUrl()).as(naam).endsWith("/inloggen");
			}
		});
	}

	private DynamicTest cel(Eindpunt eindpunt, Aanroeper aanroeper, String organisatie, Uitkomst verwacht) {
		String waar = !eindpunt.metCode() ? ""
				: organisatie.equals(aanroeper.principal().organisatieCode()) ? " × eigen" : " × vreemd";
		String naam = eindpunt.naam() + " × " + aanroeper.naam() + waar + " → " + verwacht.tekst;
		return DynamicTest.dynamicTest(naam, () -> {
			MockHttpServletResponse antwoord = voerUit(eindpunt, aanroeper.authenticatie(), organisatie);
			switch (verwacht) {
				case TOEGESTAAN -> assertThat(antwoord.getStatus()).as(naam).isNotIn(401, 403).isLessThan(500);
				case GEWEIGERD -> assertThat(antwoord.getStatus()).as(naam).isEqualTo(403);
				case NIET_GEVONDEN -> assertThat(antwoord.getStatus()).as(naam).isEqualTo(404);
			}
			if (verwacht != Uitkomst.TOEGESTAAN && eindpunt.api()) {
				assertThat(isProblemJson(antwoord)).as(naam + ": problem+json, niet " + antwoord.getContentType()).isTrue();
			}
		});
	}

	/**
	 * Path variable {@code code} becomes the given organisation, any other variable a random id. API writes send
	 * {@code {}}, page forms an empty form with a CSRF token: enough to pass or fail the access check, never enough
	 * to change anything.
	 */
	private MockHttpServletResponse voerUit(Eindpunt eindpunt, Authentication wie, String organisatie) throws Exception {
		UriTemplate sjabloon = new UriTemplate(eindpunt.pad());
		Map<String, Object> waarden = new LinkedHashMap<>();
		sjabloon.getVariableNames()
			.forEach(v -> waarden.put(v, v.equals("code") ? organisatie : UUID.randomUUID().toString()));
		URI adres = sjabloon.expand(waarden);
		MockHttpServletRequestBuilder verzoek = request(eindpunt.methode(), adres);
		if (wie != null) {
			verzoek.with(authentication(wie));
		}
		boolean schrijft = eindpunt.methode() == HttpMethod.POST || eindpunt.methode() == HttpMethod.PUT
				|| eindpunt.methode() == HttpMethod.PATCH;
		if (eindpunt.api()) {
			if (schrijft) {
				verzoek.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		else {
			verzoek.with(csrf());
			if (schrijft) {
				verzoek.contentType(MediaType.APPLICATION_FORM_URLENCODED);
			}
		}
		return mvc.perform(verzoek).andReturn().getResponse();
	}

	static boolean isProblemJson(MockHttpServletResponse antwoord) {
		return antwoord.getContentType() != null
				&& MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(antwoord.getContentType()));
	}

	/** The caller's own organisation and, where the path names one, a foreign one. */
	private static List<String> organisaties(Eindpunt eindpunt, Aanroeper aanroeper) {
		String eigen = aanroeper.principal().organisatieCode();
		return eindpunt.metCode() ? List.of(eigen, BEEKDAL) : List.of(eigen);
	}

	private Eindpunt eindpunt(String methode, String pad) {
		return eindpunten.stream()
			.filter(e -> e.methode().name().equals(methode) && e.pad().equals(pad))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Geen eindpunt " + methode + " " + pad));
	}

	/** Every handler of the application, one per HTTP method and path; springdoc's own and /error are left out. */
	static List<Eindpunt> eindpunten(RequestMappingHandlerMapping mapping) {
		Set<Eindpunt> alle = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> registratie : mapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = registratie.getValue();
			if (handler.getBeanType().getName().startsWith("org.springdoc")) {
				continue;
			}
			RequestMappingInfo info = registratie.getKey();
			var methoden = info.getMethodsCondition().getMethods();
			for (String pad : info.getPatternValues()) {
				if (pad.equals("/error")) {
					continue;
				}
				// A mapping without a method answers every method; GET stands in for them.
				(methoden.isEmpty() ? Set.of(HttpMethod.GET)
						: methoden.stream().map(m -> HttpMethod.valueOf(m.name())).collect(Collectors.toSet()))
					.forEach(m -> alle.add(new Eindpunt(m, pad, handler)));
			}
		}
		return alle.stream().sorted(Comparator.comparing(Eindpunt::pad).thenComparing(e -> e.methode().name())).toList();
	}

	/**
	 * One user per role holding just that role in Aalstede (stored, because a session is checked against the
	 * database on every request), and the real platform administrator.
	 */
	private Map<String, Aanroeper> aanroepers() {
		Map<String, Aanroeper> resultaat = new LinkedHashMap<>();
		for (Rol rol : Rol.values()) {
			String naam = "matrix-" + rol.code() + "@aalstede.test";
			Gebruiker gebruiker = gebruikers.findByGebruikersnaam(naam)
				.orElseGet(() -> gebruikers.save(new Gebruiker(AALSTEDE, naam, "Matrix " + rol.code(), null,
						Set.of(rol), null)));
			resultaat.put(rol.code(), new Aanroeper(rol.code(), HelderPrincipal.voor(gebruiker, false)));
		}
		Gebruiker platform = gebruikers.findByGebruikersnaam("platform@helder.demo").orElseThrow();
		assertThat(platform.organisatieCode()).isEqualTo(PLATFORMORGANISATIE);
		resultaat.put(PLATFORM, new Aanroeper(PLATFORM, HelderPrincipal.voor(platform, true)));
		return resultaat;
	}

	record Eindpunt(HttpMethod methode, String pad, HandlerMethod handler) {

		String naam() {
			return methode.name() + " " + pad;
		}

		boolean api() {
			return pad.startsWith("/api/");
		}

		boolean metCode() {
			return new UriTemplate(pad).getVariableNames().contains("code");
		}

	}

	record Regel(boolean openbaar, Set<Rol> rollen, boolean ingelogd, boolean platformbeheer) {
	}

	record Aanroeper(String naam, HelderPrincipal principal) {

		Authentication authenticatie() {
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
		}

	}

	/** Who may call it for their own organisation and, for paths with {code}, for another (null otherwise). */
	record Verwachting(String methode, String pad, Set<String> eigen, Set<String> vreemd) {
	}

	enum Uitkomst {

		TOEGESTAAN("toegestaan"), GEWEIGERD("403"), NIET_GEVONDEN("404");

		private final String tekst;

		Uitkomst(String tekst) {
			this.tekst = tekst;
		}

	}

}
