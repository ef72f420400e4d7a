// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.helder.geletterdheid.internal.Dekking.AfrondingFeit;
import nl.helder.geletterdheid.internal.Dekking.Cijfers;
import nl.helder.geletterdheid.internal.Dekking.Koppeling;
import nl.helder.geletterdheid.internal.Dekking.Persoon;
import nl.helder.geletterdheid.internal.Dekking.Status;
import nl.helder.geletterdheid.internal.Dekking.ToepassingFeit;
import nl.helder.geletterdheid.internal.Dekking.TrainingFeit;
import nl.helder.organisaties.TeamInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The coverage computation on a small hand-made organisation whose figures were worked out on paper: seven people in
 * a department with a team, a second team and no team; three rules that depend on the function group, on a
 * generative toepassing, and on overseeing a high-risk toepassing.
 */
class DekkingTest {

	static final LocalDate PEIL = LocalDate.of(2026, 6, 1);

	static final UUID A = id(1), A1 = id(2), B = id(3), T1 = id(10), T2 = id(11);

	static final UUID B1 = id(20), B2 = id(21), V1 = id(22);

	static final UUID P1 = id(31), P2 = id(32), P3 = id(33), P4 = id(34), P5 = id(35), P6 = id(36), P7 = id(37);

	static final Regel R1 = new Regel(id(41), "Iedereen basis", Niveau.BASIS, List.of(), LocalDate.of(2026, 2, 2), null);

	static final Regel R2 = new Regel(id(42), "Generatieve AI", Niveau.BASIS, List.of(new Voorwaarde("generatief", "ja")),
			LocalDate.of(2026, 12, 31), null);

	static final Regel R3 = new Regel(id(43), "Toezicht hoog risico", Niveau.VERDIEPEND,
			List.of(new Voorwaarde("toepassingsrol", "toezichthouder"), new Voorwaarde("hoog-risico", "ja")), null, 30);

	static final Regel R4 = new Regel(id(44), "Leiding", Niveau.VERDIEPEND, List.of(new Voorwaarde("functiegroep", "leiding")),
			LocalDate.of(2026, 1, 1), 90);

	static UUID id(int n) {
		return new UUID(0, n);
	}

	static Dekking.Invoer invoer() {
		List<Persoon> personen = List.of(
				new Persoon(P1, "1", "Anna", A1, "Beleid", null, List.of(new Koppeling(T1, Toepassingsrolsoort.GEBRUIKER))),
				new Persoon(P2, "2", "Bram", A1, "Beleid", LocalDate.of(2020, 1, 1),
						List.of(new Koppeling(T2, Toepassingsrolsoort.TOEZICHTHOUDER))),
				new Persoon(P3, "3", "Cor", A, "Leiding", LocalDate.of(2026, 5, 1), List.of()),
				new Persoon(P4, "4", "Dirk", B, "Beleid", null, List.of(new Koppeling(T2, Toepassingsrolsoort.GEBRUIKER))),
				new Persoon(P5, "5", "Eva", B, null, null, List.of()),
				new Persoon(P6, "6", "Fleur", null, "Beleid", null, List.of()),
				new Persoon(P7, "7", "Gijs", B, "Beleid", null, List.of(new Koppeling(T1, Toepassingsrolsoort.TOEZICHTHOUDER),
						new Koppeling(T2, Toepassingsrolsoort.GEBRUIKER))));
		List<TeamInfo> teams = List.of(new TeamInfo(A, "Afdeling A", null, 0), new TeamInfo(A1, "Team A1", A, 1),
				new TeamInfo(B, "Team B", null, 0));
		Map<UUID, ToepassingFeit> toepassingen = new java.util.LinkedHashMap<>();
		toepassingen.put(T1, new ToepassingFeit(T1, "Tekstassistent", false, true));
		toepassingen.put(T2, new ToepassingFeit(T2, "Fraudesignalering", true, false));
		List<TrainingFeit> trainingen = List.of(new TrainingFeit(B1, "B1", "Basis", Niveau.BASIS, 24),
				new TrainingFeit(B2, "B2", "Basis blijvend", Niveau.BASIS, null),
				new TrainingFeit(V1, "V1", "Toezicht", Niveau.VERDIEPEND, 12));
		List<AfrondingFeit> afrondingen = List.of(new AfrondingFeit(P1, B1, LocalDate.of(2025, 1, 10), true),
				new AfrondingFeit(P2, B1, LocalDate.of(2024, 7, 15), true),
				new AfrondingFeit(P2, V1, LocalDate.of(2025, 3, 1), true),
				new AfrondingFeit(P4, B2, LocalDate.of(2025, 5, 1), false),
				new AfrondingFeit(P5, B2, LocalDate.of(2020, 1, 1), true),
				new AfrondingFeit(P5, V1, LocalDate.of(2026, 5, 1), true),
				new AfrondingFeit(P6, B1, LocalDate.of(2026, 7, 1), true));
		return new Dekking.Invoer(personen, teams, toepassingen, trainingen, afrondingen, List.of(R1, R2, R3, R4), PEIL);
	}

