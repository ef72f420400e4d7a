// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.pulse.internal.TestGolven;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The trend across waves and before/after per team, through the pages and the API: who sees which team, gaps where
 * a cell is hidden in its own wave, and per-team numbers checked against means computed here from the raw answers of
 * exactly the waves in which that team is published (read from each wave's own report).
 */
class PulseVerloopTest extends HelderIntegratieTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SUBSCHAAL = "taakeisen";

	@Autowired
	private TeamDienst teamDienst;

	@Autowired
	private ApplicationContext context;

	private PulseTestOrganisatie org;

	/** Per wave, per team: the raw answers. */
	private final Map<UUID, Map<UUID, List<Map<String, Integer>>>> antwoorden = new LinkedHashMap<>();

	private UUID winter;

	private UUID zomer;

	private UUID najaar;

	@BeforeEach
	void golven() {
		org = PulseTestOrganisatie.maak(teamDienst, gebruikerDienst, AALSTEDE);
		Random toeval = new Random(2026);
		// Winter: B under k, so C is hidden with it; A is published. Summer: all three published. Autumn: A under k.
		winter = golf("Verloop winter", LocalDate.of(2025, 1, 10), Map.of(org.teamA(), 6, org.teamB(), 3, org.teamC(), 5), toeval);
		zomer = golf("Verloop zomer", LocalDate.of(2025, 6, 2), Map.of(org.teamA(), 7, org.teamB(), 6, org.teamC(), 6), toeval);
		najaar = golf("Verloop najaar", LocalDate.of(2025, 9, 1), Map.of(org.teamA(), 4, org.teamB(), 6, org.teamC(), 8), toeval);
	}

	private UUID golf(String titel, LocalDate opent, Map<UUID, Integer> aantallen, Random toeval) {
		List<String> vragen = TestGolven.schaalvragen(context);
		Map<UUID, List<Map<String, Integer>>> perTeam = new LinkedHashMap<>();
		for (UUID team : List.of(org.teamA(), org.teamB(), org.teamC())) {
			List<Map<String, Integer>> lijst = new ArrayList<>();
			for (int i = 0; i < aantallen.get(team); i++) {
				Map<String, Integer> items = new LinkedHashMap<>();
				vragen.forEach(v -> items.put(v, 1 + toeval.nextInt(5)));
				lijst.add(items);
			}
			perTeam.put(team, lijst);
		}
		UUID id = TestGolven.gesloten(context, AALSTEDE, titel, opent, opent.plusDays(10), List.of(org.afdeling()), perTeam);
		antwoorden.put(id, perTeam);
		return id;
	}

	@Test
	void eenTeamleiderZietAlleenHetEigenTeamOokNietMetEenGemaakteParameter() throws Exception {
		String leider = bearer(org.teamleiderA());
		JsonNode eigen = verloop(leider, "", 200);
		assertThat(eigen.get("bereik").asString()).isEqualTo("EIGEN_TEAM");
		assertThat(eigen.get("gekozen").get("waarde").asString()).isEqualTo("team:" + org.teamA());
		assertThat(eigen.get("keuzes")).hasSize(1);
		assertThat(eigen.toString()).doesNotContain(org.teamB().toString()).doesNotContain(org.teamC().toString());

		for (String ander : List.of(org.teamB().toString(), "team:" + org.teamC(), "fg:advies", "tg:vaak", UUID.randomUUID().toString())) {
			assertThat(mvc.perform(get("/api/v1/organisaties/{code}/pulse/verloop", AALSTEDE).header("Authorization", leider)
				.param("team", ander)).andReturn().getResponse().getStatus()).as(ander).isEqualTo(403);
			assertThat(mvc.perform(get("/pulse/verloop").with(als(org.teamleiderA())).param("team", ander))
				.andReturn().getResponse().getStatus()).as("pagina " + ander).isEqualTo(403);
		}
		// An OR member (team C) sees the organisation only: no team, not even their own.
		String orLid = org.leden().stream().filter(l -> l.startsWith("c1-")).findFirst().orElseThrow();
		assertThat(mvc.perform(get("/api/v1/organisaties/{code}/pulse/verloop", AALSTEDE).header("Authorization", bearer(orLid))
			.param("team", org.teamC().toString())).andReturn().getResponse().getStatus()).isEqualTo(403);
		JsonNode or = verloop(bearer(orLid), "", 200);
		assertThat(leeg(or, "gekozen")).isTrue();
		assertThat(or.get("keuzes")).isEmpty();

		MockHttpServletResponse pagina = mvc.perform(get("/pulse/verloop").with(als(org.teamleiderA()))).andReturn().getResponse();
		assertThat(pagina.getStatus()).isEqualTo(200);
		assertThat(pagina.getContentAsString()).contains(org.naamA()).doesNotContain(org.naamB()).doesNotContain(org.naamC())
			.contains("role=\"img\"");
	}

	@Test
	void eenVerborgenCelIsEenGatInHetVerloop() throws Exception {
		String hr = bearer(org.hr());
		JsonNode a = verloop(hr, org.teamA().toString(), 200);
		assertThat(a.get("gekozen").get("naam").asString()).isEqualTo(org.naamA());
		Map<UUID, JsonNode> punten = punten(a, "gekozen");
		assertThat(punten.get(winter).get("zichtbaar").asBoolean()).isTrue();
		assertThat(punten.get(winter).get("gemiddelde").asDouble()).isCloseTo(gemiddelde(List.of(winter), org.teamA()), within(1e-9));
		assertThat(punten.get(winter).get("n").asInt()).isEqualTo(6);
		assertThat(punten.get(zomer).get("zichtbaar").asBoolean()).isTrue();
		assertThat(punten.get(najaar).get("zichtbaar").asBoolean()).as("4 antwoorden: onder k").isFalse();
		assertThat(leeg(punten.get(najaar), "gemiddelde")).isTrue();

		Map<UUID, JsonNode> b = punten(verloop(hr, "team:" + org.teamB(), 200), "gekozen");
		assertThat(b.get(winter).get("zichtbaar").asBoolean()).isFalse();
		Map<UUID, JsonNode> c = punten(verloop(hr, org.teamC().toString(), 200), "gekozen");
		assertThat(c.get(winter).get("zichtbaar").asBoolean()).as("C beschermt B (aanvullend verborgen)").isFalse();
		// The trend shows exactly what each wave's own report shows.
		for (UUID golf : List.of(winter, zomer, najaar)) {
			for (UUID team : List.of(org.teamA(), org.teamB(), org.teamC())) {
				Map<UUID, JsonNode> reeks = punten(verloop(hr, team.toString(), 200), "gekozen");
				assertThat(reeks.get(golf).get("zichtbaar").asBoolean()).as(golf + " " + team).isEqualTo(zichtbaarInGolf(golf, team));
			}
		}

		assertThat(mvc.perform(get("/api/v1/organisaties/{code}/pulse/verloop", AALSTEDE).header("Authorization", hr)
			.param("team", "geen-team")).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(mvc.perform(get("/api/v1/organisaties/{code}/pulse/verloop", AALSTEDE).header("Authorization", hr)
			.param("instrument", "bestaat-niet")).andReturn().getResponse().getStatus()).isEqualTo(400);

		MockHttpServletResponse pagina = mvc.perform(get("/pulse/verloop").with(als(org.hr())).param("team", org.teamB().toString()))
			.andReturn().getResponse();
		assertThat(pagina.getStatus()).isEqualTo(200);
		assertThat(pagina.getContentAsString()).contains("minder dan 5, verborgen").contains("<svg").contains("aria-labelledby");
	}

	@Test
	void voorEnNaPerTeamAlleenUitGepubliceerdeTeamcellen() throws Exception {
		UUID toepassing = nieuweToepassing("Verlooptoepassing " + UUID.randomUUID().toString().substring(0, 6));
		assertThat(mvc.perform(post("/pulse/voor-na").with(als(org.hr())).with(csrf()).param("toepassing", toepassing.toString())
			.param("datum", "2025-04-01")).andReturn().getResponse().getStatus()).isEqualTo(302);

		JsonNode hr = voorNa(bearer(org.hr()), toepassing);
		assertThat(hr.get("invoering").asString()).isEqualTo("2025-04-01");
		assertThat(hr.get("instrument").asString()).isEqualTo("tech-pulse");
		Map<String, JsonNode> teams = new LinkedHashMap<>();
		hr.get("teams").forEach(t -> teams.put(t.get("team").asString(), t));
		assertThat(teams).containsKeys(org.teamA().toString(), org.teamB().toString(), org.teamC().toString());
		for (UUID team : List.of(org.teamA(), org.teamB(), org.teamC())) {
			List<UUID> voor = List.of(winter).stream().filter(g -> zichtbaarInGolf(g, team)).toList();
			List<UUID> na = List.of(zomer, najaar).stream().filter(g -> zichtbaarInGolf(g, team)).toList();
			JsonNode verschil = null;
			for (JsonNode v : teams.get(team.toString()).get("verschillen")) {
				if (v.get("subschaal").asString().equals(SUBSCHAAL)) {
					verschil = v;
				}
			}
			assertThat(verschil).isNotNull();
			if (voor.isEmpty()) {
				assertThat(leeg(verschil, "voor")).as(team + " voor verborgen").isTrue();
				assertThat(leeg(verschil, "verschil")).isTrue();
			}
			else {
				assertThat(verschil.get("voor").get("gemiddelde").asDouble()).isCloseTo(gemiddelde(voor, team), within(1e-9));
				assertThat(verschil.get("voor").get("n").asInt()).isEqualTo(scores(voor, team).size());
			}
			assertThat(na).isNotEmpty();
			assertThat(verschil.get("na").get("gemiddelde").asDouble()).as(team + " na").isCloseTo(gemiddelde(na, team), within(1e-9));
			assertThat(verschil.get("na").get("n").asInt()).isEqualTo(scores(na, team).size());
			if (!voor.isEmpty()) {
				List<Double> a = scores(voor, team);
				List<Double> b = scores(na, team);
				double verwacht = gemiddelde(na, team) - gemiddelde(voor, team);
				double fout = Math.sqrt(variantie(a) / a.size() + variantie(b) / b.size());
				assertThat(verschil.get("verschil").asDouble()).isCloseTo(verwacht, within(1e-9));
				assertThat(verschil.get("ondergrens").asDouble()).isCloseTo(verwacht - 1.96 * fout, within(1e-9));
				assertThat(verschil.get("bovengrens").asDouble()).isCloseTo(verwacht + 1.96 * fout, within(1e-9));
			}
		}

		JsonNode leider = voorNa(bearer(org.teamleiderA()), toepassing);
		assertThat(leider.get("teams")).hasSize(1);
		assertThat(leider.get("teams").get(0).get("team").asString()).isEqualTo(org.teamA().toString());
		assertThat(leider.toString()).doesNotContain(org.teamB().toString()).doesNotContain(org.naamC());
		String orLid = org.leden().stream().filter(l -> l.startsWith("c1-")).findFirst().orElseThrow();
		assertThat(voorNa(bearer(orLid), toepassing).get("teams")).isEmpty();

		MockHttpServletResponse pagina = mvc.perform(get("/pulse/voor-na").with(als(org.teamleiderA()))
			.param("toepassing", toepassing.toString())).andReturn().getResponse();
		assertThat(pagina.getStatus()).isEqualTo(200);
		assertThat(pagina.getContentAsString()).contains("id=\"per-team\"").contains(org.naamA()).doesNotContain(org.naamB())
			.contains("grafiek-voor-na-titel");
		MockHttpServletResponse orPagina = mvc.perform(get("/pulse/voor-na").with(als(orLid))
			.param("toepassing", toepassing.toString())).andReturn().getResponse();
		assertThat(orPagina.getContentAsString()).doesNotContain("id=\"per-team\"");

		assertThat(mvc.perform(get("/api/v1/organisaties/{code}/pulse/voor-na", AALSTEDE).header("Authorization", bearer(org.hr()))
			.param("toepassing", "geen-id")).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(mvc.perform(get("/api/v1/organisaties/{code}/pulse/voor-na", AALSTEDE).header("Authorization", bearer(org.hr()))
			.param("toepassing", UUID.randomUUID().toString())).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	// --- helpers

	private static boolean leeg(JsonNode node, String veld) {
		return node.path(veld).isMissingNode() || node.path(veld).isNull();
	}

	@Test
	void eenSubschaalDieEenOudereVersieNietHadIsNietGevraagdInPlaatsVanVerborgen() throws Exception {
		// Another municipality, so the waves of 2026 and 2027 here do not change the Aalstede trend of other tests.
		PulseTestOrganisatie beekdal = PulseTestOrganisatie.maak(teamDienst, gebruikerDienst, "GM9002");
		Random toeval = new Random(11);
		Map<UUID, List<Map<String, Integer>>> oud = new LinkedHashMap<>();
		Map<UUID, List<Map<String, Integer>>> nieuw = new LinkedHashMap<>();
		for (UUID team : List.of(beekdal.teamA(), beekdal.teamB(), beekdal.teamC())) {
			oud.put(team, antwoorden(6, List.of("overbelasting", "onderbreking", "altijd_aan", "complexiteit"), toeval));
			nieuw.put(team, antwoorden(6, List.of("overbelasting", "onderbreking", "altijd_aan", "complexiteit",
					"robot_lichter", "robot_grip"), toeval));
		}
		UUID golf10 = TestGolven.gesloten(context, "1.0", "GM9002", "Beekdal 2026", LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 16), List.of(beekdal.afdeling()), oud);
		UUID golf11 = TestGolven.gesloten(context, "1.1", "GM9002", "Beekdal 2027", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 3, 15), List.of(beekdal.afdeling()), nieuw);

		MockHttpServletResponse antwoord = mvc.perform(get("/api/v1/organisaties/{code}/pulse/verloop", "GM9002")
			.header("Authorization", bearer(beekdal.hr()))).andReturn().getResponse();
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(200);
		Map<String, Map<UUID, JsonNode>> perSubschaal = new LinkedHashMap<>();
		for (JsonNode reeks : JSON.readTree(antwoord.getContentAsString()).get("subschalen")) {
			Map<UUID, JsonNode> punten = new LinkedHashMap<>();
			reeks.get("organisatie").forEach(p -> punten.put(UUID.fromString(p.get("golf").asString()), p));
			perSubschaal.put(reeks.get("subschaal").asString(), punten);
		}
		assertThat(perSubschaal.get("robot_ervaring").get(golf10).get("gevraagd").asBoolean()).isFalse();
		assertThat(perSubschaal.get("robot_ervaring").get(golf11).get("gevraagd").asBoolean()).isTrue();
		assertThat(perSubschaal.get("robot_ervaring").get(golf11).get("n").asInt()).isEqualTo(18);
		// Asked in 1.1, but nobody answered it: hidden (fewer than k), not "not asked".
		assertThat(perSubschaal.get("xr_ervaring").get(golf11).get("gevraagd").asBoolean()).isTrue();
		assertThat(perSubschaal.get("xr_ervaring").get(golf11).get("zichtbaar").asBoolean()).isFalse();
		assertThat(perSubschaal.get("taakeisen").get(golf10).get("n").asInt()).isEqualTo(18);
		assertThat(perSubschaal.get("taakeisen").get(golf11).get("n").asInt()).isEqualTo(18);
		assertThat(mvc.perform(get("/pulse/verloop").with(als(beekdal.hr()))).andReturn().getResponse()
			.getContentAsString()).contains("niet gevraagd in deze versie van de vragenlijst");
	}

	private static List<Map<String, Integer>> antwoorden(int aantal, List<String> vragen, Random toeval) {
		List<Map<String, Integer>> lijst = new ArrayList<>();
		for (int i = 0; i < aantal; i++) {
			Map<String, Integer> items = new LinkedHashMap<>();
			vragen.forEach(v -> items.put(v, 1 + toeval.nextInt(5)));
			lijst.add(items);
		}
		return lijst;
	}

	private JsonNode verloop(String token, String team, int status) throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(get("/api/v1/organisaties/{code}/pulse/verloop", AALSTEDE)
			.header("Authorization", token).param("team", team)).andReturn().getResponse();
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(status);
		return JSON.readTree(antwoord.getContentAsString());
	}

	private JsonNode voorNa(String token, UUID toepassing) throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(get("/api/v1/organisaties/{code}/pulse/voor-na", AALSTEDE)
			.header("Authorization", token).param("toepassing", toepassing.toString())).andReturn().getResponse();
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(200);
		return JSON.readTree(antwoord.getContentAsString());
	}

	/** The points of one subscale by wave id. */
	private static Map<UUID, JsonNode> punten(JsonNode verloop, String lijn) {
		Map<UUID, JsonNode> uit = new LinkedHashMap<>();
		for (JsonNode reeks : verloop.get("subschalen")) {
			if (reeks.get("subschaal").asString().equals(SUBSCHAAL)) {
				reeks.get(lijn).forEach(p -> uit.put(UUID.fromString(p.get("golf").asString()), p));
			}
		}
		return uit;
	}

	/** Whether the wave's own report (as HR sees it) publishes the team's cell for the subscale. */
	private boolean zichtbaarInGolf(UUID golf, UUID team) {
		try {
			JsonNode uitkomsten = JSON.readTree(mvc.perform(get("/api/v1/organisaties/{code}/pulse/golven/{id}/uitkomsten", AALSTEDE, golf)
				.header("Authorization", bearer(org.hr()))).andReturn().getResponse().getContentAsString());
			for (JsonNode cel : uitkomsten.get("teams")) {
				if (team.toString().equals(cel.get("teamId").asString())) {
					return cel.get("zichtbaar").asBoolean() && cel.get("scores").has(SUBSCHAAL);
				}
			}
			return false;
		}
		catch (Exception fout) {
			throw new IllegalStateException(fout);
		}
	}

	private List<Double> scores(List<UUID> golven, UUID team) {
		List<Double> uit = new ArrayList<>();
		for (UUID golf : golven) {
			for (Map<String, Integer> items : antwoorden.get(golf).get(team)) {
				Double score = TestGolven.scores(context, items).get(SUBSCHAAL);
				if (score != null) {
					uit.add(score);
				}
			}
		}
		return uit;
	}

	private double gemiddelde(List<UUID> golven, UUID team) {
		return scores(golven, team).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	private static double variantie(List<Double> waarden) {
		double m = waarden.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		return waarden.stream().mapToDouble(w -> (w - m) * (w - m)).sum() / (waarden.size() - 1);
	}

}
