// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.TeamInfo;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;

/**
 * The scores of one instrument's closed waves in time order: for the organisation and, for HR and the AI coordinator,
 * one chosen team or group; a team leader only their own team. Each wave is suppressed on its own (waves are separate
 * populations, ADR 0012): a point is shown only when that cell is published in its own wave's report, otherwise it is
 * a gap. So the trend reveals nothing that the waves' own pages do not show.
 */
@Service
public class Verloop {

	/** A choice for the second line: a team ({@code team:<id>}) or a group ({@code fg:<code>}, {@code tg:<code>}). */
	public record Keuze(String waarde, String naam, int diepte) {
	}

	/** One wave's point; {@code score} is null when the cell is hidden in that wave (a gap). */
	/** One wave's score; {@code gevraagd} is false when the wave's instrument version did not have the subscale. */
	public record Punt(Golf golf, Rapportage.Score score, boolean gevraagd) {

		public boolean isVerborgen() {
			return score == null;
		}

	}

	public record Reeks(Instrument.Subschaal subschaal, List<Punt> organisatie, List<Punt> gekozen) {
	}

	/**
	 * What the caller may see. {@code gekozen} is the chosen team or group (null: the organisation only); a team
	 * leader's own team is chosen for them.
	 */
	public record Weergave(List<String> instrumenten, String instrument, PulseRapporten.Bereik bereik, List<Golf> golven,
			Keuze gekozen, List<Keuze> keuzes, List<Reeks> reeksen, boolean eigenTeamBekend) {
	}

	private final PulseDienst dienst;

	private final Rapportage rapportage;

	private final Golfsommen golfsommen;

	private final Organisatiegids organisaties;

	Verloop(PulseDienst dienst, Rapportage rapportage, Golfsommen golfsommen, Organisatiegids organisaties) {
		this.dienst = dienst;
		this.rapportage = rapportage;
		this.golfsommen = golfsommen;
		this.organisaties = organisaties;
	}

	/** The instruments that have closed waves, the tech-pulse first. */
	public List<String> instrumenten(String organisatieCode) {
		return dienst.golven(organisatieCode)
			.stream()
			.filter(g -> g.status() == Golf.Status.GESLOTEN)
			.map(Golf::instrumentId)
			.distinct()
			.sorted(Comparator.comparing((String i) -> !i.equals(PulseDienst.INSTRUMENT)).thenComparing(i -> i))
			.toList();
	}

	/**
	 * @param instrumentId empty: the tech-pulse, else the first with closed waves
	 * @param keuze empty: the organisation only (a team leader: their own team); a team id, {@code team:<id>},
	 *     {@code fg:<code>} or {@code tg:<code>}. Anything a caller may not see is refused with 403.
	 */
	@Transactional(readOnly = true)
	public Weergave verloop(String organisatieCode, String instrumentId, String keuze, Aanvrager aanvrager) {
		List<String> instrumenten = instrumenten(organisatieCode);
		String instrument = instrumentId == null || instrumentId.isBlank() ? instrumenten.stream().findFirst().orElse(null)
				: instrumentId.strip();
		if (instrument != null && !instrumenten.contains(instrument)) {
			throw new OngeldigeInvoer("instrument", "pulse.verloop.fout.instrument");
		}
		PulseRapporten.Bereik bereik = PulseRapporten.bereik(aanvrager);
		List<TeamInfo> boom = organisaties.teams(organisatieCode);
		List<Golf> golven = dienst.golven(organisatieCode)
			.stream()
			.filter(g -> g.status() == Golf.Status.GESLOTEN && g.instrumentId().equals(instrument))
			.sorted(Comparator.comparing(Golf::opent).thenComparing(Golf::sluit))
			.toList();
		Instrument nieuwste = golven.isEmpty() ? null : dienst.instrument(golven.get(golven.size() - 1));

		Optional<UUID> eigenTeam = bereik == PulseRapporten.Bereik.EIGEN_TEAM
				? organisaties.teamVan(organisatieCode, aanvrager.persoonId()) : Optional.empty();
		List<Keuze> keuzes = keuzes(bereik, boom, eigenTeam, nieuwste);
		Keuze gekozen = gekozen(keuze, bereik, keuzes);

		boolean metKenmerken = gekozen != null && !gekozen.waarde().startsWith("team:");
		Map<UUID, Instrument> perGolf = new LinkedHashMap<>();
		golven.forEach(g -> perGolf.put(g.id(), dienst.instrument(g)));
		Map<UUID, List<Instrument.Subschaal>> subschalen = new LinkedHashMap<>();
		perGolf.forEach((g, i) -> subschalen.put(g, i.subschalen()));
		Map<UUID, Rapportage.Sommen> opgeslagen = golfsommen.lees(subschalen, metKenmerken);
		Map<UUID, Map<UUID, Integer>> groepsgroottes = golfsommen.groepsgroottes(perGolf.keySet());
		List<Rapportage.Rapport> rapporten = new ArrayList<>();
		for (Golf golf : golven) {
			rapporten.add(rapportage.bereken(golf, perGolf.get(golf.id()), boom,
					groepsgroottes.getOrDefault(golf.id(), Map.of()), metKenmerken, opgeslagen.get(golf.id())));
		}

		List<Reeks> reeksen = new ArrayList<>();
		for (Instrument.Subschaal subschaal : nieuwste == null ? List.<Instrument.Subschaal>of() : nieuwste.subschalen()) {
			List<Punt> organisatie = new ArrayList<>();
			List<Punt> gekozenPunten = new ArrayList<>();
			for (int i = 0; i < golven.size(); i++) {
				Rapportage.Rapport rapport = rapporten.get(i);
				boolean gevraagd = perGolf.get(golven.get(i).id()).subschaal(subschaal.id()).isPresent();
				organisatie.add(new Punt(golven.get(i), rapport.organisatie().score(subschaal.id()), gevraagd));
				if (gekozen != null) {
					Rapportage.Score score = cel(rapport, gekozen.waarde()).map(c -> c.score(subschaal.id())).orElse(null);
					gekozenPunten.add(new Punt(golven.get(i), score, gevraagd));
				}
			}
			reeksen.add(new Reeks(subschaal, organisatie, gekozenPunten));
		}
		return new Weergave(instrumenten, instrument, bereik, golven, gekozen, keuzes, reeksen, eigenTeam.isPresent());
	}

