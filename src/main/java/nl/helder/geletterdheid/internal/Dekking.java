// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import nl.helder.organisaties.TeamInfo;

/**
 * The coverage of AI literacy: for every employee which trainings are valid, which rules apply and whether they are
 * met; then the same figures per team (departments include their teams), function group, toepassing and for the
 * whole organisation. Pages, API and the art. 4 report all use this one computation. Pure: no database, no clock.
 * <p>
 * A completion counts when it is confirmed (self-reported ones wait for HR) and still valid on the reference date:
 * {@code datum + geldigMaanden} is after it, or the training does not expire. "Basic" counts employees with a valid
 * training of level BASIS, "additional" those with one of level VERDIEPEND; one does not stand in for the other.
 */
public final class Dekking {

	/** Expiring "soon" means within this many days of the reference date, as the AI coordinator plans ahead. */
	public static final int VOORUITKIJKEN_DAGEN = 90;

	private Dekking() {
	}

	public record Koppeling(UUID toepassingId, Toepassingsrolsoort rol) {
	}

	public record Persoon(UUID id, String personeelsnummer, String naam, UUID teamId, String functiegroep,
			LocalDate inDienst, List<Koppeling> koppelingen) {

		public Persoon {
			koppelingen = List.copyOf(koppelingen);
		}

	}

	public record ToepassingFeit(UUID id, String naam, boolean hoogRisico, boolean generatief) {
	}

	public record TrainingFeit(UUID id, String code, String titel, Niveau niveau, Integer geldigMaanden) {
	}

	public record AfrondingFeit(UUID medewerkerId, UUID trainingId, LocalDate datum, boolean bevestigd) {
	}

	public record Invoer(List<Persoon> personen, List<TeamInfo> teams, Map<UUID, ToepassingFeit> toepassingen,
			List<TrainingFeit> trainingen, List<AfrondingFeit> afrondingen, List<Regel> regels, LocalDate peildatum) {
	}

	public enum Status {
		/** Met, and still valid after the coming 90 days. */
		VOLDAAN,
		/** Met, but the training expires within 90 days. */
		VERLOOPT,
		/** Not met, due date still ahead (or none set). */
		OPEN,
		/** Was met, the training expired. */
		VERLOPEN,
		/** Not met and the due date has passed. */
		TE_LAAT;

		public boolean isGat() {
			return this == OPEN || this == VERLOPEN || this == TE_LAAT;
		}
	}

	/** What one rule asks of one employee, and how far they are. */
	public record Behoefte(UUID regelId, String regel, Niveau niveau, LocalDate deadline, Status status,
			LocalDate geldigTot) {
	}

	/** The validity of an employee's best training of one level: until when, or null when it does not expire. */
	public record Geldigheid(boolean ooit, boolean geldig, LocalDate geldigTot) {

		static final Geldigheid NOOIT = new Geldigheid(false, false, null);

	}

	public record Stand(Persoon persoon, Map<Niveau, Geldigheid> niveaus, List<Behoefte> behoeften,
			boolean verlooptBinnenkort, boolean verlopen) {

		public boolean basis() {
			return niveaus.get(Niveau.BASIS).geldig();
		}

		public boolean verdiepend() {
			return niveaus.get(Niveau.VERDIEPEND).geldig();
		}

		public boolean heeftGat() {
			return behoeften.stream().anyMatch(b -> b.status().isGat());
		}

	}

	public enum Groepsoort {
		ORGANISATIE, TEAM, FUNCTIEGROEP, TOEPASSING
	}

