// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

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

import nl.helder.register.InterneGegevens;
import nl.helder.register.InterneGegevens.Dataclassificatie;
import nl.helder.register.InterneGegevens.Herkomst;
import nl.helder.register.InterneGegevens.Levensfase;
import nl.helder.register.InterneGegevens.Soort;
import nl.helder.register.InterneGegevens.Toolbeleid;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.Systeemaanvrager;
import nl.helder.shared.Rol;

/**
 * Demo register of the fictitious municipalities: a few published descriptions and a few drafts, so the demo shows
 * the public register, the workflow and the completeness score. Written by two demo people, so four eyes hold.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("helder.demo.enabled")
class DemoToepassingen implements ApplicationRunner {

	/** The demo authors act as register managers; the register keeps only their name and id. */
	private static final Set<Rol> REGISTER = Set.of(Rol.REGISTER_BEHEERDER);

	private final RegisterDienst register;

	private final Toepassingen toepassingen;

	DemoToepassingen(RegisterDienst register, Toepassingen toepassingen) {
		this.register = register;
		this.toepassingen = toepassingen;
	}

	/** A demo author; the register only needs a name and a stable person id. */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!toepassingen.findByOrganisatieCodeOrderByNaam("GM9001").isEmpty()) {
			return;
		}
		var schrijver = new Systeemaanvrager("demo-registerbeheerder", "Demo registerbeheerder", "GM9001", REGISTER);
		var controleur = new Systeemaanvrager("demo-ai-coordinator", "Demo AI-coördinator", "GM9001", REGISTER);

		gepubliceerd("GM9001", schrijver, controleur, Map.of(
				"name", "Chatbot voor vragen over afval",
				"description_short", "Een chatbot op de website beantwoordt vragen over afvalinzameling, zoals ophaaldagen en de milieustraat.",
				"category", List.of("Natuur en milieu"),
				"status", "In gebruik",
				"begin_date", "2025-09",
				"contact_email", "algoritmes@aalstede.example",
				"publication_category", "Overige algoritmes",
				"goal", "<p>Inwoners krijgen ook buiten kantooruren snel antwoord op eenvoudige vragen.</p>",
				"human_intervention", "<p>De chatbot neemt geen besluiten. Bij twijfel verwijst hij naar het klantcontactcentrum.</p>",
				"provider", "Voorbeeld Chat B.V."),
				new InterneGegevens("Team Klantcontact", "Manager Dienstverlening", null, null, "Voorbeeld Chat B.V.",
						"Afvalchat", Herkomst.EU, "Nederland", Soort.GENERATIEF, Levensfase.IN_GEBRUIK,
						Toolbeleid.TOEGESTAAN, null, List.of(Dataclassificatie.OPENBAAR), null, null));

		gepubliceerd("GM9001", schrijver, controleur, Map.of(
				"name", "Meldingen openbare ruimte op volgorde zetten",
				"description_short", "Regels bepalen welke melding over de openbare ruimte het eerst wordt opgepakt, bijvoorbeeld een gevaarlijke losse stoeptegel.",
				"category", List.of("Ruimte en infrastructuur"),
				"status", "In gebruik",
				"contact_email", "algoritmes@aalstede.example",
				"publication_category", "Impactvolle algoritmes",
				"goal", "<p>Gevaarlijke situaties eerst oplossen.</p>",
				"risks", "<ul><li>Meldingen uit sommige wijken kunnen achterblijven; dat controleren we elk kwartaal.</li></ul>",
				"source_data", "<p>De melding zelf: soort, plek en foto. Geen gegevens over de melder.</p>"),
				new InterneGegevens("Team Beheer openbare ruimte", "Manager Wijkbeheer", null, null, null, null,
						Herkomst.EU, "Nederland", Soort.REGELGEBASEERD, Levensfase.IN_GEBRUIK, Toolbeleid.TOEGESTAAN,
						null, List.of(Dataclassificatie.INTERN), null, null));

		register.maakAan("GM9001", new RegisterDienst.Invoer(Map.of(
				"name", "Woo-documenten samenvatten",
				"description_short", "Een taalmodel maakt een eerste samenvatting van documenten voor een Woo-verzoek.",
				"status", "In ontwikkeling",
				"publication_category", "Overige algoritmes"),
				new InterneGegevens("Team Juridische zaken", null, null, null, null, null, Herkomst.ONBEKEND, null,
						Soort.GENERATIEF, Levensfase.PILOT, Toolbeleid.IN_BEOORDELING,
						"Alleen openbare documenten; elke samenvatting wordt door een jurist nagelezen.",
						List.of(Dataclassificatie.OPENBAAR), null, null)),
				schrijver);

		UUID copilot = register.maakAan("GM9001", new RegisterDienst.Invoer(Map.of(
				"name", "AI-assistent in de kantoorsoftware",
				"description_short", "Een AI-assistent in de tekstverwerker en e-mail helpt medewerkers met schrijven en samenvatten.",
				"status", "In gebruik",
				"publication_category", "Overige algoritmes",
				"contact_email", "algoritmes@aalstede.example"),
				new InterneGegevens("Team Informatievoorziening", "CIO", null, null, "Voorbeeld Software Inc.",
						"Kantoorassistent", Herkomst.NIET_EU, "Verenigde Staten", Soort.INGEBED, Levensfase.IN_GEBRUIK,
						Toolbeleid.ONDER_VOORWAARDEN, "Geen persoonsgegevens of vertrouwelijke stukken invoeren.",
						List.of(Dataclassificatie.OPENBAAR, Dataclassificatie.INTERN), null, null)),
				schrijver)
			.toepassing()
			.id();
		register.naarReview("GM9001", copilot);

		gepubliceerd("GM9002", new Systeemaanvrager("demo-beekdal-1", "Demo registerbeheerder Beekdal", "GM9002", REGISTER),
				new Systeemaanvrager("demo-beekdal-2", "Demo AI-coördinator Beekdal", "GM9002", REGISTER), Map.of(
						"name", "Parkeervergunningen automatisch controleren",
						"description_short", "Bij een aanvraag voor een parkeervergunning controleert een regel of het kenteken op het adres staat ingeschreven.",
						"category", List.of("Verkeer"),
						"status", "In gebruik",
						"contact_email", "info@beekdal.example",
						"publication_category", "Impactvolle algoritmes",
						"human_intervention", "<p>Een afwijzing wordt altijd door een medewerker bekeken.</p>"),
				new InterneGegevens("Publiekszaken", null, null, null, null, null, Herkomst.EU, "Nederland",
						Soort.REGELGEBASEERD, Levensfase.IN_GEBRUIK, Toolbeleid.TOEGESTAAN, null,
						List.of(Dataclassificatie.PERSOONSGEGEVENS), null, null));
	}

	private void gepubliceerd(String code, Aanvrager schrijver, Aanvrager controleur, Map<String, Object> velden,
			InterneGegevens intern) {
		UUID id = register.maakAan(code, new RegisterDienst.Invoer(velden, intern), schrijver).toepassing().id();
		register.naarReview(code, id);
		register.publiceer(code, id, controleur);
	}

}
