// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A checked measurement: a known KPI, a moment (0 = baseline), a date and a value in range. Values are compared
 * without trailing zeros, so 12.5 and 12.50 are the same measurement.
 */
public record Meting(String kpi, int moment, LocalDate datum, BigDecimal waarde) {

	public Meting {
		waarde = waarde.stripTrailingZeros();
	}

	public static String momentNaam(int moment) {
		return moment == 0 ? "nulmeting" : "vervolg-" + moment;
	}

}
