// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact linear algebra over the rationals, written apart from the suppression engine: can a vector (a group of
 * respondents) be written as a sum of published cells with rational weights? Rows are kept as integers; elimination
 * multiplies instead of divides and removes common factors, which is exact.
 */
final class Afleidbaarheid {

	private final int kolommen;

	/** Echelon rows, each with its pivot column, in increasing pivot order. */
	private final List<BigInteger[]> basis = new ArrayList<>();

	private final List<Integer> spil = new ArrayList<>();

	Afleidbaarheid(int kolommen, List<int[]> gepubliceerd) {
		this.kolommen = kolommen;
		for (int[] rij : gepubliceerd) {
			voegToe(rij);
		}
	}

	private void voegToe(int[] rij) {
		BigInteger[] rest = herleid(rij);
		int p = eersteNietNul(rest);
		if (p < 0) {
			return;
		}
		int plek = 0;
		while (plek < spil.size() && spil.get(plek) < p) {
			plek++;
		}
		// Keep the basis fully reduced in the new pivot column, so later reductions stay in increasing pivot order.
		for (int i = 0; i < basis.size(); i++) {
			BigInteger[] b = basis.get(i);
			if (b[p].signum() != 0) {
				basis.set(i, normaliseer(combineer(b, rest, p)));
			}
		}
		basis.add(plek, normaliseer(rest));
		spil.add(plek, p);
	}

	/** True when the vector is a rational combination of the published rows. */
	boolean afleidbaar(int[] doel) {
		return eersteNietNul(herleid(doel)) < 0;
	}

	int rang() {
		return basis.size();
	}

	private BigInteger[] herleid(int[] rij) {
		if (rij.length != kolommen) {
			throw new IllegalArgumentException("lengte");
		}
		BigInteger[] v = new BigInteger[kolommen];
		for (int i = 0; i < kolommen; i++) {
			v[i] = BigInteger.valueOf(rij[i]);
		}
		for (int i = 0; i < basis.size(); i++) {
			int p = spil.get(i);
			if (v[p].signum() != 0) {
				v = normaliseer(combineer(v, basis.get(i), p));
			}
		}
		return v;
	}

	/** a * b[p] - b * a[p]: zero in column p. */
	private static BigInteger[] combineer(BigInteger[] a, BigInteger[] b, int p) {
		BigInteger fa = b[p];
		BigInteger fb = a[p];
		BigInteger[] uit = new BigInteger[a.length];
		for (int i = 0; i < a.length; i++) {
			uit[i] = a[i].multiply(fa).subtract(b[i].multiply(fb));
		}
		return uit;
	}

	private static BigInteger[] normaliseer(BigInteger[] v) {
		BigInteger g = BigInteger.ZERO;
		for (BigInteger x : v) {
			g = g.gcd(x);
		}
		if (g.signum() == 0 || g.equals(BigInteger.ONE)) {
			return v;
		}
		BigInteger[] uit = new BigInteger[v.length];
		for (int i = 0; i < v.length; i++) {
			uit[i] = v[i].divide(g);
		}
		return uit;
	}

	private static int eersteNietNul(BigInteger[] v) {
		for (int i = 0; i < v.length; i++) {
			if (v[i].signum() != 0) {
				return i;
			}
		}
		return -1;
	}

}
