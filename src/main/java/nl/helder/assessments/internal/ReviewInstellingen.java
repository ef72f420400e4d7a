// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.helder.register.InterneGegevens.Levensfase;
import nl.helder.shared.Rol;

/**
 * The settings of periodic reviews (helder.reviews in application.yml): the default cadence per phase, the bounds
 * of a municipality's own cadence, when reminders go out and to whom.
 *
 * @param standaardDagen days between reviews per phase; a phase that is not listed has no periodic review
 * @param herinnerDagenVooraf the first reminder goes out this many days before the due date
 * @param escalatieNaDagen overdue by this many days: the escalation roles are mailed as well
 * @param herinneringRollen who gets the reminders (role codes)
 * @param escalatieRollen who is added at escalation, and who gets reminders when nobody holds a reminder role
 */
@ConfigurationProperties("helder.reviews")
public record ReviewInstellingen(Map<Levensfase, Integer> standaardDagen, int minimumDagen, int maximumDagen,
		int herinnerDagenVooraf, int escalatieNaDagen, Duration controleInterval, List<String> herinneringRollen,
		List<String> escalatieRollen) {

	public ReviewInstellingen {
		standaardDagen = standaardDagen == null || standaardDagen.isEmpty() ? new EnumMap<>(Levensfase.class)
				: new EnumMap<>(standaardDagen);
		minimumDagen = minimumDagen <= 0 ? 7 : minimumDagen;
		maximumDagen = maximumDagen <= 0 ? 730 : maximumDagen;
		herinnerDagenVooraf = Math.max(0, herinnerDagenVooraf);
		escalatieNaDagen = escalatieNaDagen <= 0 ? 14 : escalatieNaDagen;
		controleInterval = controleInterval == null ? Duration.ofHours(1) : controleInterval;
		herinneringRollen = herinneringRollen == null ? List.of(Rol.AICO.code()) : List.copyOf(herinneringRollen);
		escalatieRollen = escalatieRollen == null ? List.of(Rol.AI_COORDINATOR.code()) : List.copyOf(escalatieRollen);
		if (minimumDagen > maximumDagen) {
			throw new IllegalArgumentException("helder.reviews: minimum-dagen is groter dan maximum-dagen");
		}
	}

	/** The settings Helder ships with; the same values as application.yml, for tests without Spring. */
	public static ReviewInstellingen standaard() {
		return new ReviewInstellingen(Map.of(Levensfase.PILOT, 14, Levensfase.IN_GEBRUIK, 365), 7, 730, 7, 14,
				Duration.ofHours(1), null, null);
	}

	Set<Rol> herinneringsrollen() {
		return rollen(herinneringRollen);
	}

	Set<Rol> escalatierollen() {
		return rollen(escalatieRollen);
	}

	private static Set<Rol> rollen(List<String> codes) {
		return codes.stream()
			.map(c -> Rol.vanCode(c)
				.orElseThrow(() -> new IllegalArgumentException("helder.reviews: onbekende rol '" + c + "'")))
			.collect(Collectors.toUnmodifiableSet());
	}

}
