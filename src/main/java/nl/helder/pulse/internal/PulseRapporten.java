// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;

/**
 * Who sees what of a wave's report. HR and the AI coordinator: everything that survives suppression. A team leader:
 * the organisation and their own team (only if it survives). The works council and employees: the organisation and
 * what was done with it. Results appear only after the wave has closed, so nobody can watch counts grow and subtract
 * one answer from the next.
 */
@Service
public class PulseRapporten {

	private final PulseDienst dienst;

	private final Rapportage rapportage;

	private final AnoniemeOpslag opslag;

	private final Organisatiegids organisaties;

	private final Adviezen adviezen;

	private final Invoeringen invoeringen;

	PulseRapporten(PulseDienst dienst, Rapportage rapportage, AnoniemeOpslag opslag, Organisatiegids organisaties,
			Adviezen adviezen, Invoeringen invoeringen) {
		this.dienst = dienst;
		this.rapportage = rapportage;
		this.opslag = opslag;
		this.organisaties = organisaties;
		this.adviezen = adviezen;
		this.invoeringen = invoeringen;
	}

	public enum Bereik {

		/** HR and AI coordinator. */
		ORGANISATIE_VOLLEDIG,
		/** A team leader: the organisation plus the own team. */
		EIGEN_TEAM,
		/** Works council and employees: the organisation only. */
		ORGANISATIE

	}

	public static Bereik bereik(Aanvrager aanvrager) {
		if (aanvrager.heeftRol(Rol.HR) || aanvrager.heeftRol(Rol.AI_COORDINATOR)) {
			return Bereik.ORGANISATIE_VOLLEDIG;
		}
		if (aanvrager.heeftRol(Rol.TEAMLEIDER)) {
			return Bereik.EIGEN_TEAM;
		}
		return Bereik.ORGANISATIE;
	}

	/**
	 * A report as one caller may see it. Hidden cells stay in the lists (shown as "fewer than k") only for the full
	 * view; a team leader gets their own team or nothing, never another team.
	 */
	public record Zicht(Golf golf, Bereik bereik, boolean uitkomsten, int antwoorden, Rapportage.Cel organisatie,
			List<Rapportage.Cel> teams, List<Rapportage.Cel> functiegroepen, List<Rapportage.Cel> gebruiksgroepen,
			Optional<Rapportage.Cel> eigenTeam, boolean eigenTeamBekend, List<Instrument.Subschaal> subschalen,
			List<Adviezen.Advies> adviezen, List<String> vrijeTeksten, int verborgenTeksten, List<Actie> acties) {
	}

	@Transactional(readOnly = true)
	public Zicht zicht(String organisatieCode, UUID golfId, Aanvrager aanvrager) {
		Golf golf = dienst.golf(organisatieCode, golfId);
		Instrument instrument = dienst.instrument(golf);
		Bereik bereik = bereik(aanvrager);
		List<Actie> acties = dienst.acties(organisatieCode, golfId);
		int antwoorden = opslag.aantalAntwoorden(golfId);
		if (golf.status() != Golf.Status.GESLOTEN) {
			return new Zicht(golf, bereik, false, antwoorden, null, List.of(), List.of(), List.of(), Optional.empty(),
					false, instrument.subschalen(), List.of(), List.of(), 0, acties);
		}
		Rapportage.Rapport rapport = rapportage.bereken(golf, instrument, organisaties.teams(organisatieCode),
				opslag.groepsgrootte(golfId), bereik == Bereik.ORGANISATIE_VOLLEDIG);
		Optional<UUID> teamId = bereik == Bereik.EIGEN_TEAM ? organisaties.teamVan(organisatieCode, aanvrager.persoonId())
				: Optional.empty();
		Optional<Rapportage.Cel> eigenTeam = teamId.flatMap(rapport::team).filter(Rapportage.Cel::isZichtbaar);
		boolean volledig = bereik == Bereik.ORGANISATIE_VOLLEDIG;
		List<Adviezen.Doelgroep> doelgroepen = switch (bereik) {
			case ORGANISATIE_VOLLEDIG -> aanvrager.heeftRol(Rol.HR)
					? List.of(Adviezen.Doelgroep.HR, Adviezen.Doelgroep.MANAGEMENT, Adviezen.Doelgroep.TEAMLEIDER)
					: List.of(Adviezen.Doelgroep.MANAGEMENT);
			case EIGEN_TEAM -> List.of(Adviezen.Doelgroep.TEAMLEIDER);
			case ORGANISATIE -> List.of();
		};
		Rapportage.Cel grondslag = bereik == Bereik.EIGEN_TEAM && eigenTeam.isPresent() ? eigenTeam.get()
				: rapport.organisatie();
		List<Adviezen.Advies> advies = doelgroepen.isEmpty() ? List.of() : adviezen.voor(instrument, grondslag, doelgroepen);
		// Free text only for the whole organisation and only from 10 respondents: lists per team could be
		// subtracted from the whole as sets.
		boolean teksten = volledig && rapport.organisatie().isZichtbaar() && rapport.organisatie().n() >= 10;
		return new Zicht(golf, bereik, true, antwoorden, rapport.organisatie(), volledig ? rapport.teams() : List.of(),
				volledig ? rapport.functiegroepen() : List.of(), volledig ? rapport.gebruiksgroepen() : List.of(),
				eigenTeam, teamId.isPresent(), rapport.subschalen(), advies,
				teksten ? opslag.vrijeTeksten(golfId) : List.of(), teksten ? opslag.verborgenTeksten(golfId) : 0, acties);
	}

