// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Welch interval against values computed independently (SciPy 1.17, stats.ttest_ind(equal_var=False)
 * .confidence_interval(0.95)), the rule of too few observations, and the reading of measurements.
 */
class StatistiekTest {

	@Test
	void welchIntervalKlopt() {
		var v = Statistiek.welch(new double[] { 42, 38, 45, 40, 44, 39, 41 }, new double[] { 30, 33, 28, 35, 31, 29 });
		assertThat(v.genoeg()).isTrue();
		assertThat(v.verschil()).isCloseTo(-10.285714285714285, within(1e-9));
		assertThat(v.ondergrens()).isCloseTo(-13.467355588303592, within(1e-6));
		assertThat(v.bovengrens()).isCloseTo(-7.104072983124977, within(1e-6));
		assertThat(v.vrijheidsgraden()).isCloseTo(10.633807336799807, within(1e-6));
		assertThat(v.zeker()).isTrue();

		var w = Statistiek.welch(new double[] { 3, 4, 3, 2, 4 }, new double[] { 4, 5, 4, 4, 5, 3, 4, 5 });
		assertThat(w.verschil()).isCloseTo(1.05, within(1e-9));
		assertThat(w.ondergrens()).isCloseTo(0.0004724879524959924, within(1e-6));
		assertThat(w.bovengrens()).isCloseTo(2.0995275120475037, within(1e-6));
		assertThat(w.vrijheidsgraden()).isCloseTo(7.513005071159824, within(1e-6));
	}

	@Test
	void minderDanVijfMetingenGeeftGeenInterval() {
		var v = Statistiek.welch(new double[] { 1, 2, 3 }, new double[] { 4, 5, 6, 7, 8 });
		assertThat(v.genoeg()).isFalse();
		assertThat(v.ondergrens()).isNull();
		assertThat(v.zeker()).isFalse();
		assertThat(Statistiek.welch(new double[] { 1, 2, 3, 4, 5 }, new double[] { 1, 2, 3, 4 }).genoeg()).isFalse();
		assertThat(Statistiek.welch(new double[] { 1, 2, 3, 4, 5 }, new double[] { 1, 2, 3, 4, 6 }).genoeg()).isTrue();
	}

	/** Seeded property: the interval always holds the difference, and shifting both samples changes nothing. */
	@Test
	void intervalBevatHetVerschilEnIsVerschuivingsvrij() {
		Random toeval = new Random(20261122L);
		for (int geval = 0; geval < 400; geval++) {
			double[] a = steekproef(toeval, 5 + toeval.nextInt(20));
			double[] b = steekproef(toeval, 5 + toeval.nextInt(20));
			var v = Statistiek.welch(a, b);
			assertThat(v.ondergrens()).isLessThanOrEqualTo(v.verschil());
			assertThat(v.bovengrens()).isGreaterThanOrEqualTo(v.verschil());
			double schuif = toeval.nextDouble() * 100;
			var s = Statistiek.welch(plus(a, schuif), plus(b, schuif));
			assertThat(s.bovengrens() - s.ondergrens()).isCloseTo(v.bovengrens() - v.ondergrens(), within(1e-6));
		}
	}

