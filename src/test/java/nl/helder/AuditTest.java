// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.organisaties.internal.Team;
import nl.helder.organisaties.internal.Teams;
import nl.helder.organisaties.internal.TokenDienst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The audit log as a municipality relies on it: every change through the API is there with who did it, before and
 * after, secrets hidden; nobody can change or wipe it, not even with SQL; and a change that fails leaves no trace.
 */
class AuditTest extends HelderIntegratieTest {

	private static final String VERBORGEN = "[verborgen]";

	private static final String WACHTWOORD = "Lange zin voor het auditlog 2026";

	@Autowired
	private JsonMapper json;

	@Autowired
	private PlatformTransactionManager transacties;

	@Autowired
	private Teams teams;

	/** A token of its own per test, so the test can find its own entries by actor. */
	private TokenDienst.NieuwToken token;

	private String uniek;

	@BeforeEach
	void nieuwToken() {
		uniek = UUID.randomUUID().toString().substring(0, 8);
		token = tokenDienst.maakAan(gebruikers.findByGebruikersnaam("beheerder@aalstede.demo").orElseThrow().id(),
				"audit-" + uniek, 1);
	}

	// --- what is recorded

	@Test
	void gebruikerAanmakenWijzigenEnVerwijderenStaanInHetAuditlog() throws Exception {
		String verzoek = "audit-" + uniek;
		JsonNode aangemaakt = lees(mvc.perform(api(post("/api/v1/organisaties/{code}/gebruikers", AALSTEDE))
			.header("X-Request-ID", verzoek)
			.content("""
					{"gebruikersnaam": "audit-%s@aalstede.demo", "naam": "Audit Een", "email": "audit-%s@example.org",
					 "rollen": ["medewerker"], "wachtwoord": "%s"}
					""".formatted(uniek, uniek, WACHTWOORD))).andReturn(), 201);
		String id = aangemaakt.get("id").asString();
		String eersteHash = wachtwoordHash(id);
		assertThat(eersteHash).startsWith("{argon2}");

		lees(mvc.perform(api(put("/api/v1/organisaties/{code}/gebruikers/{id}", AALSTEDE, id)).content("""
				{"naam": "Audit Twee", "email": "audit-%s@example.org", "rollen": ["medewerker", "hr"],
				 "wachtwoord": "Een andere lange zin 2026", "versie": 0}
				""".formatted(uniek))).andReturn(), 200);
		String tweedeHash = wachtwoordHash(id);
		assertThat(tweedeHash).isNotEqualTo(eersteHash);

		assertThat(mvc.perform(api(delete("/api/v1/organisaties/{code}/gebruikers/{id}", AALSTEDE, id)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);

		List<Rij> rijen = rijen("Gebruiker", id);
		assertThat(rijen).extracting(Rij::actie).containsExactly("AANGEMAAKT", "GEWIJZIGD", "VERWIJDERD");
		assertThat(rijen).allSatisfy(this::doorDitToken);
		assertThat(rijen.get(0).verzoekId()).isEqualTo(verzoek);

		Rij nieuw = rijen.get(0);
		assertThat(nieuw.voor()).isNull();
		assertThat(nieuw.na().get("naam").asString()).isEqualTo("Audit Een");
		assertThat(nieuw.na().get("gebruikersnaam").asString()).isEqualTo("audit-" + uniek + "@aalstede.demo");
		assertThat(nieuw.na().get("wachtwoordHash").asString()).isEqualTo(VERBORGEN);

		Rij gewijzigd = rijen.get(1);
		assertThat(gewijzigd.voor().get("naam").asString()).isEqualTo("Audit Een");
		assertThat(gewijzigd.na().get("naam").asString()).isEqualTo("Audit Twee");
		assertThat(gewijzigd.voor().get("wachtwoordHash").asString()).isEqualTo(VERBORGEN);
		assertThat(gewijzigd.na().get("wachtwoordHash").asString()).isEqualTo(VERBORGEN);
		assertThat(gewijzigd.na().get("versie").asLong()).isEqualTo(1);

		Rij weg = rijen.get(2);
		assertThat(weg.voor().get("naam").asString()).isEqualTo("Audit Twee");
		assertThat(weg.voor().get("wachtwoordHash").asString()).isEqualTo(VERBORGEN);
		assertThat(weg.na()).isNull();

		// Not the hash, nor any recognisable part of it, anywhere in the stored JSON.
		for (Rij rij : rijen) {
			assertThat(rij.ruw()).doesNotContain(eersteHash, tweedeHash, staart(eersteHash), staart(tweedeHash), "argon2");
		}
	}

	@Test
	void teamAanmakenWijzigenEnVerwijderenStaanInHetAuditlog() throws Exception {
		String id = lees(mvc.perform(api(post("/api/v1/organisaties/{code}/teams", AALSTEDE))
			.content("{\"naam\": \"Auditteam " + uniek + "\"}")).andReturn(), 201).get("id").asString();
		lees(mvc.perform(api(put("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE, id))
			.content("{\"naam\": \"Auditteam " + uniek + " hernoemd\", \"versie\": 0}")).andReturn(), 200);
		assertThat(mvc.perform(api(delete("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE, id)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);

		List<Rij> rijen = rijen("Team", id);
		assertThat(rijen).extracting(Rij::actie).containsExactly("AANGEMAAKT", "GEWIJZIGD", "VERWIJDERD");
		assertThat(rijen).allSatisfy(this::doorDitToken);
		assertThat(rijen.get(0).voor()).isNull();
		assertThat(rijen.get(0).na().get("naam").asString()).isEqualTo("Auditteam " + uniek);
		assertThat(rijen.get(0).na().get("organisatieCode").asString()).isEqualTo(AALSTEDE);
		assertThat(rijen.get(1).voor().get("naam").asString()).isEqualTo("Auditteam " + uniek);
		assertThat(rijen.get(1).na().get("naam").asString()).isEqualTo("Auditteam " + uniek + " hernoemd");
		assertThat(rijen.get(2).voor().get("naam").asString()).isEqualTo("Auditteam " + uniek + " hernoemd");
		assertThat(rijen.get(2).na()).isNull();
	}

	private void doorDitToken(Rij rij) {
		assertThat(rij.actorType()).isEqualTo("api-token");
		assertThat(rij.actorId()).isEqualTo(token.token().id().toString());
		assertThat(rij.actorNaam()).isEqualTo("Demo beheerder (token audit-" + uniek + ")");
		assertThat(rij.organisatieCode()).isEqualTo(AALSTEDE);
	}

	// --- append-only

	@Test
	void deDatabaseWeigertWijzigenVerwijderenEnLegen() throws Exception {
		String teamId = lees(mvc.perform(api(post("/api/v1/organisaties/{code}/teams", AALSTEDE))
			.content("{\"naam\": \"Onuitwisbaar " + uniek + "\"}")).andReturn(), 201).get("id").asString();
		Rij rij = rijen("Team", teamId).get(0);
		long totaal = jdbc.sql("select count(*) from audit.gebeurtenis").query(Long.class).single();

		weigert("update audit.gebeurtenis set actor_naam = 'vervalst', na = null where id = " + rij.id(), "UPDATE");
		weigert("delete from audit.gebeurtenis where id = " + rij.id(), "DELETE");
		weigert("truncate audit.gebeurtenis", "TRUNCATE");

		assertThat(rijen("Team", teamId)).containsExactly(rij);
		assertThat(jdbc.sql("select count(*) from audit.gebeurtenis").query(Long.class).single()).isEqualTo(totaal);
	}

	/**
	 * Runs the statement in a transaction that is always rolled back: should the trigger ever be missing, the test
	 * fails without wiping the log that the other tests share.
	 */
	private void weigert(String sql, String operatie) {
		var transactie = new TransactionTemplate(transacties);
		assertThatThrownBy(() -> transactie.executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql(sql).update();
		})).as(operatie)
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("Het auditlog kan niet worden gewijzigd of verwijderd (" + operatie + ")")
			.isInstanceOfSatisfying(SQLException.class, fout -> assertThat(fout.getSQLState()).isEqualTo("42501"));
	}

	// --- the audit API

	@Test
	void deAuditApiFiltertEnBladert() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			ids.add(lees(mvc.perform(api(post("/api/v1/organisaties/{code}/teams", AALSTEDE))
				.content("{\"naam\": \"Filterteam " + uniek + " " + i + "\"}")).andReturn(), 201).get("id").asString());
		}
		lees(mvc.perform(api(put("/api/v1/organisaties/{code}/teams/{id}", AALSTEDE, ids.get(0)))
			.content("{\"naam\": \"Filterteam " + uniek + " 1b\", \"versie\": 0}")).andReturn(), 200);
		String actor = token.token().id().toString();

		JsonNode alles = zoek(Map.of("actor", actor));
		assertThat(alles.get("totaal").asLong()).isEqualTo(4);
		assertThat(alles.get("resultaten")).allSatisfy(g -> assertThat(g.get("actorId").asString()).isEqualTo(actor));
		assertThat(zoek(Map.of("actor", "audit-" + uniek)).get("totaal").asLong()).as("op naam van de actor").isEqualTo(4);

		JsonNode aangemaakt = zoek(Map.of("actor", actor, "entiteitType", "Team", "actie", "AANGEMAAKT"));
		assertThat(aangemaakt.get("totaal").asLong()).isEqualTo(3);
		assertThat(aangemaakt.get("resultaten")).allSatisfy(g -> {
			assertThat(g.get("actie").asString()).isEqualTo("AANGEMAAKT");
			assertThat(g.get("entiteitType").asString()).isEqualTo("Team");
		});
		assertThat(zoek(Map.of("actor", actor, "actie", "gewijzigd")).get("resultaten")).singleElement()
			.satisfies(g -> assertThat(g.get("entiteitId").asString()).isEqualTo(ids.get(0)));
		assertThat(zoek(Map.of("actor", actor, "entiteitType", "Gebruiker")).get("totaal").asLong()).isZero();

		// Pages of two, newest first.
		JsonNode eerste = zoek(Map.of("actor", actor, "actie", "AANGEMAAKT", "paginaGrootte", "2", "pagina", "1"));
		JsonNode tweede = zoek(Map.of("actor", actor, "actie", "AANGEMAAKT", "paginaGrootte", "2", "pagina", "2"));
		assertThat(eerste.get("totaal").asLong()).isEqualTo(3);
		assertThat(eerste.get("paginaGrootte").asInt()).isEqualTo(2);
		assertThat(eerste.get("resultaten")).extracting(g -> g.get("entiteitId").asString())
			.containsExactly(ids.get(2), ids.get(1));
		assertThat(tweede.get("pagina").asInt()).isEqualTo(2);
		assertThat(tweede.get("resultaten")).extracting(g -> g.get("entiteitId").asString()).containsExactly(ids.get(0));

		// Dates are whole days in Dutch time; take the day from the entry itself, not from the clock.
		LocalDate dag = jdbc.sql("select tijdstip from audit.gebeurtenis where actor_id = ? order by id limit 1")
			.param(actor)
			.query(Timestamp.class)
			.single()
			.toInstant()
			.atZone(ZoneId.of("Europe/Amsterdam"))
			.toLocalDate();
		assertThat(zoek(Map.of("actor", actor, "van", dag.toString(), "tot", dag.toString())).get("totaal").asLong())
			.isEqualTo(4);
		assertThat(zoek(Map.of("actor", actor, "van", dag.plusDays(1).toString())).get("totaal").asLong()).isZero();
		assertThat(zoek(Map.of("actor", actor, "tot", dag.minusDays(1).toString())).get("totaal").asLong()).isZero();

		// Another municipality does not see these entries, even when it asks for them by actor.
		MvcResult beekdal = mvc.perform(get("/api/v1/organisaties/{code}/audit", BEEKDAL).param("actor", actor)
			.header("Authorization", bearer("beheerder@beekdal.demo"))).andReturn();
		assertThat(lees(beekdal, 200).get("totaal").asLong()).isZero();
	}

	@Test
	void deAuditApiWeigertOngeldigeFilters() throws Exception {
		assertThat(ongeldig(Map.of("van", "2026-13-45"))).containsExactly(
				Map.entry("van", "Vul een datum in als 2026-01-31, of een moment als 2026-01-31T09:00:00Z."));
		assertThat(ongeldig(Map.of("paginaGrootte", "500")))
			.containsExactly(Map.entry("paginaGrootte", "Kies een paginagrootte van 1 tot en met 200."));
		assertThat(ongeldig(Map.of("actie", "XYZ")))
			.containsExactly(Map.entry("actie", "Kies als actie AANGEMAAKT, GEWIJZIGD of VERWIJDERD."));
		assertThat(ongeldig(Map.of("paginaGrootte", "abc")))
			.containsExactly(Map.entry("paginaGrootte", "Deze waarde heeft niet het juiste formaat."));
		assertThat(ongeldig(Map.of("pagina", "0"))).containsOnlyKeys("pagina");
		assertThat(ongeldig(Map.of("van", "2026-02-01", "tot", "2026-01-01"))).containsOnlyKeys("tot");
		assertThat(ongeldig(Map.of("actie", "XYZ", "paginaGrootte", "500", "tot", "gisteren")))
			.containsOnlyKeys("actie", "paginaGrootte", "tot");
	}

	/** The invalidParams of a 400 answer, by field name; also checks that it is Dutch problem+json. */
	private Map<String, String> ongeldig(Map<String, String> filters) throws Exception {
		MockHttpServletRequestBuilder verzoek = get("/api/v1/organisaties/{code}/audit", AALSTEDE)
			.header("Authorization", bearer("beheerder@aalstede.demo"));
		filters.forEach(verzoek::param);
		MvcResult resultaat = mvc.perform(verzoek).andReturn();
		assertThat(resultaat.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode probleem = lees(resultaat, 400);
		assertThat(probleem.get("title").asString()).isEqualTo("Ongeldige invoer");
		Map<String, String> velden = new LinkedHashMap<>();
		probleem.get("invalidParams").forEach(v -> velden.put(v.get("name").asString(), v.get("reason").asString()));
		assertThat(velden.values()).as("uitleg uit de berichtenbundel, niet de sleutel").noneMatch(r -> r.startsWith("audit."));
		return velden;
	}

	// --- a change that fails leaves no trace

	@Test
	void eenMislukteWijzigingLaatGeenAuditregelEnGeenGebruikerAchter() throws Exception {
		long auditVoor = auditVanDitToken();
		long gebruikersVoor = gebruikers.findByOrganisatieCodeOrderByNaam(AALSTEDE).size();
		MvcResult resultaat = mvc.perform(api(post("/api/v1/organisaties/{code}/gebruikers", AALSTEDE)).content("""
				{"gebruikersnaam": "mislukt-%s@aalstede.demo", "naam": "Mislukt", "email": "geen e-mailadres",
				 "rollen": ["medewerker"], "wachtwoord": "%s"}
				""".formatted(uniek, WACHTWOORD))).andReturn();
		assertThat(lees(resultaat, 400).get("invalidParams")).extracting(v -> v.get("name").asString())
			.containsExactly("email");
		assertThat(auditVanDitToken()).isEqualTo(auditVoor);
		assertThat(gebruikers.findByOrganisatieCodeOrderByNaam(AALSTEDE)).hasSize((int) gebruikersVoor);
		assertThat(gebruikers.findByGebruikersnaam("mislukt-" + uniek + "@aalstede.demo")).isEmpty();
	}

	/** The entry is written in the change's own transaction: roll the change back and the entry goes with it. */
	@Test
	void eenTeruggedraaideWijzigingNeemtHaarAuditregelMee() {
		var transactie = new TransactionTemplate(transacties);
		String id = transactie.execute(status -> {
			Team team = teams.saveAndFlush(new Team(AALSTEDE, "Teruggedraaid " + uniek, null));
			assertThat(rijen("Team", team.id().toString())).as("binnen de transactie wel vastgelegd").hasSize(1);
			status.setRollbackOnly();
			return team.id().toString();
		});
		assertThat(teams.findById(UUID.fromString(id))).isEmpty();
		assertThat(rijen("Team", id)).isEmpty();
	}

	// --- helpers

	private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder verzoek) {
		return verzoek.header("Authorization", "Bearer " + token.waarde()).contentType(MediaType.APPLICATION_JSON);
	}

	private JsonNode zoek(Map<String, String> filters) throws Exception {
		MockHttpServletRequestBuilder verzoek = get("/api/v1/organisaties/{code}/audit", AALSTEDE)
			.header("Authorization", "Bearer " + token.waarde());
		filters.forEach(verzoek::param);
		return lees(mvc.perform(verzoek).andReturn(), 200);
	}

	private JsonNode lees(MvcResult resultaat, int status) throws Exception {
		String tekst = resultaat.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(resultaat.getResponse().getStatus()).as(tekst).isEqualTo(status);
		return json.readTree(tekst);
	}

	/** The hash proper: the last part of an Argon2 string, after the parameters and the salt. */
	private static String staart(String hash) {
		return hash.substring(hash.lastIndexOf('$') + 1);
	}

	private String wachtwoordHash(String gebruikerId) {
		return jdbc.sql("select wachtwoord_hash from organisaties.gebruiker where id = ?::uuid")
			.param(gebruikerId)
			.query(String.class)
			.single();
	}

	private long auditVanDitToken() {
		return jdbc.sql("select count(*) from audit.gebeurtenis where actor_id = ?")
			.param(token.token().id().toString())
			.query(Long.class)
			.single();
	}

	private List<Rij> rijen(String type, String id) {
		return jdbc.sql("""
				select id, actor_type, actor_id, actor_naam, organisatie_code, actie, voor::text as voor, na::text as na,
				       verzoek_id
				  from audit.gebeurtenis where entiteit_type = ? and entiteit_id = ? order by id
				""").param(type).param(id).query((rs, n) -> new Rij(rs.getLong("id"), rs.getString("actor_type"),
				rs.getString("actor_id"), rs.getString("actor_naam"), rs.getString("organisatie_code"),
				rs.getString("actie"), rs.getString("voor"), rs.getString("na"), rs.getString("verzoek_id")))
			.list()
			.stream()
			.toList();
	}

	/** One row of audit.gebeurtenis as stored, with voor and na as the database's own JSON text. */
	private record Rij(long id, String actorType, String actorId, String actorNaam, String organisatieCode,
			String actie, String voorTekst, String naTekst, String verzoekId) {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		JsonNode voor() {
			return voorTekst == null ? null : JSON.readTree(voorTekst);
		}

		JsonNode na() {
			return naTekst == null ? null : JSON.readTree(naTekst);
		}

		String ruw() {
			return voorTekst + " " + naTekst;
		}

	}

}