	private static Optional<Rapportage.Cel> cel(Rapportage.Rapport rapport, String waarde) {
		List<Rapportage.Cel> cellen = waarde.startsWith("team:") ? rapport.teams()
				: waarde.startsWith("fg:") ? rapport.functiegroepen() : rapport.gebruiksgroepen();
		return cellen.stream().filter(c -> c.sleutel().equals(waarde) && c.isZichtbaar()).findFirst();
	}

	private List<Keuze> keuzes(PulseRapporten.Bereik bereik, List<TeamInfo> boom, Optional<UUID> eigenTeam,
			Instrument instrument) {
		List<Keuze> uit = new ArrayList<>();
		switch (bereik) {
			case ORGANISATIE_VOLLEDIG -> {
				boom.forEach(t -> uit.add(new Keuze("team:" + t.id(), t.naam(), t.diepte())));
				if (instrument != null) {
					for (String[] vraag : new String[][] { { "fg:", Instrument.FUNCTIEGROEP }, { "tg:", Instrument.GEBRUIKSGROEP } }) {
						instrument.vraag(vraag[1])
							.ifPresent(v -> v.opties().forEach(o -> uit.add(new Keuze(vraag[0] + o.code(), o.label(), 0))));
					}
				}
			}
			case EIGEN_TEAM -> eigenTeam.flatMap(id -> boom.stream().filter(t -> t.id().equals(id)).findFirst())
				.ifPresent(t -> uit.add(new Keuze("team:" + t.id(), t.naam(), 0)));
			case ORGANISATIE -> {
			}
		}
		return uit;
	}

	private static Keuze gekozen(String keuze, PulseRapporten.Bereik bereik, List<Keuze> keuzes) {
		if (keuze == null || keuze.isBlank()) {
			return bereik == PulseRapporten.Bereik.EIGEN_TEAM ? keuzes.stream().findFirst().orElse(null) : null;
		}
		String waarde = keuze.strip();
		try {
			waarde = "team:" + UUID.fromString(waarde);
		}
		catch (IllegalArgumentException geenId) {
			// a key such as team:..., fg:advies or tg:vaak
		}
		String gezocht = waarde;
		Optional<Keuze> gevonden = keuzes.stream().filter(k -> k.waarde().equals(gezocht)).findFirst();
		if (gevonden.isPresent()) {
			return gevonden.get();
		}
		if (bereik != PulseRapporten.Bereik.ORGANISATIE_VOLLEDIG) {
			// Another team or a group: not for this caller, whether it exists or not.
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		throw new OngeldigeInvoer("team", "pulse.verloop.fout.team");
	}

}
