// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

/** An answer that does not fit the step it was given at (1-based {@code stap}); nothing is evaluated further. */
public class OngeldigeKeuze extends RuntimeException {

	private final int stap;

	private final transient Melding melding;

	public OngeldigeKeuze(int stap, Melding melding) {
		super(melding.sleutel() + " (stap " + stap + ")");
		this.stap = stap;
		this.melding = melding;
	}

	public int stap() {
		return stap;
	}

	public Melding melding() {
		return melding;
	}

}
