// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.TeamInfo;
import nl.helder.organisaties.internal.Team;
import nl.helder.organisaties.internal.TeamDienst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A report from a closed wave's stored sums equals the report from its answers, cell by cell, over a few random waves
 * (fixed seeds): random team sizes (some under k), empty attributes, skipped subscales. After the sums are stored the
 * answers are deleted, so the second report can only come from the stored rows.
 */
class GolfsommenTest extends HelderIntegratieTest {

	@Autowired
	private TeamDienst teamDienst;

	@Autowired
	private Organisatiegids organisaties;

	@Autowired
	private Golven golven;

	@Autowired
	private Instrumenten instrumenten;

	@Autowired
	private AnoniemeOpslag opslag;

	@Autowired
	private Golfsommen golfsommen;

	@Autowired
	private Rapportage rapportage;

	@Autowired
	private PulseDienst dienst;

	@Test
	void hetRapportUitOpgeslagenSommenIsGelijkAanHetRapportUitDeAntwoorden() {
		Instrument instrument = instrumenten.versie(PulseDienst.INSTRUMENT, "1.0").orElseThrow();
		int zichtbaar = 0;
		int verborgen = 0;
		for (long zaad = 1; zaad <= 4; zaad++) {
			Random toeval = new Random(zaad);
			String id = UUID.randomUUID().toString().substring(0, 6);
			Team afdeling = teamDienst.maakAan(AALSTEDE, "Somafdeling " + id, null);
			List<UUID> teams = new ArrayList<>();
			teams.add(afdeling.id());
			for (int t = 0; t < 2 + toeval.nextInt(4); t++) {
				teams.add(teamDienst.maakAan(AALSTEDE, "Somteam " + t + " " + id, afdeling.id()).id());
			}
			Golf golf = new Golf(AALSTEDE, "Somgolf " + zaad, instrument, 5 + toeval.nextInt(3), LocalDate.of(2026, 3, 1),
					LocalDate.of(2026, 3, 14), List.of(afdeling.id()), "test");
			golf.legInstemmingVast(LocalDate.of(2026, 2, 1), "OR", "DPIA");
			golf.open();
			golf.sluitAf();
			golf = golven.save(golf);
			Map<UUID, Integer> uitgenodigd = new LinkedHashMap<>();
			String[] functies = { "uitvoering", "advies", "ondersteuning", "leiding", null };
			String[] gebruik = { "niet", "soms", "vaak", null };
			for (UUID team : teams) {
				int aantal = toeval.nextInt(13);
				uitgenodigd.put(team, aantal + 2);
				for (int i = 0; i < aantal; i++) {
					Map<String, Integer> items = new LinkedHashMap<>();
					for (Instrument.Vraag vraag : instrument.schaalvragen()) {
						if (toeval.nextInt(4) > 0) {
							items.put(vraag.id(), 1 + toeval.nextInt(5));
						}
					}
					opslag.bewaar(new AnoniemeOpslag.NieuwAntwoord(golf.id(), team, functies[toeval.nextInt(5)],
							gebruik[toeval.nextInt(4)], golf.opent(), items, instrument.scores(items), null, false));
				}
			}
			opslag.bewaarGroepsgrootte(golf.id(), uitgenodigd);
			List<TeamInfo> boom = organisaties.teams(AALSTEDE);

			Rapportage.Rapport live = rapportage.berekenUitAntwoorden(golf, instrument, boom, uitgenodigd, true);
			Rapportage.Rapport liveZonder = rapportage.berekenUitAntwoorden(golf, instrument, boom, uitgenodigd, false);
			golfsommen.bewaar(golf.id());
			jdbc.sql("delete from pulse.antwoord where golf_id = ?").param(golf.id()).update();
			assertThat(rapportage.berekenUitAntwoorden(golf, instrument, boom, uitgenodigd, true).organisatie().isZichtbaar())
				.as("de antwoorden zijn weg").isFalse();

			gelijk(rapportage.bereken(golf, instrument, boom, uitgenodigd, true), live, "zaad " + zaad);
			gelijk(rapportage.bereken(golf, instrument, boom, uitgenodigd, false), liveZonder, "zaad " + zaad + " zonder kenmerken");
			for (Rapportage.Cel cel : live.teams()) {
				if (teams.contains(cel.teamId())) {
					zichtbaar += cel.isZichtbaar() ? 1 : 0;
					verborgen += cel.isZichtbaar() ? 0 : 1;
				}
			}
		}
		assertThat(zichtbaar).as("de golven hebben zichtbare teams").isPositive();
		assertThat(verborgen).as("en verborgen teams").isPositive();
	}

