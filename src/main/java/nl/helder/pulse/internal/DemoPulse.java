// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.TeamInfo;
import nl.helder.register.Registergids;

/**
 * Demo pulse for Aalstede: three closed waves with made-up answers (one team too small, so suppression shows), one
 * draft with two reminder dates (the closed waves show theirs as sent), a go-live date for the chatbot between the
 * waves, and one recorded action. Only when demo data is on, and
 * only once: nothing happens when Aalstede already has a wave.
 */
@Component
@ConditionalOnBooleanProperty("helder.demo.enabled")
@Order(100)
class DemoPulse implements ApplicationRunner {

	static final String GEMEENTE = "GM9001";

	/** Made-up respondents per team; Jeugd stays under k = 5 on purpose. */
	static final Map<String, Integer> RESPONDENTEN = Map.of("Klantcontactcentrum", 14, "Burgerzaken", 7,
			"Werk en inkomen", 9, "Jeugd", 3, "Informatievoorziening", 8, "HR en organisatie", 6);

	private final Golven golven;

	private final Acties acties;

	private final Invoeringen invoeringen;

	private final Instrumenten instrumenten;

	private final AnoniemeOpslag opslag;

	private final Organisatiegids organisaties;

	private final Registergids register;

	private final Clock klok;

	private final Golfsommen golfsommen;

	DemoPulse(Golven golven, Acties acties, Invoeringen invoeringen, Instrumenten instrumenten, AnoniemeOpslag opslag,
			Organisatiegids organisaties, Registergids register, Clock klok, Golfsommen golfsommen) {
		this.golfsommen = golfsommen;
		this.golven = golven;
		this.acties = acties;
		this.invoeringen = invoeringen;
		this.instrumenten = instrumenten;
		this.opslag = opslag;
		this.organisaties = organisaties;
		this.register = register;
		this.klok = klok;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!golven.findByOrganisatieCodeOrderByOpentDesc(GEMEENTE).isEmpty()) {
			return;
		}
		List<TeamInfo> teams = organisaties.teams(GEMEENTE);
		if (teams.isEmpty()) {
			return;
		}
		LocalDate vandaag = LocalDate.now(klok);
		Instrument instrument = instrumenten.actueel(PulseDienst.INSTRUMENT, vandaag).orElseThrow();
		List<UUID> bovenste = teams.stream().filter(t -> t.ouderId() == null).map(TeamInfo::id).toList();
		// Three closed waves, so the trend page shows a line; the chatbot goes live between the second and third.
		gesloten("Pulse vorige winter", instrument, vandaag.minusDays(320), bovenste, teams, -0.1, 10L);
		Golf voorjaar = gesloten("Pulse voorjaar", instrument, vandaag.minusDays(200), bovenste, teams, 0.0, 11L);
		Golf najaar = gesloten("Pulse najaar", instrument, vandaag.minusDays(40), bovenste, teams, 1.1, 12L);
		Golf concept = new Golf(GEMEENTE, "Pulse volgend voorjaar", instrument, 5, vandaag.plusDays(30),
				vandaag.plusDays(44), bovenste, "Demo hr");
		concept.zetHerinneringen(List.of(vandaag.plusDays(37), vandaag.plusDays(42)));
		golven.save(concept);
		acties.save(new Actie(voorjaar, vandaag.minusDays(170),
				"Werkoverleg per team over meldingen en bereikbaarheid; afspraak: geen berichten na 18.00 uur die op antwoord wachten.",
				"Demo hr"));
		acties.save(new Actie(najaar, vandaag.minusDays(10),
				"Extra uitleg en oefensessies over de chatbot voor het Klantcontactcentrum.", "Demo hr"));
		register.namen(GEMEENTE)
			.entrySet()
			.stream()
			.filter(e -> e.getValue().startsWith("Chatbot"))
			.findFirst()
			.ifPresent(chatbot -> invoeringen.save(new Invoering(GEMEENTE, chatbot.getKey(), vandaag.minusDays(100))));
	}

	/** A closed wave with made-up answers; {@code extraDruk} raises the demands after the chatbot went live. */
	private Golf gesloten(String titel, Instrument instrument, LocalDate opent, List<UUID> doelteams, List<TeamInfo> teams,
			double extraDruk, long zaad) {
		Golf golf = new Golf(GEMEENTE, titel, instrument, 5, opent, opent.plusDays(14), doelteams, "Demo hr");
		golf.legInstemmingVast(opent.minusDays(20), "OR-besluit 2026-07 (demo)", "DPIA-2026-031 pulse (demo)");
		golf.zetHerinneringen(List.of(opent.plusDays(7), opent.plusDays(12)));
		golf.open();
		golf.markeerHerinneringVerstuurd(opent.plusDays(7));
		golf.markeerHerinneringVerstuurd(opent.plusDays(12));
		golf.sluitAf();
		golf = golven.save(golf);
		Random toeval = new Random(zaad);
		Map<UUID, Integer> uitgenodigd = new LinkedHashMap<>();
		String[] functies = { "uitvoering", "advies", "ondersteuning", "leiding", null };
		String[] gebruik = { "niet", "soms", "vaak", null };
		for (TeamInfo team : teams) {
			int aantal = RESPONDENTEN.getOrDefault(team.naam(), 0);
			if (aantal == 0) {
				continue;
			}
			uitgenodigd.put(team.id(), aantal + 3);
			double druk = team.naam().equals("Klantcontactcentrum") ? extraDruk : extraDruk / 2;
			for (int i = 0; i < aantal; i++) {
				Map<String, Integer> items = new LinkedHashMap<>();
				for (Instrument.Vraag vraag : instrument.schaalvragen()) {
					if (vraag.subschaal().equals("ai_ervaring") && toeval.nextInt(3) == 0) {
						continue;
					}
					double basis = vraag.subschaal().equals("taakeisen") ? 2.9 + druk : 3.4;
					if (vraag.omgekeerd()) {
						basis = 6 - basis;
					}
					int waarde = (int) Math.round(basis + toeval.nextGaussian() * 0.9);
					items.put(vraag.id(), Math.max(1, Math.min(5, waarde)));
				}
				opslag.bewaar(new AnoniemeOpslag.NieuwAntwoord(golf.id(), team.id(), functies[toeval.nextInt(functies.length)],
						gebruik[toeval.nextInt(gebruik.length)], opent.plusDays(toeval.nextInt(14)), items,
						instrument.scores(items), null, false));
			}
		}
		opslag.bewaarGroepsgrootte(golf.id(), uitgenodigd);
		golfsommen.bewaar(golf.id());
		return golf;
	}

}
