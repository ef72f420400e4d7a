// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.helder.aiact.Antwoord;
import nl.helder.aiact.Antwoord.Doel;
import nl.helder.aiact.Antwoord.Doorverwijzing;
import nl.helder.aiact.Antwoord.Soort;
import nl.helder.aiact.Beslisboom;
import nl.helder.aiact.Melding;
import nl.helder.aiact.Vraag;

/**
 * Checks every path a user can take through a tree whose ids all resolve.
 * <p>
 * A plain graph check is not enough: the official tree itself has the edges 2.9 → 2.11 → 2.9, guarded by conditions
 * on labels that the first visit adds, so no user ever goes round. Labels only grow along a path, so a user is in an
 * endless loop exactly when they can come back to the same question with the same labels. This check therefore walks
 * the states (question, labels gathered) from the first question, depth first, and reports:
 * <ul>
 * <li>a question no answer points to (unreachable in the graph);</li>
 * <li>a question that only conditions which never hold lead to (never reached);</li>
 * <li>a loop back to the same state (cycle);</li>
 * <li>an answer where, for some reachable labels, no redirect's condition holds (the user would be stuck).</li>
 * </ul>
 */
final class Padcontrole {

	/** Far above any real tree (the official one has a few hundred states); stops a hostile upload from hogging a core. */
	static final int MAX_TOESTANDEN = 200_000;

	private static final int MAX_MELDINGEN = 50;

	private final Beslisboom boom;

	private final List<Melding> meldingen = new ArrayList<>();

	private Padcontrole(Beslisboom boom) {
		this.boom = boom;
	}

	static List<Melding> controleer(Beslisboom boom) {
		Padcontrole controle = new Padcontrole(boom);
		controle.grafiek();
		if (controle.meldingen.isEmpty()) {
			controle.toestanden();
		}
		return controle.meldingen.size() > MAX_MELDINGEN ? controle.meldingen.subList(0, MAX_MELDINGEN)
				: controle.meldingen;
	}

	/** Reachability over all edges, conditions ignored. */
	private void grafiek() {
		Set<String> bereikt = new HashSet<>();
		Deque<String> werk = new ArrayDeque<>();
		werk.push(boom.eersteVraag().vraagId());
		while (!werk.isEmpty()) {
			String id = werk.pop();
			if (bereikt.add(id)) {
				boom.vraag(id).orElseThrow().antwoorden().forEach(a -> a.vervolg().stream()
					.map(Doorverwijzing::doel)
					.filter(d -> d.soort() == Soort.VRAAG)
					.forEach(d -> werk.push(d.id())));
			}
		}
		boom.vragen().stream()
			.filter(v -> !bereikt.contains(v.vraagId()))
			.forEach(v -> meldingen.add(Melding.van("aiact.boom.onbereikbaar", v.vraagId(), boom.eersteVraag().vraagId())));
	}

	private record Toestand(String vraagId, Set<String> labels) {
	}

	/** One state on the depth-first stack, with the answers still to try. */
	private static final class Bezoek {

		final Toestand toestand;

		final Vraag vraag;

		int volgendAntwoord;

		Bezoek(Toestand toestand, Vraag vraag) {
			this.toestand = toestand;
			this.vraag = vraag;
		}

	}

	private void toestanden() {
		Set<Toestand> klaar = new HashSet<>();
		Map<Toestand, Integer> opStapel = new HashMap<>();
		Set<String> bereikt = new HashSet<>();
		Set<String> gemeld = new HashSet<>();
		Deque<Bezoek> stapel = new ArrayDeque<>();
		Toestand begin = new Toestand(boom.eersteVraag().vraagId(), Set.of());
		stapel.push(new Bezoek(begin, boom.eersteVraag()));
		opStapel.put(begin, 0);
		while (!stapel.isEmpty()) {
			Bezoek bezoek = stapel.peek();
			bereikt.add(bezoek.vraag.vraagId());
			if (bezoek.volgendAntwoord == bezoek.vraag.antwoorden().size()) {
				stapel.pop();
				opStapel.remove(bezoek.toestand);
				klaar.add(bezoek.toestand);
				continue;
			}
			int index = bezoek.volgendAntwoord++;
			Antwoord antwoord = bezoek.vraag.antwoorden().get(index);
			Set<String> labels = new TreeSet<>(bezoek.toestand.labels());
			labels.addAll(antwoord.labels());
			Doel doel = Beslisboom.volgende(antwoord, labels).orElse(null);
			if (doel == null) {
				if (gemeld.add("vast " + bezoek.vraag.vraagId() + " " + index)) {
					meldingen.add(Melding.van("aiact.boom.vast", plaats(bezoek.vraag, index), opsomming(labels),
							pad(stapel)));
				}
				continue;
			}
			if (doel.soort() == Soort.CONCLUSIE) {
				continue;
			}
			Toestand volgende = new Toestand(doel.id(), Set.copyOf(labels));
			if (opStapel.containsKey(volgende)) {
				String kring = kring(stapel, volgende);
				if (gemeld.add("kring " + kring)) {
					meldingen.add(Melding.van("aiact.boom.kringloop", kring, doel.id()));
				}
				continue;
			}
			if (klaar.contains(volgende)) {
				continue;
			}
			if (klaar.size() + opStapel.size() >= MAX_TOESTANDEN) {
				meldingen.add(Melding.van("aiact.boom.te-groot", String.valueOf(MAX_TOESTANDEN)));
				return;
			}
			opStapel.put(volgende, stapel.size());
			stapel.push(new Bezoek(volgende, boom.vraag(doel.id()).orElseThrow()));
		}
		boom.vragen().stream()
			.filter(v -> !bereikt.contains(v.vraagId()))
			.forEach(v -> meldingen.add(Melding.van("aiact.boom.nooit-bereikt", v.vraagId())));
	}

	private static Melding plaats(Vraag vraag, int index) {
		return Melding.van("aiact.plaats.antwoord", vraag.vraagId(), String.valueOf(index + 1),
				vraag.antwoorden().get(index).tekst());
	}

	private static String opsomming(Set<String> labels) {
		return labels.isEmpty() ? "-" : labels.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(", "));
	}

	/** The questions from the first to the current one, as a user would have answered them. */
	private static String pad(Deque<Bezoek> stapel) {
		List<String> ids = new ArrayList<>();
		for (Iterator<Bezoek> i = stapel.descendingIterator(); i.hasNext();) {
			ids.add(i.next().vraag.vraagId());
		}
		return String.join(" → ", ids);
	}

	/** The questions of the loop: from the state that comes back to the current one, and back again. */
	private static String kring(Deque<Bezoek> stapel, Toestand terug) {
		List<String> ids = new ArrayList<>();
		boolean binnen = false;
		for (Iterator<Bezoek> i = stapel.descendingIterator(); i.hasNext();) {
			Bezoek bezoek = i.next();
			binnen |= bezoek.toestand.equals(terug);
			if (binnen) {
				ids.add(bezoek.vraag.vraagId());
			}
		}
		ids.add(terug.vraagId());
		return String.join(" → ", ids);
	}

}