	@Test
	void organisatieInHetGeheel() {
		Cijfers org = Dekking.bereken(invoer()).organisatie();
		assertThat(org.medewerkers()).isEqualTo(7);
		assertThat(org.metBasis()).isEqualTo(3);
		assertThat(org.aandeelBasis()).isEqualByComparingTo(new BigDecimal("42.9"));
		assertThat(org.bandBasis()).isEqualTo("0-50");
		assertThat(org.metVerdiepend()).isEqualTo(1);
		assertThat(org.aandeelVerdiepend()).isEqualByComparingTo(new BigDecimal("14.3"));
		assertThat(org.metGat()).isEqualTo(5);
		assertThat(org.verlooptBinnenkort()).isEqualTo(1);
		assertThat(org.verlopen()).isEqualTo(1);
	}

	@Test
	void teamsTellenHunOnderliggendeTeamsMeeEnMensenZonderTeamApart() {
		List<Cijfers> teams = Dekking.bereken(invoer()).teams();
		assertThat(teams).extracting(Cijfers::naam, Cijfers::diepte, Cijfers::medewerkers, Cijfers::metBasis,
				Cijfers::metVerdiepend, Cijfers::metGat, Cijfers::verlooptBinnenkort, Cijfers::verlopen)
			.containsExactly(tuple("Afdeling A", 0, 3, 2, 0, 2, 1, 1), tuple("Team A1", 1, 2, 2, 0, 1, 1, 1),
					tuple("Team B", 0, 3, 1, 1, 2, 0, 0), tuple("", 0, 1, 0, 0, 1, 0, 0));
		assertThat(teams.get(0).aandeelBasis()).isEqualByComparingTo("66.7");
		assertThat(teams.get(0).bandBasis()).isEqualTo("50-100");
		assertThat(teams.get(1).aandeelBasis()).isEqualByComparingTo("100.0");
		assertThat(teams.get(2).aandeelBasis()).isEqualByComparingTo("33.3");
	}

	@Test
	void functiegroepenEnToepassingen() {
		Dekking.Uitkomst uitkomst = Dekking.bereken(invoer());
		assertThat(uitkomst.functiegroepen()).extracting(Cijfers::naam, Cijfers::medewerkers, Cijfers::metBasis, Cijfers::metGat)
			.containsExactly(tuple("", 1, 1, 0), tuple("Beleid", 5, 2, 4), tuple("Leiding", 1, 0, 1));
		// Someone with two roles in one toepassing counts once; Gijs oversees T1 and uses T2.
		assertThat(uitkomst.toepassingen()).extracting(Cijfers::naam, Cijfers::medewerkers, Cijfers::metBasis,
				Cijfers::metVerdiepend, Cijfers::metGat)
			.containsExactly(tuple("Tekstassistent", 2, 1, 0, 1), tuple("Fraudesignalering", 3, 1, 0, 3));
		assertThat(uitkomst.toepassingen().get(0).bandBasis()).isEqualTo("50-100");
	}

