// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Rol;
import nl.helder.shared.Systeemaanvrager;

/**
 * Demo pilots in Aalstede: one that went from intake through baseline and follow-up to "scale up", one stopped with
 * lessons, and one intake in draft, so the tab and the portfolio show every phase. Runs once, after the register's
 * and the AI Act's demo data; dates count back from today so the measurements are never in the future.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("helder.demo.enabled")
class DemoPilots implements ApplicationRunner {

	static final String GEMEENTE = "GM9001";

	static final String OPGESCHAALD = "Chatbot ook voor vragen over grofvuil";

	static final String GESTOPT = "Foto's van meldingen automatisch herkennen";

	private final PilotDienst dienst;

	private final Pilots pilots;

	private final Registergids register;

	DemoPilots(PilotDienst dienst, Pilots pilots, Registergids register) {
		this.dienst = dienst;
		this.pilots = pilots;
		this.register = register;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!pilots.findByOrganisatieCodeOrderByAangemaaktDesc(GEMEENTE).isEmpty()) {
			return;
		}
		Map<String, UUID> namen = new LinkedHashMap<>();
		register.namen(GEMEENTE).forEach((id, naam) -> namen.put(naam, id));
		UUID chatbot = namen.get("Chatbot voor vragen over afval");
		UUID meldingen = namen.get("Meldingen openbare ruimte op volgorde zetten");
		UUID parkeren = namen.get("Parkeervergunningen automatisch controleren");
		if (chatbot == null || meldingen == null) {
			return;
		}
		Aanvrager coordinator = new Systeemaanvrager("demo-ai-coordinator", "Demo AI-coördinator", GEMEENTE,
				Set.of(Rol.AI_COORDINATOR));
		LocalDate vandaag = dienst.vandaag();
		opgeschaald(chatbot, vandaag, coordinator);
		gestopt(meldingen, vandaag, coordinator);
		if (parkeren != null) {
			dienst.maakAan(GEMEENTE, parkeren, "Kentekens op foto's vergelijken met vergunningen", coordinator);
		}
	}

	private void opgeschaald(UUID toepassing, LocalDate vandaag, Aanvrager wie) {
		Pilot p = dienst.maakAan(GEMEENTE, toepassing, OPGESCHAALD, wie);
		p = dienst.bewaarIntake(GEMEENTE, toepassing, p.id(), new Invoer.Intake(OPGESCHAALD,
				"Inwoners bellen vaak met dezelfde vragen over grofvuil: hoe meld ik het aan en wat kost het?",
				"Het klantcontactcentrum en inwoners die buiten kantooruren een antwoord zoeken.",
				"Medewerkers beantwoorden elke vraag aan de telefoon; een gesprek duurt gemiddeld 13 minuten.",
				"De chatbot voor afval werkt al; dezelfde techniek kan ook deze vragen aan.",
				"Een betere webpagina (al gedaan, hielp weinig) en een keuzemenu in de telefooncentrale.",
				scores(4, 4, 4, 5, 4, 4), "PILOTEN", "Weinig risico, bekende leverancier, duidelijke winst.", p.revisie()),
				wie);
		p = dienst.bewaarPlan(GEMEENTE, toepassing, p.id(),
				new Invoer.Plan("goede pilotaanpak; veilig en transparant inzetten", List.of(), "6",
						vandaag.minusDays(150).toString(), vandaag.minusDays(20).toString(),
						List.of("minuten-per-taak", "tevredenheid-inwoner"), vandaag.minusDays(40).toString(), "INFORMEREN",
						vandaag.minusDays(160).toString(), "De OR is geïnformeerd en heeft geen bezwaar.", null, p.revisie()),
				wie);
		p = dienst.start(GEMEENTE, toepassing, p.id(), p.revisie(), wie);
		meet(p, "minuten-per-taak", 0, vandaag.minusDays(155), 12, 14, 11, 13, 15, 12, 14, 13);
		meet(p, "minuten-per-taak", 1, vandaag.minusDays(45), 8, 9, 7, 10, 8, 9, 8, 7);
		meet(p, "tevredenheid-inwoner", 0, vandaag.minusDays(155), 6, 7, 6, 5, 7, 6);
		meet(p, "tevredenheid-inwoner", 1, vandaag.minusDays(45), 7, 8, 7, 8, 6, 8);
		dienst.besluit(GEMEENTE, toepassing, p.id(), new Invoer.Besluit("OPSCHALEN",
				"Gesprekken over grofvuil werden duidelijk korter en inwoners waren tevredener. De chatbot gaat voor alle afvalvragen open.",
				"Meet vanaf het begin ook hoe vaak inwoners na de chatbot toch bellen.", true, p.revisie()), wie);
	}

	private void gestopt(UUID toepassing, LocalDate vandaag, Aanvrager wie) {
		Pilot p = dienst.maakAan(GEMEENTE, toepassing, GESTOPT, wie);
		p = dienst.bewaarIntake(GEMEENTE, toepassing, p.id(), new Invoer.Intake(GESTOPT,
				"Medewerkers sorteren elke melding met foto met de hand naar het juiste team.",
				"Het team Beheer openbare ruimte.", "Een medewerker bekijkt elke foto en kiest het team.",
				"Beeldherkenning zou de soort melding uit de foto kunnen halen.",
				"Een verplichte keuzelijst in het meldformulier.", scores(3, 2, 3, 3, 4, 3), "PILOTEN",
				"Het probleem is echt; we willen leren of de foto's goed genoeg zijn.", p.revisie()), wie);
		p = dienst.bewaarPlan(GEMEENTE, toepassing, p.id(),
				new Invoer.Plan("rol van ethiek; goede pilotaanpak", List.of(), "3", vandaag.minusDays(120).toString(),
						vandaag.minusDays(30).toString(), List.of("foutpercentage"), null, "ADVIES",
						vandaag.minusDays(130).toString(), "Positief advies.", null, p.revisie()),
				wie);
		p = dienst.start(GEMEENTE, toepassing, p.id(), p.revisie(), wie);
		meet(p, "foutpercentage", 0, vandaag.minusDays(118), 12, 15, 11);
		meet(p, "foutpercentage", 1, vandaag.minusDays(40), 18, 22, 16);
		dienst.besluit(GEMEENTE, toepassing, p.id(), new Invoer.Besluit("STOPPEN",
				"Het model sorteerde vaker verkeerd dan de medewerkers. Er waren te weinig bruikbare foto's.",
				"Te weinig gelabelde foto's om het model te leren; foto's wisselden sterk in kwaliteit (donker, van ver). "
						+ "Ook waren er maar drie metingen per moment: te weinig om iets te bewijzen.",
				true, p.revisie()), wie);
	}

	private void meet(Pilot pilot, String kpi, int moment, LocalDate vanaf, double... waarden) {
		for (int i = 0; i < waarden.length; i++) {
			dienst.voegToe(GEMEENTE, pilot.toepassingId(), pilot.id(), new Invoer.Waarneming(kpi,
					Meting.momentNaam(moment), vanaf.plusDays(i).toString(), String.valueOf(waarden[i])),
					new Systeemaanvrager("demo-ai-coordinator", "Demo AI-coördinator", GEMEENTE, Set.of(Rol.AI_COORDINATOR)));
		}
	}

	private static Map<String, Invoer.Score> scores(int nut, int noodzaak, int risicos, int avg, int ethiek, int beveiliging) {
		Map<String, Invoer.Score> s = new LinkedHashMap<>();
		s.put("nut", new Invoer.Score(String.valueOf(nut), "Wat het oplevert voor inwoners en medewerkers."));
		s.put("noodzaak", new Invoer.Score(String.valueOf(noodzaak), "Eenvoudiger oplossingen zijn bekeken."));
		s.put("risicos", new Invoer.Score(String.valueOf(risicos), "De risico's zijn bekend en klein."));
		s.put("avg", new Invoer.Score(String.valueOf(avg), "Geen bijzondere persoonsgegevens."));
		s.put("ethiek", new Invoer.Score(String.valueOf(ethiek), "Een medewerker blijft verantwoordelijk."));
		s.put("beveiliging", new Invoer.Score(String.valueOf(beveiliging), "De leverancier voldoet aan de BIO."));
		return s;
	}

}
