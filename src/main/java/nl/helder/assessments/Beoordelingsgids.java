// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import nl.helder.assessments.internal.BeoordelingDienst;

/** What other modules may ask about a toepassing's assessments (pre-scan, DPIA, IAMA, FRIA, ethics check, reviews). */
@Service
public class Beoordelingsgids {

	private final BeoordelingDienst dienst;

	Beoordelingsgids(BeoordelingDienst dienst) {
		this.dienst = dienst;
	}

	/**
	 * One assessment in its latest version.
	 * @param vragenlijstId the questionnaire, such as {@code prescan}, {@code dpia}, {@code iama}
	 * @param niveau {@code verplicht} or {@code aangeraden} when a pre-scan asked for it, else empty
	 */
	public record Stand(UUID id, String vragenlijstId, String vragenlijstTitel, int versie, Beoordelingsstatus status,
			String niveau, Instant goedgekeurdOp) {

		public boolean afgerond() {
			return status == Beoordelingsstatus.GOEDGEKEURD;
		}

	}

	/** The latest version of each assessment of a toepassing, oldest first. */
	public List<Stand> vanToepassing(String organisatieCode, UUID toepassingId) {
		var alle = dienst.lijst(organisatieCode, toepassingId);
		return alle.stream()
			.filter(b -> alle.stream().noneMatch(ander -> ander.reeksId().equals(b.reeksId()) && ander.versie() > b.versie()))
			.map(b -> new Stand(b.id(), b.vragenlijstId(), dienst.vragenlijst(b).titel(), b.versie(), b.status(),
					b.aanleiding() == null ? null : (String) b.aanleiding().get("niveau"), b.goedgekeurdOp()))
			.toList();
	}

}