	@Test
	void sluitenSchrijftDeSommenInDezelfdeStap() {
		Instrument instrument = instrumenten.versie(PulseDienst.INSTRUMENT, "1.0").orElseThrow();
		Golf golf = new Golf(AALSTEDE, "Sluitgolf", instrument, 5, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 14),
				List.of(UUID.randomUUID()), "test");
		golf.legInstemmingVast(LocalDate.of(2026, 3, 1), "OR", "DPIA");
		golf.open();
		golf = golven.save(golf);
		UUID team = UUID.randomUUID();
		for (int i = 0; i < 6; i++) {
			Map<String, Integer> items = Map.of("veerkracht", 1 + i % 5, "steun", 2);
			opslag.bewaar(new AnoniemeOpslag.NieuwAntwoord(golf.id(), team, null, "vaak", golf.opent(), items,
					instrument.scores(items), null, false));
		}
		assertThat(jdbc.sql("select count(*) from pulse.golf_groep where golf_id = ?").param(golf.id()).query(Integer.class).single())
			.isZero();
		dienst.sluit(AALSTEDE, golf.id());
		String fijn = " and team_id <> '00000000-0000-0000-0000-000000000000' and functiegroep <> '*' and gebruiksgroep <> '*'";
		assertThat(jdbc.sql("select sum(respondenten) from pulse.golf_groep where golf_id = ?" + fijn).param(golf.id())
			.query(Integer.class).single()).isEqualTo(6);
		assertThat(jdbc.sql("select functiegroep from pulse.golf_groep where golf_id = ?" + fijn).param(golf.id())
			.query(String.class).single()).isEqualTo(Rapportage.ONBEKEND);
		assertThat(jdbc.sql("select som from pulse.golf_som where golf_id = ? and subschaal = 'mentale_kracht'" + fijn)
			.param(golf.id()).query(Double.class).single()).isEqualTo(1 + 2 + 3 + 4 + 5 + 1);
		// The totals a report reads: the team, and the organisation per tool-use group.
		assertThat(jdbc.sql("select respondenten from pulse.golf_groep where golf_id = ? and team_id = ? and functiegroep = '*'"
				+ " and gebruiksgroep = '*'").params(golf.id(), team).query(Integer.class).single()).isEqualTo(6);
		assertThat(jdbc.sql("select respondenten from pulse.golf_groep where golf_id = ? and team_id = ? and functiegroep = '*'"
				+ " and gebruiksgroep = 'vaak'").params(golf.id(), Golfsommen.HELE_ORGANISATIE).query(Integer.class).single())
			.isEqualTo(6);
	}

	@Test
	void deMigratieVultGeslotenGolvenZonderSommenAanMetDezelfdeUitkomst() throws Exception {
		Instrument instrument = instrumenten.versie(PulseDienst.INSTRUMENT, "1.0").orElseThrow();
		Golf golf = new Golf(AALSTEDE, "Oude golf", instrument, 5, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 14),
				List.of(UUID.randomUUID()), "test");
		golf.legInstemmingVast(LocalDate.of(2025, 3, 1), "OR", "DPIA");
		golf.open();
		golf.sluitAf();
		golf = golven.save(golf);
		Random toeval = new Random(42);
		UUID[] teams = { UUID.randomUUID(), UUID.randomUUID() };
		for (int i = 0; i < 17; i++) {
			Map<String, Integer> items = new LinkedHashMap<>();
			for (Instrument.Vraag vraag : instrument.schaalvragen()) {
				if (toeval.nextInt(5) > 0) {
					items.put(vraag.id(), 1 + toeval.nextInt(5));
				}
			}
			opslag.bewaar(new AnoniemeOpslag.NieuwAntwoord(golf.id(), teams[i % 2], i % 3 == 0 ? null : "advies", "soms",
					golf.opent(), items, instrument.scores(items), null, false));
		}
		String migratie;
		try (var invoer = getClass().getResourceAsStream("/db/migration/V80_1_0__golfsommen.sql")) {
			migratie = new String(invoer.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		int uitgevoerd = 0;
		for (String opdracht : migratie.replaceAll("(?m)--.*$", "").split(";")) {
			String zonderCommentaar = opdracht.strip();
			if (zonderCommentaar.startsWith("insert")) {
				jdbc.sql(zonderCommentaar).update();
				uitgevoerd++;
			}
		}
		assertThat(uitgevoerd).isEqualTo(2);
		List<String> uitMigratie = rijen(golf.id());
		assertThat(uitMigratie).isNotEmpty();
		golfsommen.bewaar(golf.id());
		assertThat(rijen(golf.id())).as("migratie en sluiten schrijven hetzelfde").isEqualTo(uitMigratie);
	}

	@Test
	void deSomtabellenHebbenGeenKolomDieNaarIemandWijst() {
		for (String tabel : List.of("golf_groep", "golf_som")) {
			List<Map<String, Object>> kolommen = jdbc.sql("""
					select column_name, data_type from information_schema.columns
					where table_schema = 'pulse' and table_name = ?""").param(tabel).query().listOfRows();
			assertThat(kolommen).as(tabel).isNotEmpty();
			for (Map<String, Object> kolom : kolommen) {
				String naam = (String) kolom.get("column_name");
				assertThat(naam).as(tabel + ": geen persoon, token, adres of tekst").doesNotContainIgnoringCase("persoon")
					.doesNotContainIgnoringCase("gebruiker").doesNotContainIgnoringCase("user")
					.doesNotContainIgnoringCase("token").doesNotContainIgnoringCase("ip")
					.doesNotContainIgnoringCase("mail").doesNotContainIgnoringCase("naam")
					.doesNotContainIgnoringCase("tekst").doesNotContainIgnoringCase("datum")
					.doesNotContainIgnoringCase("antwoord");
				assertThat((String) kolom.get("data_type")).as(tabel + "." + naam + ": geen tijd of datum")
					.doesNotContain("time").doesNotContain("date");
			}
		}
	}

	private List<String> rijen(UUID golf) {
		List<String> uit = new ArrayList<>(jdbc.sql("""
				select team_id || '|' || functiegroep || '|' || gebruiksgroep || '|' || respondenten from pulse.golf_groep
				where golf_id = ? order by 1""").param(golf).query(String.class).list());
		uit.addAll(jdbc.sql("""
				select team_id || '|' || functiegroep || '|' || gebruiksgroep || '|' || subschaal || '|' || aantal || '|'
				  || round(som::numeric, 9) || '|' || round(kwadraten::numeric, 9)
				from pulse.golf_som where golf_id = ? order by 1""").param(golf).query(String.class).list());
		return uit;
	}

	private static void gelijk(Rapportage.Rapport opgeslagen, Rapportage.Rapport live, String waar) {
		cel(opgeslagen.organisatie(), live.organisatie(), waar);
		assertThat(opgeslagen.teams()).hasSameSizeAs(live.teams());
		for (int i = 0; i < live.teams().size(); i++) {
			cel(opgeslagen.teams().get(i), live.teams().get(i), waar);
		}
		assertThat(opgeslagen.functiegroepen()).hasSameSizeAs(live.functiegroepen());
		for (Rapportage.Cel cel : live.functiegroepen()) {
			cel(opgeslagen.functiegroepen().stream().filter(c -> c.sleutel().equals(cel.sleutel())).findFirst().orElseThrow(),
					cel, waar);
		}
		assertThat(opgeslagen.gebruiksgroepen()).hasSameSizeAs(live.gebruiksgroepen());
		for (Rapportage.Cel cel : live.gebruiksgroepen()) {
			cel(opgeslagen.gebruiksgroepen().stream().filter(c -> c.sleutel().equals(cel.sleutel())).findFirst().orElseThrow(),
					cel, waar);
		}
	}

	private static void cel(Rapportage.Cel opgeslagen, Rapportage.Cel live, String waar) {
		String naam = waar + " " + live.sleutel();
		assertThat(opgeslagen.sleutel()).as(naam).isEqualTo(live.sleutel());
		assertThat(opgeslagen.n()).as(naam + " n").isEqualTo(live.n());
		assertThat(opgeslagen.uitgenodigd()).as(naam + " uitgenodigd").isEqualTo(live.uitgenodigd());
		assertThat(opgeslagen.scores().keySet()).as(naam + " zichtbare subschalen").isEqualTo(live.scores().keySet());
		live.scores().forEach((subschaal, score) -> {
			Rapportage.Score ander = opgeslagen.score(subschaal);
			assertThat(ander.n()).as(naam + " " + subschaal).isEqualTo(score.n());
			assertThat(ander.gemiddelde()).as(naam + " " + subschaal).isCloseTo(score.gemiddelde(), within(1e-9));
			assertThat(ander.spreiding()).as(naam + " " + subschaal).isCloseTo(score.spreiding(), within(1e-9));
		});
	}

}
