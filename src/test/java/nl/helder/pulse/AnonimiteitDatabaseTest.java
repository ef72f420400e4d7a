// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.pulse.internal.PulseDienst;
import nl.helder.shared.Systeemaanvrager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Inspects the database itself: an answer row has nothing that joins it to a person or a link. Not its columns, not
 * a serial number or a time that orders answers like the links were used, not the transaction that wrote it, not
 * the audit log.
 */
class AnonimiteitDatabaseTest extends HelderIntegratieTest {

	/** Everything an answer row may hold; a new column must be argued for here. */
	private static final Set<String> TOEGESTAAN = Set.of("id", "golf_id", "team_id", "functiegroep", "gebruiksgroep",
			"datum", "items", "scores", "vrije_tekst", "vrije_tekst_verborgen");

	@Autowired
	private TeamDienst teamDienst;

	@Autowired
	private PulseDienst dienst;

	@Test
	void deAntwoordtabelHeeftGeenKolomDieNaarIemandWijst() {
		List<Map<String, Object>> kolommen = jdbc.sql("""
				select column_name, data_type, column_default, is_identity from information_schema.columns
				where table_schema = 'pulse' and table_name = 'antwoord'""").query().listOfRows();
		assertThat(kolommen).extracting(k -> (String) k.get("column_name")).containsExactlyInAnyOrderElementsOf(TOEGESTAAN);
		for (Map<String, Object> kolom : kolommen) {
			String naam = (String) kolom.get("column_name");
			assertThat(naam).as("geen persoon, token of adres").doesNotContainIgnoringCase("persoon")
				.doesNotContainIgnoringCase("gebruiker").doesNotContainIgnoringCase("user").doesNotContainIgnoringCase("token")
				.doesNotContainIgnoringCase("ip").doesNotContainIgnoringCase("mail").doesNotContainIgnoringCase("naam");
			assertThat((String) kolom.get("data_type")).as(naam + ": geen tijdstip, hoogstens een datum")
				.doesNotContain("time");
			assertThat(String.valueOf(kolom.get("column_default"))).as(naam + ": geen volgnummer").doesNotContain("nextval");
			assertThat(kolom.get("is_identity")).as(naam).isEqualTo("NO");
		}
		assertThat(jdbc.sql("select data_type from information_schema.columns where table_schema = 'pulse' and table_name = 'antwoord' and column_name = 'id'")
			.query(String.class).single()).isEqualTo("uuid");
		assertThat(jdbc.sql("select count(*) from information_schema.sequences where sequence_schema = 'pulse'")
			.query(Integer.class).single()).as("geen reeksen in het schema pulse").isZero();
	}

	@Test
	void antwoordEnUitnodigingDelenAlleenGolfEnTeam() {
		List<String> gedeeld = jdbc.sql("""
				select a.column_name from information_schema.columns a
				join information_schema.columns u on u.column_name = a.column_name
				where a.table_schema = 'pulse' and a.table_name = 'antwoord'
				  and u.table_schema = 'pulse' and u.table_name = 'uitnodiging'""").query(String.class).list();
		assertThat(gedeeld).containsExactlyInAnyOrder("golf_id", "team_id");
		List<String> verwijzingen = jdbc.sql("""
				select ccu.table_name from information_schema.table_constraints tc
				join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
				where tc.table_schema = 'pulse' and tc.table_name = 'antwoord' and tc.constraint_type = 'FOREIGN KEY'""")
			.query(String.class).list();
		assertThat(verwijzingen).containsOnly("golf");
		List<String> uitnodiging = jdbc.sql("""
				select column_name from information_schema.columns
				where table_schema = 'pulse' and table_name = 'uitnodiging'""").query(String.class).list();
		assertThat(uitnodiging).containsExactlyInAnyOrder("token_hash", "golf_id", "team_id", "gebruikt");
	}

	/** Who was invited (for reminders and newcomers): the person and the wave, nothing that points to a link or answer. */
	@Test
	void deLijstVanUitgenodigdenKentGeenLinkEnGeenAntwoord() {
		List<Map<String, Object>> kolommen = jdbc.sql("""
				select column_name, data_type from information_schema.columns
				where table_schema = 'pulse' and table_name = 'uitgenodigd'""").query().listOfRows();
		assertThat(kolommen).extracting(k -> (String) k.get("column_name")).containsExactlyInAnyOrder("golf_id", "persoon_id");
		for (Map<String, Object> kolom : kolommen) {
			assertThat((String) kolom.get("data_type")).as("geen tijdstip").doesNotContain("time");
		}
		for (String andere : List.of("antwoord", "uitnodiging")) {
			assertThat(jdbc.sql("""
					select a.column_name from information_schema.columns a
					join information_schema.columns u on u.column_name = a.column_name
					where a.table_schema = 'pulse' and a.table_name = 'uitgenodigd'
					  and u.table_schema = 'pulse' and u.table_name = ?""").param(andere).query(String.class).list())
				.as("gedeeld met " + andere).containsExactly("golf_id");
		}
	}

