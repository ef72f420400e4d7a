// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.helder.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules for reminder dates, without Spring. */
class HerinneringsdataTest {

	private static final LocalDate OPENT = LocalDate.of(2027, 3, 1);

	private static final LocalDate SLUIT = LocalDate.of(2027, 3, 15);

	@Test
	void nulTotDrieDataStriktTussenOpenenEnSluiten() {
		assertThat(Herinneringsdata.controleer(List.of(), OPENT, SLUIT)).isEmpty();
		assertThat(Herinneringsdata.controleer(null, OPENT, SLUIT)).isEmpty();
		assertThat(Herinneringsdata.controleer(Arrays.asList("2027-03-14", " ", null, "2027-03-02", "2027-03-08"), OPENT, SLUIT))
			.containsExactly(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 14));
	}

	@Test
	void deEersteEnLaatsteDagZelfTellenNiet() {
		assertThat(fouten(List.of("2027-03-01"))).containsExactly("pulse.herinnering.fout.buiten");
		assertThat(fouten(List.of("2027-03-15"))).containsExactly("pulse.herinnering.fout.buiten");
		assertThat(fouten(List.of("2027-02-20"))).containsExactly("pulse.herinnering.fout.buiten");
	}

	@Test
	void teVeelDubbelOfGeenDatum() {
		assertThat(fouten(List.of("2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05")))
			.containsExactly("pulse.herinnering.fout.te-veel");
		assertThat(fouten(List.of("2027-03-02", "2027-03-02"))).containsExactly("pulse.herinnering.fout.dubbel");
		assertThat(fouten(List.of("3 maart", "2027-03-32"))).containsExactly("pulse.herinnering.fout.datum");
	}

	@Test
	void opslagTekstHeenEnTerug() {
		List<LocalDate> data = List.of(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 2));
		assertThat(Herinneringsdata.lees(Herinneringsdata.tekst(data))).containsExactly(LocalDate.of(2027, 3, 2),
				LocalDate.of(2027, 3, 8));
		assertThat(Herinneringsdata.lees("")).isEmpty();
	}

	@Test
	void deUitnodigingNoemtAlleenDeHerinneringenDieNogKomen() {
		List<LocalDate> data = List.of(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 12));
		assertThat(Herinneringsdata.aankondiging(data, LocalDate.of(2027, 3, 1))).contains("Op 2 maart, 8 maart en 12 maart",
				"geen link", "bewaar deze e-mail");
		assertThat(Herinneringsdata.aankondiging(data, LocalDate.of(2027, 3, 8))).contains("Op 12 maart krijgt");
		assertThat(Herinneringsdata.aankondiging(data, LocalDate.of(2027, 3, 12))).isEmpty();
		assertThat(Herinneringsdata.aankondiging(List.of(), LocalDate.of(2027, 3, 1))).isEmpty();
	}

	private static List<String> fouten(List<String> invoer) {
		try {
			Herinneringsdata.controleer(invoer, OPENT, SLUIT);
		}
		catch (OngeldigeInvoer fout) {
			assertThat(fout.fouten()).allSatisfy(f -> assertThat(f.veld()).isEqualTo("herinneringen"));
			return fout.fouten().stream().map(OngeldigeInvoer.Veldfout::melding).toList();
		}
		assertThatThrownBy(() -> {
			throw new AssertionError("geen fout voor " + invoer);
		}).isNull();
		return List.of();
	}

}