	@Test
	void richtingVolgtDeKpi() {
		Pilotdata data = new Pilotdata();
		LocalDate d = LocalDate.of(2026, 3, 1);
		List<Meting> minder = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			minder.add(new Meting("minuten-per-taak", 0, d, java.math.BigDecimal.valueOf(20 + i % 2)));
			minder.add(new Meting("minuten-per-taak", 1, d.plusDays(30), java.math.BigDecimal.valueOf(10 + i % 2)));
		}
		assertThat(Kpistand.bereken(List.of(), minder, data).get(0).richting()).isEqualTo(Kpistand.Richting.BETER);
		List<Meting> tevredenheid = minder.stream()
			.map(m -> new Meting("tevredenheid-inwoner", m.moment(), m.datum(), m.waarde().divide(java.math.BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP)))
			.toList();
		assertThat(Kpistand.bereken(List.of(), tevredenheid, data).get(0).richting()).isEqualTo(Kpistand.Richting.SLECHTER);
		assertThat(Kpistand.bereken(List.of("kosten"), List.of(), data).get(0).richting())
			.isEqualTo(Kpistand.Richting.GEEN_VERVOLG);
	}

	@Test
	void csvMetAlleSoortenFouten() {
		Pilotdata data = new Pilotdata();
		LocalDate vandaag = LocalDate.of(2026, 11, 22);
		String csv = """
				kpi;moment;datum;waarde
				minuten-per-taak;nulmeting;2026-03-01;12,5
				onbekend;nulmeting;2026-03-01;3
				minuten-per-taak;vervolg-x;2026-03-01;3
				minuten-per-taak;vervolg-1;31-02-2026;3
				minuten-per-taak;vervolg-1;2026-04-01;drie
				tevredenheid-medewerker-5;vervolg-1;2026-04-01;7
				minuten-per-taak;nulmeting;2026-03-01;12.50
				minuten-per-taak;vervolg-1;2027-01-01;3
				minuten-per-taak;vervolg-2;01-05-2026;9
				""";
		var rapport = Metinglezer.leesCsv(csv, Set.of(new Meting("minuten-per-taak", 2, LocalDate.of(2026, 5, 1),
				java.math.BigDecimal.valueOf(9))), data, vandaag);
		assertThat(rapport.regels()).hasSize(9);
		assertThat(rapport.regels().get(0).goed()).isTrue();
		assertThat(rapport.regels().get(0).meting().waarde()).isEqualByComparingTo("12.5");
		assertThat(rapport.regels().subList(1, 9)).allSatisfy(r -> assertThat(r.goed()).isFalse());
		assertThat(rapport.regels().stream().map(r -> r.meldingen().isEmpty() ? "" : r.meldingen().get(0).sleutel()).toList())
			.containsExactly("", "pilot.meting.kpi.onbekend", "pilot.meting.moment.ongeldig", "pilot.meting.datum.ongeldig",
					"pilot.meting.waarde.ongeldig", "pilot.meting.waarde.bereik", "pilot.import.dubbel-bestand",
					"pilot.meting.datum.toekomst", "pilot.import.dubbel-opgeslagen");
		assertThat(rapport.regels().get(1).nummer()).isEqualTo(3);
		assertThat(Metinglezer.leesCsv("kpi,datum,waarde\nx,2026-01-01,1", Set.of(), data, vandaag).bestandsfouten())
			.extracting(Metinglezer.Melding::sleutel).containsExactly("pilot.import.kolom-ontbreekt");
		assertThat(Metinglezer.leesCsv("  \n", Set.of(), data, vandaag).heeftFouten()).isTrue();
	}

	@Test
	void eenCelTussenAanhalingstekensMagHetScheidingstekenBevatten() {
		Pilotdata data = new Pilotdata();
		LocalDate vandaag = LocalDate.of(2026, 6, 1);
		// A spreadsheet saving with commas quotes a decimal comma; blank lines before the header still count.
		String csv = "\n\nkpi,moment,datum,waarde\r\nminuten-per-taak,nulmeting,2026-03-01,\"12,5\"\r\n\r\n"
				+ "minuten-per-taak,vervolg-1,2026-04-01,\"tien\"\r\n";
		var rapport = Metinglezer.leesCsv(csv, Set.of(), data, vandaag);
		assertThat(rapport.bestandsfouten()).isEmpty();
		assertThat(rapport.regels()).extracting(Metinglezer.Regel::nummer).containsExactly(4, 6);
		assertThat(rapport.regels().get(0).meting().waarde()).isEqualByComparingTo("12.5");
		assertThat(rapport.regels().get(1).meldingen()).extracting(Metinglezer.Melding::sleutel)
			.containsExactly("pilot.meting.waarde.ongeldig");
	}

	@Test
	void criteriaVersieVolgtDeIngangsdatum() {
		Pilotdata data = new Pilotdata();
		assertThat(data.criteria(LocalDate.of(2026, 6, 1)).criteria()).extracting(Pilotdata.Criterium::id)
			.containsExactly("nut", "noodzaak", "risicos", "avg", "ethiek", "beveiliging");
		assertThat(data.leerdoelen()).contains("veilig en transparant inzetten", "goede pilotaanpak", "rol van ethiek",
				"privacy en informatiebeveiliging");
	}

	private static double[] steekproef(Random toeval, int n) {
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = toeval.nextGaussian() * (1 + toeval.nextInt(5)) + toeval.nextInt(50);
		}
		return x;
	}

	private static double[] plus(double[] x, double d) {
		double[] y = x.clone();
		for (int i = 0; i < y.length; i++) {
			y[i] += d;
		}
		return y;
	}

}