	@Test
	void nietsKoppeltEenAntwoordAanEenGebruikteLink() throws Exception {
		PulseTestOrganisatie org = PulseTestOrganisatie.maak(teamDienst, gebruikerDienst, AALSTEDE);
		LocalDate vandaag = dienst.vandaag();
		var hr = new Systeemaanvrager("test-hr", "Test HR", AALSTEDE, Set.of(nl.helder.shared.Rol.HR));
		UUID golf = dienst.maak(AALSTEDE, new PulseDienst.Gegevens("Inspectie", vandaag.toString(),
				vandaag.plusDays(7).toString(), List.of(org.afdeling().toString()), "5"), hr).id();
		dienst.legInstemmingVast(AALSTEDE, golf, vandaag.toString(), "OR-1", "DPIA-1");
		long auditVoor = jdbc.sql("select count(*) from audit.gebeurtenis").query(Long.class).single();
		List<PulseDienst.Uitnodiging> links = dienst.open(AALSTEDE, golf);
		// The list of invited people is written in another transaction than the links.
		assertThat(jdbc.sql("select count(*) from pulse.uitgenodigd where golf_id = ?").param(golf).query(Integer.class).single())
			.isEqualTo(14);
		assertThat(jdbc.sql("""
				select count(*) from pulse.uitgenodigd p join pulse.uitnodiging u on p.xmin = u.xmin
				where p.golf_id = ? and u.golf_id = ?""").params(golf, golf).query(Integer.class).single()).isZero();
		for (PulseDienst.Uitnodiging link : links) {
			assertThat(mvc.perform(post("/peiling/{t}", link.token()).with(csrf()).param("veerkracht", "4"))
				.andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		assertThat(jdbc.sql("select count(*) from pulse.antwoord where golf_id = ?").param(golf).query(Integer.class).single())
			.isEqualTo(links.size());

		// Claiming the link and storing the answer are separate transactions: no shared transaction id.
		assertThat(jdbc.sql("""
				select count(*) from pulse.antwoord a join pulse.uitnodiging u on a.xmin = u.xmin
				where a.golf_id = ? and u.golf_id = ?""").params(golf, golf).query(Integer.class).single()).isZero();

		// Random ids (version 4), not time-ordered: the id says nothing about the order of answering.
		List<UUID> ids = jdbc.sql("select id from pulse.antwoord where golf_id = ?").param(golf).query(UUID.class).list();
		assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(4));

		// Answers have a date, no time; the invitation table records no time of use.
		assertThat(jdbc.sql("select count(distinct datum) from pulse.antwoord where golf_id = ?").param(golf).query(Integer.class).single())
			.isEqualTo(1);

		// The audit log records the wave, never an invitation or an answer.
		List<String> soorten = jdbc.sql("select distinct entiteit_type from audit.gebeurtenis where id > 0 order by 1")
			.query(String.class).list();
		assertThat(soorten).doesNotContain("Antwoord", "Uitnodiging", "NieuwAntwoord");
		assertThat(jdbc.sql("select count(*) from audit.gebeurtenis where na::text like ? or voor::text like ?")
			.params("%" + links.get(0).token() + "%", "%" + links.get(0).token() + "%").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit.gebeurtenis").query(Long.class).single() - auditVoor)
			.as("openen en beantwoorden schrijft alleen de golf zelf in de auditlog").isLessThanOrEqualTo(1);

		// Closing removes the links, so a link from someone's mailbox matches nothing any more.
		dienst.sluit(AALSTEDE, golf);
		assertThat(jdbc.sql("select count(*) from pulse.uitnodiging where golf_id = ?").param(golf).query(Integer.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from pulse.uitgenodigd where golf_id = ?").param(golf).query(Integer.class).single())
			.as("wie er is uitgenodigd, verdwijnt bij het sluiten").isZero();
		assertThat(jdbc.sql("select sum(uitgenodigd) from pulse.golf_team where golf_id = ?").param(golf).query(Integer.class).single())
			.as("de groepsgrootte blijft").isEqualTo(14);
	}

}