	/** The figures of one group of employees. Shares are percentages with one decimal. */
	public record Cijfers(Groepsoort soort, String sleutel, String naam, int diepte, int medewerkers, int metBasis,
			int metVerdiepend, int metGat, int verlooptBinnenkort, int verlopen) {

		public BigDecimal aandeelBasis() {
			return aandeel(metBasis);
		}

		public BigDecimal aandeelVerdiepend() {
			return aandeel(metVerdiepend);
		}

		/** The AI Monitor's band for basic training: "0-50" or "50-100"; null for an empty group. */
		public String bandBasis() {
			return band(metBasis);
		}

		public String bandVerdiepend() {
			return band(metVerdiepend);
		}

		private String band(int met) {
			if (medewerkers == 0) {
				return null;
			}
			return met * 2 >= medewerkers ? "50-100" : "0-50";
		}

		private BigDecimal aandeel(int met) {
			if (medewerkers == 0) {
				return BigDecimal.ZERO.setScale(1);
			}
			return BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(medewerkers), 1, RoundingMode.HALF_UP);
		}

	}

	/** One unmet need of one employee, for the list of gaps. */
	public record Gat(Persoon persoon, Behoefte behoefte) {
	}

	public record Uitkomst(LocalDate peildatum, List<Stand> standen, Cijfers organisatie, List<Cijfers> teams,
			List<Cijfers> functiegroepen, List<Cijfers> toepassingen, Map<UUID, ToepassingFeit> toepassingFeiten) {

		public List<Gat> gaten() {
			return gaten(s -> true);
		}

		/** The gaps of the employees that pass the filter, by due date (none last), then name. */
		public List<Gat> gaten(Predicate<Stand> welke) {
			return standen.stream()
				.filter(welke)
				.flatMap(s -> s.behoeften().stream().filter(b -> b.status().isGat()).map(b -> new Gat(s.persoon(), b)))
				.sorted(Comparator.comparing((Gat g) -> g.behoefte().deadline(), Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparing(g -> g.persoon().naam()))
				.toList();
		}

		public Stand stand(UUID medewerkerId) {
			return standen.stream().filter(s -> s.persoon().id().equals(medewerkerId)).findFirst().orElse(null);
		}

	}

	public static Uitkomst bereken(Invoer invoer) {
		LocalDate peil = invoer.peildatum();
		LocalDate horizon = peil.plusDays(VOORUITKIJKEN_DAGEN);
		Map<UUID, TrainingFeit> trainingen = new HashMap<>();
		invoer.trainingen().forEach(t -> trainingen.put(t.id(), t));

		// The best (longest valid) confirmed completion per employee and level.
		Map<UUID, Map<Niveau, Geldigheid>> geldig = new HashMap<>();
		for (AfrondingFeit a : invoer.afrondingen()) {
			TrainingFeit t = trainingen.get(a.trainingId());
			if (t == null || !a.bevestigd() || a.datum().isAfter(peil)) {
				continue;
			}
			LocalDate tot = t.geldigMaanden() == null ? null : a.datum().plusMonths(t.geldigMaanden());
			Geldigheid nieuw = new Geldigheid(true, tot == null || tot.isAfter(peil), tot);
			geldig.computeIfAbsent(a.medewerkerId(), m -> new EnumMap<>(Niveau.class))
				.merge(t.niveau(), nieuw, Dekking::beste);
		}

		Map<UUID, UUID> ouders = new HashMap<>();
		invoer.teams().forEach(t -> ouders.put(t.id(), t.ouderId()));

		// Only a few hundred distinct teams: their chains up the tree are worked out once, not per employee.
		Map<UUID, List<String>> ketens = new HashMap<>();
		Map<UUID, List<UUID>> ketenIds = new HashMap<>();
		List<Stand> standen = new ArrayList<>(invoer.personen().size());
		for (Persoon p : invoer.personen()) {
			Map<Niveau, Geldigheid> niveaus = new EnumMap<>(Niveau.class);
			for (Niveau n : Niveau.values()) {
				niveaus.put(n, geldig.getOrDefault(p.id(), Map.of()).getOrDefault(n, Geldigheid.NOOIT));
			}
			List<String> keten = p.teamId() == null ? List.of()
					: ketens.computeIfAbsent(p.teamId(), t -> teamEnHoger(t, ouders));
			List<Regelevaluator.Feitenset> feiten = feiten(p, keten, invoer.toepassingen());
			List<Behoefte> behoeften = new ArrayList<>();
			for (Regel regel : invoer.regels()) {
				if (Regelevaluator.geldt(regel, feiten)) {
					LocalDate deadline = regel.deadline(p.inDienst());
					Geldigheid g = niveaus.get(regel.niveau());
					behoeften.add(new Behoefte(regel.id(), regel.naam(), regel.niveau(), deadline,
							status(g, deadline, peil, horizon), g.geldigTot()));
				}
			}
			boolean binnenkort = niveaus.values()
				.stream()
				.anyMatch(g -> g.geldig() && g.geldigTot() != null && !g.geldigTot().isAfter(horizon));
			boolean verlopen = niveaus.values().stream().anyMatch(g -> g.ooit() && !g.geldig());
			standen.add(new Stand(p, niveaus, List.copyOf(behoeften), binnenkort, verlopen));
		}

		Cijfers organisatie = cijfers(Groepsoort.ORGANISATIE, "", "", 0, standen);

		Map<UUID, List<Stand>> perTeam = new HashMap<>();
		for (Stand s : standen) {
			UUID eigen = s.persoon().teamId();
			if (eigen == null) {
				continue;
			}
			for (UUID team : ketenIds.computeIfAbsent(eigen,
					t -> ketens.getOrDefault(t, List.of()).stream().map(UUID::fromString).toList())) {
				perTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(s);
			}
		}
		List<Cijfers> teams = new ArrayList<>();
		for (TeamInfo team : invoer.teams()) {
			teams.add(cijfers(Groepsoort.TEAM, team.id().toString(), team.naam(), team.diepte(),
					perTeam.getOrDefault(team.id(), List.of())));
		}
		List<Stand> zonderTeam = standen.stream()
			.filter(s -> s.persoon().teamId() == null || !ouders.containsKey(s.persoon().teamId()))
			.toList();
		if (!zonderTeam.isEmpty()) {
			teams.add(cijfers(Groepsoort.TEAM, "", "", 0, zonderTeam));
		}

		Map<String, List<Stand>> perGroep = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		standen.forEach(s -> perGroep.computeIfAbsent(s.persoon().functiegroep() == null ? "" : s.persoon().functiegroep(),
				g -> new ArrayList<>()).add(s));
		List<Cijfers> groepen = perGroep.entrySet()
			.stream()
			.map(e -> cijfers(Groepsoort.FUNCTIEGROEP, e.getKey(), e.getKey(), 0, e.getValue()))
			.toList();

		Map<UUID, Set<UUID>> gezienPerToepassing = new LinkedHashMap<>();
		Map<UUID, List<Stand>> perToepassing = new LinkedHashMap<>();
		invoer.toepassingen().keySet().forEach(id -> perToepassing.put(id, new ArrayList<>()));
		for (Stand s : standen) {
			for (Koppeling k : s.persoon().koppelingen()) {
				// One employee counts once per toepassing, even with two roles in it.
				if (perToepassing.containsKey(k.toepassingId())
						&& gezienPerToepassing.computeIfAbsent(k.toepassingId(), t -> new HashSet<>()).add(s.persoon().id())) {
					perToepassing.get(k.toepassingId()).add(s);
				}
			}
		}
		List<Cijfers> toepassingen = perToepassing.entrySet()
			.stream()
			.map(e -> cijfers(Groepsoort.TOEPASSING, e.getKey().toString(), invoer.toepassingen().get(e.getKey()).naam(), 0,
					e.getValue()))
			.toList();

		return new Uitkomst(peil, List.copyOf(standen), organisatie, List.copyOf(teams), groepen, toepassingen,
				invoer.toepassingen());
	}

	private static Geldigheid beste(Geldigheid a, Geldigheid b) {
		if (a.geldigTot() == null && a.geldig()) {
			return a;
		}
		if (b.geldigTot() == null && b.geldig()) {
			return b;
		}
		return a.geldigTot().isAfter(b.geldigTot()) ? a : b;
	}

	private static Status status(Geldigheid g, LocalDate deadline, LocalDate peil, LocalDate horizon) {
		if (g.geldig()) {
			return g.geldigTot() != null && !g.geldigTot().isAfter(horizon) ? Status.VERLOOPT : Status.VOLDAAN;
		}
		if (deadline != null && deadline.isBefore(peil)) {
			return Status.TE_LAAT;
		}
		return g.ooit() ? Status.VERLOPEN : Status.OPEN;
	}

	/** The team and every department above it, as text for the evaluator. */
	static List<String> teamEnHoger(UUID teamId, Map<UUID, UUID> ouders) {
		List<String> keten = new ArrayList<>();
		UUID huidig = teamId;
		// The tree is kept free of cycles by organisaties; the bound guards against a damaged table.
		while (huidig != null && ouders.containsKey(huidig) && keten.size() < 50) {
			keten.add(huidig.toString());
			huidig = ouders.get(huidig);
		}
		return keten;
	}

	private static List<Regelevaluator.Feitenset> feiten(Persoon p, List<String> teams,
			Map<UUID, ToepassingFeit> toepassingen) {
		Map<String, Set<String>> basis = new HashMap<>();
		basis.put(Voorwaarde.Feit.FUNCTIEGROEP.naam(), p.functiegroep() == null ? Set.of() : Set.of(p.functiegroep()));
		basis.put(Voorwaarde.Feit.TEAM.naam(), new java.util.HashSet<>(teams));
		List<Regelevaluator.Feitenset> sets = new ArrayList<>();
		sets.add(new Regelevaluator.Feitenset(basis));
		for (Koppeling k : p.koppelingen()) {
			ToepassingFeit t = toepassingen.get(k.toepassingId());
			Map<String, Set<String>> perToepassing = new HashMap<>(basis);
			perToepassing.put(Voorwaarde.Feit.TOEPASSING.naam(), Set.of(k.toepassingId().toString()));
			perToepassing.put(Voorwaarde.Feit.TOEPASSINGSROL.naam(), Set.of(k.rol().name().toLowerCase(java.util.Locale.ROOT)));
			perToepassing.put(Voorwaarde.Feit.HOOG_RISICO.naam(), Set.of(t != null && t.hoogRisico() ? "ja" : "nee"));
			perToepassing.put(Voorwaarde.Feit.GENERATIEF.naam(), Set.of(t != null && t.generatief() ? "ja" : "nee"));
			sets.add(new Regelevaluator.Feitenset(perToepassing));
		}
		return sets;
	}

	private static Cijfers cijfers(Groepsoort soort, String sleutel, String naam, int diepte, List<Stand> standen) {
		int basis = 0;
		int verdiepend = 0;
		int gat = 0;
		int binnenkort = 0;
		int verlopen = 0;
		for (Stand s : standen) {
			basis += s.basis() ? 1 : 0;
			verdiepend += s.verdiepend() ? 1 : 0;
			gat += s.heeftGat() ? 1 : 0;
			binnenkort += s.verlooptBinnenkort() ? 1 : 0;
			verlopen += s.verlopen() ? 1 : 0;
		}
		return new Cijfers(soort, sleutel, naam, diepte, standen.size(), basis, verdiepend, gat, binnenkort, verlopen);
	}

}
