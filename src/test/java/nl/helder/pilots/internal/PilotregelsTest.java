// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.helder.pilots.Besluit;
import nl.helder.pilots.Intakeuitkomst;
import nl.helder.pilots.Pilotfase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state rules of a pilot, without Spring: the phase only moves forward, and each step needs its phase. */
class PilotregelsTest {

	private static final Instant NU = Instant.parse("2026-11-22T10:00:00Z");

	@Test
	void faseGaatAlleenVooruit() {
		Pilot pilot = new Pilot("GM9001", UUID.randomUUID(), "Proef", "Test", NU);
		assertThat(pilot.fase()).isEqualTo(Pilotfase.INTAKE);
		assertThat(pilot.neemtMetingenAan()).isFalse();
		assertThatThrownBy(() -> pilot.bewaarPlan(plan(), "Test", NU)).isInstanceOf(Toestandsfout.class)
			.hasMessage("pilot.regel.plan-fase");
		assertThatThrownBy(() -> pilot.start("Test", NU)).hasMessage("pilot.regel.start-fase");
		assertThatThrownBy(() -> besluit(pilot)).hasMessage("pilot.regel.besluit-fase");

		pilot.bewaarIntake(intake(Intakeuitkomst.NIET_NU), "Test", NU);
		assertThat(pilot.fase()).as("nu niet blijft in de intake").isEqualTo(Pilotfase.INTAKE);
		pilot.bewaarIntake(intake(Intakeuitkomst.PILOTEN), "Test", NU);
		assertThat(pilot.fase()).isEqualTo(Pilotfase.PLAN);
		assertThat(pilot.neemtMetingenAan()).as("een nulmeting vóór de start").isTrue();
		assertThatThrownBy(() -> pilot.bewaarIntake(intake(Intakeuitkomst.NEE), "Test", NU))
			.hasMessage("pilot.regel.intake-afgerond");
		assertThatThrownBy(() -> pilot.start("Test", NU)).as("zonder plan").hasMessage("pilot.regel.start-plan");

		pilot.bewaarPlan(plan(), "Test", NU);
		pilot.start("Test", NU);
		assertThat(pilot.fase()).isEqualTo(Pilotfase.LOPEND);
		assertThat(pilot.teams()).hasSize(1);
		assertThat(pilot.kpis()).containsExactly("minuten-per-taak", "kosten");
		pilot.bewaarPlan(plan(), "Test", NU);
		assertThatThrownBy(() -> pilot.start("Test", NU)).hasMessage("pilot.regel.start-fase");

		besluit(pilot);
		assertThat(pilot.fase()).isEqualTo(Pilotfase.BESLUIT);
		assertThat(pilot.neemtMetingenAan()).isFalse();
		assertThat(pilot.bewijs()).containsKey("kpis");
		assertThatThrownBy(() -> besluit(pilot)).as("één besluit").hasMessage("pilot.regel.besluit-fase");
		assertThatThrownBy(() -> pilot.bewaarPlan(plan(), "Test", NU)).hasMessage("pilot.regel.plan-fase");
	}

	private static void besluit(Pilot pilot) {
		pilot.besluit(Besluit.STOPPEN, "Te weinig gegevens", Map.of("kpis", List.of()), "Meer foto's nodig", true, "Test", NU);
	}

	private static Pilot.Intake intake(Intakeuitkomst uitkomst) {
		return new Pilot.Intake("Proef", "p", "h", "nu", "ai", "alt", "2026.1", Map.of(), uitkomst, "r");
	}

	private static Pilot.Plan plan() {
		return new Pilot.Plan("leren", List.of(UUID.randomUUID()), 5, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1),
				List.of("minuten-per-taak", "kosten"), null, null, null, null, null);
	}

}
