// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.helder.aiact.Antwoord.Doel;
import nl.helder.aiact.Antwoord.Doorverwijzing;

/**
 * A checked decision tree, immutable. Only the reader in this module makes one, after it has checked every id,
 * condition and path, so evaluation here can trust the structure and only has to check the caller's answers.
 * <p>
 * Semantics, as in the official beslishulp: start at the first question; an answer adds its labels to those gathered
 * so far; then its step is followed, or of its redirects the first whose condition holds over all gathered labels.
 */
public final class Beslisboom {

	private final String naam;

	private final String versie;

	private final LocalDate geldigVanaf;

	private final List<Vraag> vragen;

	private final List<Conclusie> conclusies;

	private final Map<String, Vraag> vraagOpId = new LinkedHashMap<>();

	private final Map<String, Conclusie> conclusieOpId = new LinkedHashMap<>();

	public Beslisboom(String naam, String versie, LocalDate geldigVanaf, List<Vraag> vragen,
			List<Conclusie> conclusies) {
		if (vragen.isEmpty()) {
			throw new IllegalArgumentException("Een beslisboom heeft minstens één vraag");
		}
		this.naam = naam;
		this.versie = versie;
		this.geldigVanaf = geldigVanaf;
		this.vragen = List.copyOf(vragen);
		this.conclusies = List.copyOf(conclusies);
		this.vragen.forEach(v -> vraagOpId.put(v.vraagId(), v));
		this.conclusies.forEach(c -> conclusieOpId.put(c.conclusieId(), c));
	}

	public String naam() {
		return naam;
	}

	public String versie() {
		return versie;
	}

	/** From when this version of the tree is meant to be used; may be unknown for an uploaded tree. */
	public Optional<LocalDate> geldigVanaf() {
		return Optional.ofNullable(geldigVanaf);
	}

	public List<Vraag> vragen() {
		return vragen;
	}

	public List<Conclusie> conclusies() {
		return conclusies;
	}

	public Vraag eersteVraag() {
		return vragen.get(0);
	}

	public Optional<Vraag> vraag(String vraagId) {
		return Optional.ofNullable(vraagOpId.get(vraagId));
	}

	public Optional<Conclusie> conclusie(String conclusieId) {
		return Optional.ofNullable(conclusieOpId.get(conclusieId));
	}

	/** The start of every evaluation: the first question, no labels. */
	public Stand start() {
		return new Stand(Stand.Status.VRAAG, eersteVraag().vraagId(), null, List.of(), List.of());
	}

	/**
	 * Follows the answers from the first question. Stops at the question that still needs an answer, or at a
	 * conclusion.
	 *
	 * @throws OngeldigeKeuze for the first step that does not fit (1-based), naming it
	 */
	public Stand volg(List<Keuze> keuzes) {
		Stand stand = start();
		for (int i = 0; i < keuzes.size(); i++) {
			stand = stap(stand, keuzes.get(i), i + 1);
		}
		return stand;
	}

	/** One step further from {@code stand}, for a wizard that keeps the stand between requests. */
	public Stand beantwoord(Stand stand, Keuze keuze) {
		return stap(stand, keuze, stand.pad().size() + 1);
	}

	private Stand stap(Stand stand, Keuze keuze, int nummer) {
		if (stand.klaar()) {
			throw new OngeldigeKeuze(nummer,
					Melding.van("aiact.evaluatie.al-klaar", nummer, stand.conclusieId(), nummer - 1));
		}
		Vraag vraag = vraagOpId.get(stand.vraagId());
		if (keuze == null || keuze.vraagId() == null || keuze.vraagId().isBlank()) {
			throw new OngeldigeKeuze(nummer, Melding.van("aiact.evaluatie.vraag-ontbreekt", nummer, vraag.vraagId()));
		}
		if (!keuze.vraagId().trim().equals(vraag.vraagId())) {
			throw new OngeldigeKeuze(nummer,
					Melding.van("aiact.evaluatie.andere-vraag", nummer, vraag.vraagId(), keuze.vraagId()));
		}
		Antwoord antwoord = kiesAntwoord(vraag, keuze, nummer);
		Set<String> labels = new LinkedHashSet<>(stand.labels());
		labels.addAll(antwoord.labels());
		List<String> pad = new ArrayList<>(stand.pad());
		pad.add(vraag.vraagId());
		Doel doel = volgende(antwoord, labels)
			.orElseThrow(() -> new IllegalStateException("Geen vervolg bij vraag " + vraag.vraagId() + ", antwoord "
					+ antwoord.tekst() + " met labels " + labels + ": de controle bij het laden had dit moeten vinden"));
		return doel.soort() == Antwoord.Soort.VRAAG
				? new Stand(Stand.Status.VRAAG, doel.id(), null, List.copyOf(labels), pad)
				: new Stand(Stand.Status.CONCLUSIE, null, doel.id(), List.copyOf(labels), pad);
	}

	/** Where an answer leads with these labels (its own already added); empty when no redirect applies. */
	public static Optional<Doel> volgende(Antwoord antwoord, Set<String> labels) {
		for (Doorverwijzing verwijzing : antwoord.vervolg()) {
			if (verwijzing.voorwaarde().geldt(labels)) {
				return Optional.of(verwijzing.doel());
			}
		}
		return Optional.empty();
	}

	private static Antwoord kiesAntwoord(Vraag vraag, Keuze keuze, int nummer) {
		List<Antwoord> antwoorden = vraag.antwoorden();
		if ((keuze.antwoord() == null) == (keuze.antwoordIndex() == null)) {
			throw new OngeldigeKeuze(nummer, Melding.van("aiact.evaluatie.antwoord-of-index", nummer, vraag.vraagId()));
		}
		if (keuze.antwoordIndex() != null) {
			int index = keuze.antwoordIndex();
			if (index < 0 || index >= antwoorden.size()) {
				throw new OngeldigeKeuze(nummer, Melding.van("aiact.evaluatie.index", nummer, String.valueOf(index),
						vraag.vraagId(), String.valueOf(antwoorden.size() - 1)));
			}
			return antwoorden.get(index);
		}
		String gezocht = keuze.antwoord().trim();
		return antwoorden.stream()
			.filter(a -> a.tekst().equals(gezocht))
			.findFirst()
			.orElseThrow(() -> new OngeldigeKeuze(nummer, Melding.van("aiact.evaluatie.antwoord-onbekend", nummer,
					gezocht, vraag.vraagId(),
					antwoorden.stream().map(a -> "\"" + a.tekst() + "\"").collect(Collectors.joining(", ")))));
	}

}
