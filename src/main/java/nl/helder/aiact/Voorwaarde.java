// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.Set;
import java.util.stream.Stream;

/**
 * A parsed condition of a redirect, such as {@code "aanbieder" in labels && !("importeur" in labels)}. Parsed once
 * when the tree is loaded; evaluating is a walk over this small tree of records.
 */
public sealed interface Voorwaarde {

	boolean geldt(Set<String> labels);

	/** Every label the condition asks about, to find typing errors on load. */
	Stream<String> genoemdeLabels();

	/** {@code "x" in labels}. */
	record Bevat(String label) implements Voorwaarde {

		@Override
		public boolean geldt(Set<String> labels) {
			return labels.contains(label);
		}

		@Override
		public Stream<String> genoemdeLabels() {
			return Stream.of(label);
		}

	}

	record Niet(Voorwaarde deel) implements Voorwaarde {

		@Override
		public boolean geldt(Set<String> labels) {
			return !deel.geldt(labels);
		}

		@Override
		public Stream<String> genoemdeLabels() {
			return deel.genoemdeLabels();
		}

	}

	record En(Voorwaarde links, Voorwaarde rechts) implements Voorwaarde {

		@Override
		public boolean geldt(Set<String> labels) {
			return links.geldt(labels) && rechts.geldt(labels);
		}

		@Override
		public Stream<String> genoemdeLabels() {
			return Stream.concat(links.genoemdeLabels(), rechts.genoemdeLabels());
		}

	}

	record Of(Voorwaarde links, Voorwaarde rechts) implements Voorwaarde {

		@Override
		public boolean geldt(Set<String> labels) {
			return links.geldt(labels) || rechts.geldt(labels);
		}

		@Override
		public Stream<String> genoemdeLabels() {
			return Stream.concat(links.genoemdeLabels(), rechts.genoemdeLabels());
		}

	}

	/** {@code true} or {@code false}; also what a direct nextQuestionId amounts to (always). */
	record Vast(boolean waarde) implements Voorwaarde {

		@Override
		public boolean geldt(Set<String> labels) {
			return waarde;
		}

		@Override
		public Stream<String> genoemdeLabels() {
			return Stream.empty();
		}

	}

}
