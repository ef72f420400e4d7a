// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * A recurring background job that a module contributes as a bean; the platform's cluster-safe scheduler runs it on
 * exactly one node per turn (ADR 0009). The work must be safe to run again after a crash: it records itself what it
 * has done.
 *
 * @param naam unique name, also the row in platform.scheduled_tasks
 * @param interval time between the end of one run and the start of the next
 * @param werk the job itself
 */
public record GeplandeTaak(String naam, Duration interval, Runnable werk) {

	public GeplandeTaak {
		Objects.requireNonNull(naam, "naam");
		Objects.requireNonNull(interval, "interval");
		Objects.requireNonNull(werk, "werk");
		if (naam.isBlank() || interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("Een geplande taak heeft een naam en een positief interval");
		}
	}

}
