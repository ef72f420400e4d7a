// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.util.Arrays;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The change of a KPI from the baseline to a follow-up, with its uncertainty: the difference of the means and a 95%
 * Welch t-interval, which does not assume both moments vary alike. Below {@link #MINIMUM} observations on either side
 * the interval says too little, so it is left out and the page says so instead of showing a bare number.
 */
public final class Statistiek {

	public static final int MINIMUM = 5;

	private Statistiek() {
	}

	/**
	 * @param verschil follow-up mean minus baseline mean
	 * @param ondergrens lower end of the 95% interval; null when there are too few observations
	 * @param genoeg whether both sides have at least {@link #MINIMUM} observations
	 */
	public record Verschil(int nBasis, int nVervolg, Double gemiddeldeBasis, Double gemiddeldeVervolg, Double verschil,
			Double ondergrens, Double bovengrens, Double vrijheidsgraden, boolean genoeg) {

		/** The interval lies wholly above or below zero: the change is more than chance at this level. */
		public boolean zeker() {
			return genoeg && ondergrens != null && (ondergrens > 0 || bovengrens < 0);
		}

	}

	public static Verschil welch(double[] basis, double[] vervolg) {
		int n1 = basis.length;
		int n2 = vervolg.length;
		Double m1 = n1 == 0 ? null : gemiddelde(basis);
		Double m2 = n2 == 0 ? null : gemiddelde(vervolg);
		Double verschil = m1 == null || m2 == null ? null : m2 - m1;
		if (n1 < MINIMUM || n2 < MINIMUM) {
			return new Verschil(n1, n2, m1, m2, verschil, null, null, null, false);
		}
		double a = variantie(basis, m1) / n1;
		double b = variantie(vervolg, m2) / n2;
		double se = Math.sqrt(a + b);
		if (se == 0) {
			// No spread at all: the difference is exact; the degrees of freedom of the pooled case stand in.
			return new Verschil(n1, n2, m1, m2, verschil, verschil, verschil, (double) (n1 + n2 - 2), true);
		}
		double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
		double t = new TDistribution(null, df).inverseCumulativeProbability(0.975);
		return new Verschil(n1, n2, m1, m2, verschil, verschil - t * se, verschil + t * se, df, true);
	}

	static double gemiddelde(double[] x) {
		return Arrays.stream(x).sum() / x.length;
	}

	/** The sample variance (n - 1 in the denominator). */
	static double variantie(double[] x, double gemiddelde) {
		double som = 0;
		for (double waarde : x) {
			som += (waarde - gemiddelde) * (waarde - gemiddelde);
		}
		return som / (x.length - 1);
	}

}
