// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How complete a description is, with the quality weights of the register's own editor: the share of the total
 * weight that is filled in, and what is still missing, heaviest first.
 */
public record Volledigheid(int score, List<String> ontbrekend) {

	public static Volledigheid van(Map<String, Object> standaard, List<Veld> velden) {
		int totaal = 0;
		int ingevuld = 0;
		List<Veld> leeg = new java.util.ArrayList<>();
		for (Veld veld : velden) {
			if (veld.gewicht() <= 0) {
				continue;
			}
			totaal += veld.gewicht();
			if (Veldcontrole.isLeeg(standaard.get(veld.sleutel()))) {
				leeg.add(veld);
			}
			else {
				ingevuld += veld.gewicht();
			}
		}
		leeg.sort(Comparator.comparingInt(Veld::gewicht).reversed());
		int score = totaal == 0 ? 100 : Math.round(100f * ingevuld / totaal);
		return new Volledigheid(score, leeg.stream().map(Veld::label).toList());
	}

}
