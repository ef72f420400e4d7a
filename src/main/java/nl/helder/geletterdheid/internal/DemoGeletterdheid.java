// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.TeamInfo;
import nl.helder.register.Registergids;
import nl.helder.shared.Rol;
import nl.helder.shared.Systeemaanvrager;

/**
 * Demo data for AI literacy in Aalstede: 40 employees over the demo teams (the demo users among them, linked by
 * e-mail), the starter catalogue, four rules and completions relative to today, so coverage sits between 0 and 100 %
 * with gaps, expiring and expired trainings. The training AI-WET is left out on purpose: the demo LMS export in
 * docs/voorbeelden adds it and must import cleanly. Runs once, after the register's and the AI Act's demo data.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty("helder.demo.enabled")
class DemoGeletterdheid implements ApplicationRunner {

	static final String GEMEENTE = "GM9001";

	private static final String[] VOORNAMEN = { "Anouk", "Bas", "Carmen", "Daan", "Esra", "Freek", "Gerda", "Hamza",
			"Ilse", "Jeroen", "Karin", "Lars", "Mirjam", "Nadia", "Otto", "Petra", "Quinten", "Rachid", "Sanne", "Tim",
			"Ursula", "Vincent", "Wendy", "Youssef", "Zoë", "Annelies", "Bram", "Celine", "Dirk", "Eline", "Fatima",
			"Gijs", "Hanneke", "Ivo", "Joyce", "Koen" };

	private static final String[] ACHTERNAMEN = { "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
			"Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
			"Dijkstra", "Yilmaz", "El Amrani" };

	private static final String[] FUNCTIEGROEPEN = { "Klantcontact", "Beleidsadviseur", "Uitvoering", "Leidinggevende",
			"Informatievoorziening" };

	private final GeletterdheidDienst dienst;

	private final Medewerkers medewerkers;

	private final Organisatiegids organisaties;

	private final Registergids register;

	DemoGeletterdheid(GeletterdheidDienst dienst, Medewerkers medewerkers, Organisatiegids organisaties,
			Registergids register) {
		this.dienst = dienst;
		this.medewerkers = medewerkers;
		this.organisaties = organisaties;
		this.register = register;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (medewerkers.countByOrganisatieCode(GEMEENTE) > 0 || organisaties.vind(GEMEENTE).isEmpty()) {
			return;
		}
		var hr = new Systeemaanvrager("demo-hr", "Demo HR Aalstede", GEMEENTE, Set.of(Rol.HR));
		dienst.laadStartcatalogus(GEMEENTE);
		Map<String, UUID> training = new java.util.HashMap<>();
		dienst.trainingen(GEMEENTE).forEach(t -> training.put(t.code(), t.id()));
		LocalDate vandaag = dienst.vandaag();

		List<TeamInfo> teams = organisaties.teams(GEMEENTE).stream().filter(t -> t.diepte() > 0).toList();
		List<Medewerker> rooster = new ArrayList<>();
		// The demo users first, so that each of them sees "my trainings" and the teamleider a filled team.
		for (var gebruiker : organisaties.gebruikers(GEMEENTE)) {
			if (gebruiker.email() == null || !gebruiker.email().endsWith("@aalstede.demo")) {
				continue;
			}
			String groep = gebruiker.rollen().contains(Rol.TEAMLEIDER) ? "Leidinggevende"
					: gebruiker.rollen().contains(Rol.MEDEWERKER) ? "Klantcontact" : "Informatievoorziening";
			rooster.add(dienst.slaMedewerkerOp(GEMEENTE, null, null, new GeletterdheidDienst.Medewerkergegevens(
					"A" + (1001 + rooster.size()), gebruiker.naam(), gebruiker.teamId(), groep, gebruiker.email(),
					vandaag.minusYears(3))));
		}
		Random toeval = new Random(4_2026L);
		while (rooster.size() < 40) {
			int n = rooster.size();
			TeamInfo team = teams.get(n % teams.size());
			String naam = VOORNAMEN[n % VOORNAMEN.length] + " " + ACHTERNAMEN[(n * 7) % ACHTERNAMEN.length];
			String groep = n % 9 == 0 ? "Leidinggevende" : FUNCTIEGROEPEN[toeval.nextInt(FUNCTIEGROEPEN.length)];
			// A few newcomers, whose "within 90 days of starting" deadline is still ahead.
			LocalDate inDienst = n % 8 == 0 ? vandaag.minusDays(20 + n) : vandaag.minusYears(1 + toeval.nextInt(15));
			rooster.add(dienst.slaMedewerkerOp(GEMEENTE, null, null, new GeletterdheidDienst.Medewerkergegevens(
					"A" + (1001 + n), naam, team.id(), groep, null, inDienst)));
		}

		Map<UUID, String> toepassingen = register.namen(GEMEENTE);
		List<UUID> generatief = toepassingen.entrySet()
			.stream()
			.filter(e -> e.getValue().toLowerCase().contains("chatbot") || e.getValue().toLowerCase().contains("copilot"))
			.map(Map.Entry::getKey)
			.toList();
		generatief.forEach(id -> dienst.zetGeneratief(GEMEENTE, id, true));
		List<UUID> alle = List.copyOf(toepassingen.keySet());

		for (int n = 0; n < rooster.size(); n++) {
			Medewerker m = rooster.get(n);
			if (!alle.isEmpty() && n % 3 != 2) {
				UUID gebruikt = generatief.isEmpty() ? alle.get(n % alle.size()) : generatief.get(n % generatief.size());
				dienst.koppel(GEMEENTE, m.id(), gebruikt, Toepassingsrolsoort.GEBRUIKER);
			}
			if (!alle.isEmpty() && n % 10 == 4) {
				dienst.koppel(GEMEENTE, m.id(), alle.get((n / 10) % alle.size()), Toepassingsrolsoort.TOEZICHTHOUDER);
			}
			if (!alle.isEmpty() && n == 7) {
				dienst.koppel(GEMEENTE, m.id(), alle.get(0), Toepassingsrolsoort.BEHEERDER);
			}
			int soort = n % 10;
			// 0-5: basic training, of which 4 will expire soon and 5 has expired; 6: self-reported, waiting;
			// 7-9: nothing yet.
			switch (soort) {
				case 0, 1, 2, 3 -> dienst.registreer(GEMEENTE, m.id(), training.get(n % 2 == 0 ? "AI-BASIS-EL" : "AI-BASIS-KL"),
						vandaag.minusDays(30 + toeval.nextInt(300)), Bron.HANDMATIG, hr);
				case 4 -> dienst.registreer(GEMEENTE, m.id(), training.get("AI-BASIS-EL"), vandaag.minusMonths(24).plusDays(40),
						Bron.IMPORT, hr);
				case 5 -> dienst.registreer(GEMEENTE, m.id(), training.get("AI-BASIS-EL"), vandaag.minusMonths(26), Bron.IMPORT, hr);
				case 6 -> dienst.registreer(GEMEENTE, m.id(), training.get("AI-BASIS-KL"), vandaag.minusDays(10),
						Bron.ZELF_GEMELD, hr);
				default -> {
				}
			}
			if (n % 5 == 0) {
				dienst.registreer(GEMEENTE, m.id(), training.get(n % 2 == 0 ? "AI-PROMPT-PLUS" : "AI-LEIDING"),
						vandaag.minusDays(60 + toeval.nextInt(200)), Bron.HANDMATIG, hr);
			}
			if (n % 10 == 4) {
				dienst.registreer(GEMEENTE, m.id(), training.get("AI-TOEZICHT"), vandaag.minusMonths(11), Bron.HANDMATIG, hr);
			}
		}

		dienst.slaEisOp(GEMEENTE, new GeletterdheidDienst.Eisgegevens("Basistraining voor iedereen", Niveau.BASIS,
				List.of(), LocalDate.of(2025, 12, 31), 90));
		dienst.slaEisOp(GEMEENTE, new GeletterdheidDienst.Eisgegevens("Gebruikers van generatieve AI", Niveau.BASIS,
				List.of(new Voorwaarde("generatief", "ja")), LocalDate.of(2025, 9, 1), 30));
		dienst.slaEisOp(GEMEENTE, new GeletterdheidDienst.Eisgegevens("Toezicht op AI met hoog risico", Niveau.VERDIEPEND,
				List.of(new Voorwaarde("toepassingsrol", "toezichthouder"), new Voorwaarde("hoog-risico", "ja")),
				LocalDate.of(2026, 8, 2), 60));
		dienst.slaEisOp(GEMEENTE, new GeletterdheidDienst.Eisgegevens("Leidinggevenden: AI en leidinggeven",
				Niveau.VERDIEPEND, List.of(new Voorwaarde("functiegroep", "Leidinggevende")), LocalDate.of(2027, 3, 31), 180));
	}

}
