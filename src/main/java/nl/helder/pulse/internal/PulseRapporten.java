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

	public record VoorNa(LocalDate invoering, List<Golf> golvenVoor, List<Golf> golvenNa, List<Verschil> verschillen) {
	}

	/**
	 * Before/after at organisation level, built only from cells that are published anyway, so it reveals nothing new.
	 * Waves that straddle the go-live date are left out. The uncertainty is a 95% interval for two independent groups
	 * (Welch); respondents overlap between waves, so it is an approximation, and a change is not proof of a cause.
	 */
	@Transactional(readOnly = true)
	public VoorNa voorNa(String organisatieCode, LocalDate invoering) {
		List<Golf> voor = new ArrayList<>();
		List<Golf> na = new ArrayList<>();
		List<Rapportage.Rapport> rapportenVoor = new ArrayList<>();
		List<Rapportage.Rapport> rapportenNa = new ArrayList<>();
		for (Golf golf : dienst.golven(organisatieCode)) {
			if (golf.status() != Golf.Status.GESLOTEN) {
				continue;
			}
			boolean isVoor = golf.sluit().isBefore(invoering);
			boolean isNa = !golf.opent().isBefore(invoering);
			if (!isVoor && !isNa) {
				continue;
			}
			Rapportage.Rapport rapport = rapportage.bereken(golf, dienst.instrument(golf),
					organisaties.teams(organisatieCode), opslag.groepsgrootte(golf.id()), false);
			(isVoor ? voor : na).add(golf);
			(isVoor ? rapportenVoor : rapportenNa).add(rapport);
		}
		List<Instrument.Subschaal> subschalen = !rapportenNa.isEmpty() ? rapportenNa.get(0).subschalen()
				: !rapportenVoor.isEmpty() ? rapportenVoor.get(0).subschalen() : List.of();
		List<Verschil> verschillen = new ArrayList<>();
		for (Instrument.Subschaal subschaal : subschalen) {
			Rapportage.Score a = samen(rapportenVoor, subschaal.id());
			Rapportage.Score b = samen(rapportenNa, subschaal.id());
			if (a == null || b == null || a.n() < 2 || b.n() < 2) {
				verschillen.add(new Verschil(subschaal, a, b, null, null, null, null));
				continue;
			}
			double verschil = b.gemiddelde() - a.gemiddelde();
			double fout = Math.sqrt(a.spreiding() * a.spreiding() / a.n() + b.spreiding() * b.spreiding() / b.n());
			double gepoold = Math.sqrt(((a.n() - 1) * a.spreiding() * a.spreiding() + (b.n() - 1) * b.spreiding() * b.spreiding())
					/ (a.n() + b.n() - 2));
			verschillen.add(new Verschil(subschaal, a, b, verschil, verschil - 1.96 * fout, verschil + 1.96 * fout,
					gepoold > 0 ? verschil / gepoold : null));
		}
		return new VoorNa(invoering, voor, na, verschillen);
	}

	/** Pools published organisation scores: the combined mean and standard deviation of all their respondents. */
	static Rapportage.Score samen(List<Rapportage.Rapport> rapporten, String subschaal) {
		int n = 0;
		double som = 0;
		double kwadraten = 0;
		for (Rapportage.Rapport rapport : rapporten) {
			Rapportage.Score score = rapport.organisatie().score(subschaal);
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