	// --- before and after a toepassing went live

	@Transactional
	public Invoering zetInvoering(String organisatieCode, UUID toepassingId, String datum) {
		LocalDate op;
		try {
			op = LocalDate.parse(datum == null ? "" : datum.strip());
		}
		catch (java.time.format.DateTimeParseException fout) {
			throw new OngeldigeInvoer("datum", "pulse.fout.datum");
		}
		Invoering invoering = invoeringen.findByOrganisatieCodeAndToepassingId(organisatieCode, toepassingId)
			.orElseGet(() -> new Invoering(organisatieCode, toepassingId, op));
		invoering.zetDatum(op);
		return invoeringen.save(invoering);
	}

	public Optional<Invoering> invoering(String organisatieCode, UUID toepassingId) {
		return invoeringen.findByOrganisatieCodeAndToepassingId(organisatieCode, toepassingId);
	}

	/** One subscale before and after: pooled over the published organisation cells of the closed waves. */
	public record Verschil(Instrument.Subschaal subschaal, Rapportage.Score voor, Rapportage.Score na, Double verschil,
			Double ondergrens, Double bovengrens, Double effectgrootte) {

		public boolean isBekend() {
			return verschil != null;
		}

	}

	/** Before/after of one team, pooled only over the waves in which that team is published. */
	public record TeamVerschil(UUID teamId, String naam, int diepte, List<Verschil> verschillen) {

		public boolean heeftUitkomsten() {
			return verschillen.stream().anyMatch(v -> v.voor() != null || v.na() != null);
		}

	}

	/**
	 * {@code teams}: HR and the AI coordinator every team with a published cell in a wave on either side, a team
	 * leader their own team only, the works council and employees none.
	 */
	public record VoorNa(LocalDate invoering, List<String> instrumenten, String instrument, List<Golf> golvenVoor,
			List<Golf> golvenNa, List<Verschil> verschillen, List<TeamVerschil> teams, Bereik bereik) {
	}

	@Transactional(readOnly = true)
	public VoorNa voorNa(String organisatieCode, LocalDate invoering, String instrumentId, Aanvrager aanvrager) {
		Bereik bereik = bereik(aanvrager);
		Optional<UUID> eigenTeam = bereik == Bereik.EIGEN_TEAM ? organisaties.teamVan(organisatieCode, aanvrager.persoonId())
				: Optional.empty();
		return voorNa(organisatieCode, invoering, instrumentId, bereik, eigenTeam);
	}

