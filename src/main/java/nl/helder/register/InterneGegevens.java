// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a municipality needs to know about a toepassing and the public does not see: who owns it, where it comes
 * from, what kind it is, its phase, and the tool policy (may staff use it, under which conditions, with which data).
 */
public record InterneGegevens(String eigenaar, String verantwoordelijke, UUID afdelingId, List<UUID> teamIds,
		String leverancier, String product, Herkomst herkomst, String land, Soort soort, Levensfase levensfase,
		Toolbeleid toolbeleid, String voorwaarden, List<Dataclassificatie> dataclassificaties, LocalDate reviewdatum,
		List<UUID> gekoppeld) {

	public InterneGegevens {
		teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
		dataclassificaties = dataclassificaties == null ? List.of() : List.copyOf(dataclassificaties);
		gekoppeld = gekoppeld == null ? List.of() : List.copyOf(gekoppeld);
	}

	public static InterneGegevens leeg() {
		return new InterneGegevens(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	public enum Herkomst {
		EU, NIET_EU, ONBEKEND
	}

	public enum Soort {
		GENERATIEF, INGEBED, ZELF_ONTWIKKELD, REGELGEBASEERD, ANDERS
	}

	/** The phase of a toepassing; the standard knows only three statuses, see {@link #standaardStatus()}. */
	public enum Levensfase {

		IDEE("In ontwikkeling"), VERKENNING("In ontwikkeling"), PILOT("In ontwikkeling"), IN_GEBRUIK("In gebruik"),
		UITGEFASEERD("Buiten gebruik");

		private final String standaardStatus;

		Levensfase(String standaardStatus) {
			this.standaardStatus = standaardStatus;
		}

		/** The status value of the publication standard that belongs to this phase. */
		public String standaardStatus() {
			return standaardStatus;
		}

	}

	public enum Toolbeleid {
		TOEGESTAAN, ONDER_VOORWAARDEN, NIET_TOEGESTAAN, IN_BEOORDELING
	}

	public enum Dataclassificatie {
		OPENBAAR, INTERN, VERTROUWELIJK, PERSOONSGEGEVENS, BIJZONDERE_PERSOONSGEGEVENS
	}

}
