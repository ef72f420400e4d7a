// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.util.List;
import java.util.Map;

/**
 * What a form or an API client sends, as text: the service checks every field and answers with Dutch messages per
 * field, so a wrong date or number never becomes a parse error without a field.
 */
public final class Invoer {

	private Invoer() {
	}

	public record Score(String score, String toelichting) {
	}

	public record Intake(String titel, String probleem, String probleemhouder, String huidigProces, String waaromAi,
			String alternatieven, Map<String, Score> scores, String uitkomst, String redenen, Long revisie) {
	}

	public record Plan(String leerdoelen, List<String> teams, String aantalDeelnemers, String startdatum,
			String einddatum, List<String> kpis, String vervolgmetingOp, String orSoort, String orDatum,
			String orUitkomst, String medewerkersGeinformeerdOp, Long revisie) {
	}

	public record Besluit(String besluit, String redenen, String lessen, Boolean lessenDeelbaar, Long revisie) {
	}

	public record Waarneming(String kpi, String moment, String datum, String waarde) {
	}

}
