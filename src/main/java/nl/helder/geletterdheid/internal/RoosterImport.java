// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.TeamInfo;
import nl.helder.register.Registergids;
import nl.helder.shared.OngeldigeInvoer;

/**
 * Reads an HR export of the roster (personeelsnummer, naam, team, functiegroep, email, in_dienst and optionally
 * toepassingen as "Naam:rol; Naam:rol"). Employees are matched on personeelsnummer: new ones are added, known ones
 * updated; listed toepassing roles are added. Dry run first; the commit checks again and writes all or nothing. Each
 * row goes through the same checks as the form ({@link GeletterdheidDienst}).
 */
@Service
public class RoosterImport {

	private final GeletterdheidDienst dienst;

	private final Medewerkers medewerkers;

	private final Organisatiegids organisaties;

	private final Registergids register;

	private final MessageSource berichten;

	RoosterImport(GeletterdheidDienst dienst, Medewerkers medewerkers, Organisatiegids organisaties,
			Registergids register, MessageSource berichten) {
		this.dienst = dienst;
		this.medewerkers = medewerkers;
		this.organisaties = organisaties;
		this.register = register;
		this.berichten = berichten;
	}

	public enum Actie {
		nieuw, bijwerken
	}

	public record Regel(int rij, String personeelsnummer, Actie actie, List<String> fouten) {
	}

	public record Rapport(List<Regel> regels) implements Importverslag {

		public boolean heeftFouten() {
			return regels.stream().anyMatch(r -> !r.fouten().isEmpty());
		}

	}

	private record Rij(int nummer, GeletterdheidDienst.Medewerkergegevens gegevens,
			List<Map.Entry<UUID, Toepassingsrolsoort>> rollen) {
	}

	@Transactional(readOnly = true)
	public Rapport proef(String org, byte[] bestand, Locale taal) {
		return controleer(org, bestand, taal, new ArrayList<>());
	}

	@Transactional
	public Rapport importeer(String org, byte[] bestand, Locale taal) {
		List<Rij> goed = new ArrayList<>();
		Rapport rapport = controleer(org, bestand, taal, goed);
		if (rapport.heeftFouten()) {
			return rapport;
		}
		for (Rij rij : goed) {
			Optional<Medewerker> bestaand = medewerkers.findByOrganisatieCodeAndPersoneelsnummer(org,
					rij.gegevens().personeelsnummer());
			Medewerker m = dienst.slaMedewerkerOp(org, bestaand.map(Medewerker::id).orElse(null), null, rij.gegevens());
			for (var rol : rij.rollen()) {
				if (dienst.toepassingsrollen(org, m.id())
					.stream()
					.noneMatch(r -> r.toepassingId().equals(rol.getKey()) && r.rol() == rol.getValue())) {
					dienst.koppel(org, m.id(), rol.getKey(), rol.getValue());
				}
			}
		}
		return rapport;
	}

	private Rapport controleer(String org, byte[] bestand, Locale taal, List<Rij> goed) {
		List<Tabel.Rij> rijen = Tabel.lees(bestand);
		Tabel.Rij kop = rijen.get(0);
		int nummer = Tabel.kolom(kop, "personeelsnummer", "medewerkernummer");
		int naam = Tabel.kolom(kop, "naam", "name");
		int team = Tabel.kolom(kop, "team", "afdeling");
		int groep = Tabel.kolom(kop, "functiegroep", "functie");
		int email = Tabel.kolom(kop, "email", "e-mail", "emailadres");
		int inDienst = Tabel.kolom(kop, "in_dienst", "in dienst", "datum in dienst");
		int toepassingen = Tabel.kolom(kop, "toepassingen");
		if (nummer < 0 || naam < 0) {
			throw new OngeldigeInvoer("bestand", tekst(taal, "geletterdheid.import.kolom-ontbreekt",
					nummer < 0 ? "personeelsnummer" : "naam"));
		}
		Map<String, UUID> teams = new HashMap<>();
		for (TeamInfo t : organisaties.teams(org)) {
			teams.putIfAbsent(t.naam().toLowerCase(Locale.ROOT), t.id());
		}
		Map<String, UUID> toepassingNamen = new HashMap<>();
		register.namen(org).forEach((id, n) -> toepassingNamen.putIfAbsent(n.toLowerCase(Locale.ROOT), id));
		Set<String> gezien = new HashSet<>();
		List<Regel> regels = new ArrayList<>();
		for (Tabel.Rij rij : rijen.subList(1, rijen.size())) {
			if (rij.isLeeg()) {
				continue;
			}
			List<String> fouten = new ArrayList<>();
			String nr = rij.cel(nummer);
			if (!nr.isEmpty() && !gezien.add(nr.toLowerCase(Locale.ROOT))) {
				fouten.add(tekst(taal, "geletterdheid.rooster.dubbel", nr));
			}
			UUID teamId = null;
			if (!rij.cel(team).isEmpty()) {
				teamId = teams.get(rij.cel(team).toLowerCase(Locale.ROOT));
				if (teamId == null) {
					fouten.add(tekst(taal, "geletterdheid.rooster.team-onbekend", rij.cel(team)));
				}
			}
			var datum = Datums.lees(rij.cel(inDienst));
			if (!rij.cel(inDienst).isEmpty() && datum.isEmpty()) {
				fouten.add(tekst(taal, "geletterdheid.import.datum-ongeldig", rij.cel(inDienst)));
			}
			List<Map.Entry<UUID, Toepassingsrolsoort>> rollen = new ArrayList<>();
			for (String deel : rij.cel(toepassingen).split(";")) {
				if (deel.isBlank()) {
					continue;
				}
				int dubbelepunt = deel.lastIndexOf(':');
				String tNaam = (dubbelepunt < 0 ? deel : deel.substring(0, dubbelepunt)).strip();
				String rol = dubbelepunt < 0 ? "gebruiker" : deel.substring(dubbelepunt + 1).strip();
				UUID toepassing = toepassingNamen.get(tNaam.toLowerCase(Locale.ROOT));
				Optional<Toepassingsrolsoort> soort = java.util.Arrays.stream(Toepassingsrolsoort.values())
					.filter(r -> r.name().equalsIgnoreCase(rol))
					.findFirst();
				if (toepassing == null || soort.isEmpty()) {
					fouten.add(tekst(taal, "geletterdheid.rooster.toepassing-onbekend", deel.strip()));
				}
				else {
					rollen.add(Map.entry(toepassing, soort.get()));
				}
			}
			var gegevens = new GeletterdheidDienst.Medewerkergegevens(nr, rij.cel(naam), teamId,
					rij.cel(groep).isEmpty() ? null : rij.cel(groep), rij.cel(email).isEmpty() ? null : rij.cel(email),
					datum.orElse(null));
			Optional<Medewerker> bestaand = nr.isEmpty() ? Optional.empty()
					: medewerkers.findByOrganisatieCodeAndPersoneelsnummer(org, nr);
			// The same checks as the form, without writing: every message of the row, in the user's language.
			for (var fout : dienst.controleerMedewerker(org, bestaand.map(Medewerker::id).orElse(null), gegevens)) {
				fouten.add(berichten.getMessage(fout.melding(), null, fout.melding(), taal));
			}
			if (fouten.isEmpty()) {
				goed.add(new Rij(rij.nummer(), gegevens, rollen));
			}
			regels.add(new Regel(rij.nummer(), nr, bestaand.isPresent() ? Actie.bijwerken : Actie.nieuw, List.copyOf(fouten)));
		}
		return new Rapport(List.copyOf(regels));
	}

	private String tekst(Locale taal, String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, sleutel, taal);
	}

}