	@Test
	void behoeftenPerMedewerker() {
		Dekking.Uitkomst uitkomst = Dekking.bereken(invoer());
		assertThat(uitkomst.stand(P1).behoeften()).extracting(Dekking.Behoefte::regel, Dekking.Behoefte::status)
			.containsExactly(tuple("Iedereen basis", Status.VOLDAAN), tuple("Generatieve AI", Status.VOLDAAN));
		assertThat(uitkomst.stand(P2).behoeften()).extracting(Dekking.Behoefte::regel, Dekking.Behoefte::status,
				Dekking.Behoefte::deadline, Dekking.Behoefte::geldigTot)
			.containsExactly(tuple("Iedereen basis", Status.VERLOOPT, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 7, 15)),
					tuple("Toezicht hoog risico", Status.TE_LAAT, LocalDate.of(2020, 1, 31), LocalDate.of(2026, 3, 1)));
		// A newcomer gets the later of the fixed date and 90 days after starting.
		assertThat(uitkomst.stand(P3).behoeften()).extracting(Dekking.Behoefte::regel, Dekking.Behoefte::status,
				Dekking.Behoefte::deadline)
			.containsExactly(tuple("Iedereen basis", Status.TE_LAAT, LocalDate.of(2026, 2, 2)),
					tuple("Leiding", Status.OPEN, LocalDate.of(2026, 7, 30)));
		// A self-reported completion does not count before it is confirmed.
		assertThat(uitkomst.stand(P4).basis()).isFalse();
		// "Oversees" and "high risk" must hold for the same toepassing: Gijs oversees T1 (not high risk) only.
		assertThat(uitkomst.stand(P7).behoeften()).extracting(Dekking.Behoefte::regel)
			.containsExactly("Iedereen basis", "Generatieve AI");
		// A completion after the reference date is not counted yet.
		assertThat(uitkomst.stand(P6).basis()).isFalse();
		assertThat(uitkomst.stand(P5).niveaus().get(Niveau.BASIS).geldigTot()).isNull();
	}

	@Test
	void gatenOpDeadline() {
		assertThat(Dekking.bereken(invoer()).gaten())
			.extracting(g -> g.persoon().naam(), g -> g.behoefte().regel())
			.containsExactly(tuple("Bram", "Toezicht hoog risico"), tuple("Cor", "Iedereen basis"),
					tuple("Dirk", "Iedereen basis"), tuple("Fleur", "Iedereen basis"), tuple("Gijs", "Iedereen basis"),
					tuple("Cor", "Leiding"), tuple("Gijs", "Generatieve AI"));
	}

	@Test
	void legeGroepHeeftGeenBandEnNulProcent() {
		var leeg = new Dekking.Invoer(List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(R1), PEIL);
		Cijfers org = Dekking.bereken(leeg).organisatie();
		assertThat(org.bandBasis()).isNull();
		assertThat(org.aandeelBasis()).isEqualByComparingTo("0.0");
	}

	@Test
	void bandgrensVijftigProcentHoortBijDeBovensteBand() {
		var invoer = new Dekking.Invoer(
				List.of(new Persoon(P1, "1", "Anna", null, null, null, List.of()),
						new Persoon(P2, "2", "Bram", null, null, null, List.of())),
				List.of(), Map.of(), List.of(new TrainingFeit(B1, "B1", "Basis", Niveau.BASIS, 24)),
				List.of(new AfrondingFeit(P1, B1, PEIL.minusMonths(24), true), new AfrondingFeit(P2, B1, PEIL.minusMonths(24).plusDays(1), true)),
				List.of(), PEIL);
		Cijfers org = Dekking.bereken(invoer).organisatie();
		// Exactly 24 months ago has expired today; one day later is still valid.
		assertThat(org.metBasis()).isEqualTo(1);
		assertThat(org.verlopen()).isEqualTo(1);
		assertThat(org.bandBasis()).isEqualTo("50-100");
	}

}