	/**
	 * Before/after, built only from cells that are published anyway (each in its own wave), so it reveals nothing
	 * new. Only waves of one instrument are compared (default the tech-pulse); waves that straddle the go-live date
	 * are left out. The uncertainty is a 95% interval for two independent groups (Welch); respondents overlap between
	 * waves, so it is an approximation, and a change is not proof of a cause.
	 */
	VoorNa voorNa(String organisatieCode, LocalDate invoering, String instrumentId, Bereik bereik, Optional<UUID> eigenTeam) {
		List<Golf> gesloten = dienst.golven(organisatieCode).stream().filter(g -> g.status() == Golf.Status.GESLOTEN).toList();
		List<String> instrumenten = gesloten.stream()
			.map(Golf::instrumentId)
			.distinct()
			.sorted(java.util.Comparator.comparing((String i) -> !i.equals(PulseDienst.INSTRUMENT)).thenComparing(i -> i))
			.toList();
		String instrument = instrumentId == null || instrumentId.isBlank() ? instrumenten.stream().findFirst().orElse(null)
				: instrumentId.strip();
		if (instrument != null && !instrumenten.contains(instrument)) {
			throw new OngeldigeInvoer("instrument", "pulse.verloop.fout.instrument");
		}
		List<Golf> voor = new ArrayList<>();
		List<Golf> na = new ArrayList<>();
		List<Rapportage.Rapport> rapportenVoor = new ArrayList<>();
		List<Rapportage.Rapport> rapportenNa = new ArrayList<>();
		List<nl.helder.organisaties.TeamInfo> boom = organisaties.teams(organisatieCode);
		for (Golf golf : gesloten) {
			if (!golf.instrumentId().equals(instrument)) {
				continue;
			}
			boolean isVoor = golf.sluit().isBefore(invoering);
			boolean isNa = !golf.opent().isBefore(invoering);
			if (!isVoor && !isNa) {
				continue;
			}
			Rapportage.Rapport rapport = rapportage.bereken(golf, dienst.instrument(golf), boom,
					opslag.groepsgrootte(golf.id()), false);
			(isVoor ? voor : na).add(golf);
			(isVoor ? rapportenVoor : rapportenNa).add(rapport);
		}
		List<Instrument.Subschaal> subschalen = !rapportenNa.isEmpty() ? rapportenNa.get(0).subschalen()
				: !rapportenVoor.isEmpty() ? rapportenVoor.get(0).subschalen() : List.of();
		List<Verschil> verschillen = new ArrayList<>();
		for (Instrument.Subschaal subschaal : subschalen) {
			verschillen.add(verschil(subschaal, samen(rapportenVoor, subschaal.id()), samen(rapportenNa, subschaal.id())));
		}
		List<TeamVerschil> teams = new ArrayList<>();
		if (bereik != Bereik.ORGANISATIE) {
			for (nl.helder.organisaties.TeamInfo team : boom) {
				boolean eigen = eigenTeam.filter(team.id()::equals).isPresent();
				if (bereik == Bereik.EIGEN_TEAM && !eigen) {
					continue;
				}
				List<Verschil> perSubschaal = new ArrayList<>();
				for (Instrument.Subschaal subschaal : subschalen) {
					perSubschaal.add(verschil(subschaal, samenUit(teamcellen(rapportenVoor, team.id()), subschaal.id()),
							samenUit(teamcellen(rapportenNa, team.id()), subschaal.id())));
				}
				TeamVerschil rij = new TeamVerschil(team.id(), team.naam(), team.diepte(), perSubschaal);
				if (eigen || rij.heeftUitkomsten()) {
					teams.add(rij);
				}
			}
		}
		return new VoorNa(invoering, instrumenten, instrument, voor, na, verschillen, teams, bereik);
	}

	private static List<Rapportage.Cel> teamcellen(List<Rapportage.Rapport> rapporten, UUID teamId) {
		return rapporten.stream().map(r -> r.team(teamId)).flatMap(Optional::stream).filter(Rapportage.Cel::isZichtbaar).toList();
	}

	static Verschil verschil(Instrument.Subschaal subschaal, Rapportage.Score a, Rapportage.Score b) {
		if (a == null || b == null || a.n() < 2 || b.n() < 2) {
			return new Verschil(subschaal, a, b, null, null, null, null);
		}
		double verschil = b.gemiddelde() - a.gemiddelde();
		double fout = Math.sqrt(a.spreiding() * a.spreiding() / a.n() + b.spreiding() * b.spreiding() / b.n());
		double gepoold = Math.sqrt(((a.n() - 1) * a.spreiding() * a.spreiding() + (b.n() - 1) * b.spreiding() * b.spreiding())
				/ (a.n() + b.n() - 2));
		return new Verschil(subschaal, a, b, verschil, verschil - 1.96 * fout, verschil + 1.96 * fout,
				gepoold > 0 ? verschil / gepoold : null);
	}

	/** Pools published organisation scores: the combined mean and standard deviation of all their respondents. */
	static Rapportage.Score samen(List<Rapportage.Rapport> rapporten, String subschaal) {
		return samenUit(rapporten.stream().map(Rapportage.Rapport::organisatie).toList(), subschaal);
	}

	/** Pools published cells (a hidden subscale has no score and is skipped). */
	static Rapportage.Score samenUit(List<Rapportage.Cel> cellen, String subschaal) {
		int n = 0;
		double som = 0;
		double kwadraten = 0;
		for (Rapportage.Cel cel : cellen) {
			Rapportage.Score score = cel.score(subschaal);
			if (score == null) {
				continue;
			}
			n += score.n();
			som += score.gemiddelde() * score.n();
			kwadraten += (score.n() - 1) * score.spreiding() * score.spreiding() + score.n() * score.gemiddelde() * score.gemiddelde();
		}
		if (n == 0) {
			return null;
		}
		double gemiddelde = som / n;
		double variantie = n > 1 ? Math.max(0, (kwadraten - n * gemiddelde * gemiddelde) / (n - 1)) : 0;
		return new Rapportage.Score(gemiddelde, Math.sqrt(variantie), n);
	}

}
