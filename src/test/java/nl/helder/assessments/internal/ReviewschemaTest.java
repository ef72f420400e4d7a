// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.helder.assessments.internal.Reviewschema.Herinnering;
import nl.helder.assessments.internal.Reviewschema.Status;
import nl.helder.register.InterneGegevens.Levensfase;

/** The rules of the review schedule, without Spring: cadence, next due date, status and reminder stage. */
class ReviewschemaTest {

	private static final ReviewInstellingen STANDAARD = ReviewInstellingen.standaard();

	private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 22);

	@Test
	void hetRitmeKomtUitDeFaseTenzijDeGemeenteEenEigenRitmeKoos() {
		assertThat(Reviewschema.dagen(Levensfase.PILOT, null, STANDAARD)).isEqualTo(14);
		assertThat(Reviewschema.dagen(Levensfase.IN_GEBRUIK, null, STANDAARD)).isEqualTo(365);
		assertThat(Reviewschema.dagen(Levensfase.IDEE, null, STANDAARD)).isNull();
		assertThat(Reviewschema.dagen(Levensfase.UITGEFASEERD, null, STANDAARD)).isNull();
		assertThat(Reviewschema.dagen(null, null, STANDAARD)).isNull();
		assertThat(Reviewschema.dagen(Levensfase.PILOT, 30, STANDAARD)).isEqualTo(30);
		assertThat(Reviewschema.dagen(Levensfase.VERKENNING, 60, STANDAARD)).isEqualTo(60);
	}

	@Test
	void deVolgendeDatumTeltVanafDeLaatsteReviewOfAndersVanafDeRegistratie() {
		LocalDate geregistreerd = LocalDate.of(2026, 1, 10);
		assertThat(Reviewschema.volgende(null, geregistreerd, 14)).isEqualTo(LocalDate.of(2026, 1, 24));
		assertThat(Reviewschema.volgende(LocalDate.of(2026, 3, 1), geregistreerd, 14)).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(Reviewschema.volgende(LocalDate.of(2026, 3, 1), geregistreerd, null)).isNull();
	}

	@Test
	void deStandRondDeDatum() {
		assertThat(Reviewschema.status(VANDAAG.plusDays(8), VANDAAG, 7)).isEqualTo(Status.OP_SCHEMA);
		assertThat(Reviewschema.status(VANDAAG.plusDays(7), VANDAAG, 7)).isEqualTo(Status.BINNENKORT);
		assertThat(Reviewschema.status(VANDAAG.plusDays(1), VANDAAG, 7)).isEqualTo(Status.BINNENKORT);
		assertThat(Reviewschema.status(VANDAAG, VANDAAG, 7)).isEqualTo(Status.VANDAAG);
		assertThat(Reviewschema.status(VANDAAG.minusDays(1), VANDAAG, 7)).isEqualTo(Status.TE_LAAT);
	}

	@Test
	void elkeHerinneringHeeftZijnEigenMoment() {
		assertThat(Reviewschema.herinnering(VANDAAG.plusDays(8), VANDAAG, STANDAARD)).isEmpty();
		assertThat(Reviewschema.herinnering(VANDAAG.plusDays(7), VANDAAG, STANDAARD)).contains(Herinnering.VOORAF);
		assertThat(Reviewschema.herinnering(VANDAAG.plusDays(1), VANDAAG, STANDAARD)).contains(Herinnering.VOORAF);
		assertThat(Reviewschema.herinnering(VANDAAG, VANDAAG, STANDAARD)).contains(Herinnering.VANDAAG);
		assertThat(Reviewschema.herinnering(VANDAAG.minusDays(1), VANDAAG, STANDAARD)).contains(Herinnering.TE_LAAT);
		assertThat(Reviewschema.herinnering(VANDAAG.minusDays(13), VANDAAG, STANDAARD)).contains(Herinnering.TE_LAAT);
		assertThat(Reviewschema.herinnering(VANDAAG.minusDays(14), VANDAAG, STANDAARD)).contains(Herinnering.ESCALATIE);
		assertThat(Reviewschema.herinnering(VANDAAG.minusDays(400), VANDAAG, STANDAARD)).contains(Herinnering.ESCALATIE);
		assertThat(Reviewschema.herinnering(null, VANDAAG, STANDAARD)).isEqualTo(Optional.empty());
	}

	@Test
	void eenStandZonderRitmeHeeftGeenReview() {
		UUID id = UUID.randomUUID();
		var geen = Reviewschema.stand(id, "Idee", Levensfase.IDEE, null, null, VANDAAG, VANDAAG, STANDAARD);
		assertThat(geen.heeftReview()).isFalse();
		assertThat(geen.volgende()).isNull();

		var teLaat = Reviewschema.stand(id, "Pilot", Levensfase.PILOT, null, null, VANDAAG.minusDays(20), VANDAAG,
				STANDAARD);
		assertThat(teLaat.volgende()).isEqualTo(VANDAAG.minusDays(6));
		assertThat(teLaat.isTeLaat()).isTrue();
		assertThat(teLaat.dagenTeLaat()).isEqualTo(6);
		assertThat(teLaat.eigenRitme()).isFalse();

		var eigen = Reviewschema.stand(id, "Pilot", Levensfase.PILOT, 30, VANDAAG.minusDays(20), VANDAAG.minusDays(90),
				VANDAAG, STANDAARD);
		assertThat(eigen.volgende()).isEqualTo(VANDAAG.plusDays(10));
		assertThat(eigen.status()).isEqualTo(Status.OP_SCHEMA);
		assertThat(eigen.eigenRitme()).isTrue();
	}

}
