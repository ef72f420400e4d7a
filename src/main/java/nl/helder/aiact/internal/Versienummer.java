// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

/** Compares version numbers such as 1.0.0, 1.0.10 and 2026.1 part by part, numbers as numbers. */
final class Versienummer {

	private Versienummer() {
	}

	static int vergelijk(String a, String b) {
		String[] delenA = a.split("[.-]");
		String[] delenB = b.split("[.-]");
		for (int i = 0; i < Math.max(delenA.length, delenB.length); i++) {
			String x = i < delenA.length ? delenA[i] : "0";
			String y = i < delenB.length ? delenB[i] : "0";
			int uitkomst = x.matches("\\d{1,9}") && y.matches("\\d{1,9}")
					? Integer.compare(Integer.parseInt(x), Integer.parseInt(y)) : x.compareTo(y);
			if (uitkomst != 0) {
				return uitkomst;
			}
		}
		return 0;
	}

}
