// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One condition of a rule: a fact about an employee (or about a toepassing they work with) must have this value,
 * such as {@code functiegroep = Leidinggevende} or {@code hoog-risico = ja}.
 */
public record Voorwaarde(String feit, String waarde) {

	/** The facts a rule may test; the evaluator knows nothing else about them. */
	public enum Feit {

		FUNCTIEGROEP("functiegroep", false), TEAM("team", false), TOEPASSING("toepassing", true),
		TOEPASSINGSROL("toepassingsrol", true), HOOG_RISICO("hoog-risico", true), GENERATIEF("generatief", true);

		private final String naam;

		private final boolean perToepassing;

		Feit(String naam, boolean perToepassing) {
			this.naam = naam;
			this.perToepassing = perToepassing;
		}

		public String naam() {
			return naam;
		}

		/** A fact about one toepassing an employee works with, rather than about the employee. */
		public boolean perToepassing() {
			return perToepassing;
		}

		public static Optional<Feit> van(String naam) {
			return Arrays.stream(values()).filter(f -> f.naam.equalsIgnoreCase(naam == null ? "" : naam.strip())).findFirst();
		}

	}

	public Voorwaarde {
		feit = feit == null ? "" : feit.strip().toLowerCase(Locale.ROOT);
		waarde = waarde == null ? "" : waarde.strip();
	}

}
