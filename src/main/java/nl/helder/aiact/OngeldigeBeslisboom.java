// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.List;

/** A tree that cannot be used, with every finding (not only the first), so its author can fix them in one go. */
public class OngeldigeBeslisboom extends RuntimeException {

	private final transient List<Melding> meldingen;

	public OngeldigeBeslisboom(List<Melding> meldingen) {
		super(meldingen.isEmpty() ? "Ongeldige beslisboom" : meldingen.get(0).sleutel());
		this.meldingen = List.copyOf(meldingen);
	}

	public List<Melding> meldingen() {
		return meldingen;
	}

}
