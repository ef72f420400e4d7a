// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Demo data for the AI Act tab: the demo chatbot of Aalstede classified with the shipped tree, and one requirement
 * in progress, so a first visitor sees a result, requirements with due dates and the overview filled. Runs after
 * the register's demo data and only once.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("helder.demo.enabled")
class DemoClassificaties implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoClassificaties.class);

	static final String GEMEENTE = "GM9001";

	static final String TOEPASSING = "Chatbot voor vragen over afval";

	/**
	 * A municipality that uses a supplier's chatbot without changes, already in use, not high-risk, with the duty to
	 * tell people they talk to AI: by answer position in the shipped tree.
	 */
	static final int[] ANTWOORDEN = { 0, 4, 0, 0, 1, 0, 1, 2, 1, 1, 0, 1 };

	private final ClassificatieDienst classificaties;

	private final Classificaties opgeslagen;

	private final Verplichtingen verplichtingen;

	private final Registergids register;

	DemoClassificaties(ClassificatieDienst classificaties, Classificaties opgeslagen, Verplichtingen verplichtingen,
			Registergids register) {
		this.classificaties = classificaties;
		this.opgeslagen = opgeslagen;
		this.verplichtingen = verplichtingen;
		this.register = register;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		UUID chatbot = register.namen(GEMEENTE)
			.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(TOEPASSING))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
		if (chatbot == null || !opgeslagen.findByOrganisatieCodeAndToepassingIdOrderByGestartOpDesc(GEMEENTE, chatbot)
			.isEmpty()) {
			return;
		}
		Aanvrager aico = new Systeemaanvrager("demo-aico", "Demo AICO Aalstede", GEMEENTE, Set.of(Rol.AICO));
		Classificatie classificatie = classificaties.start(GEMEENTE, chatbot, aico);
		for (int antwoord : ANTWOORDEN) {
			if (classificatie.klaar()) {
				break;
			}
			classificatie = classificaties.beantwoord(GEMEENTE, chatbot, antwoord, null, null);
		}
		if (!classificatie.klaar()) {
			LOG.warn("De democlassificatie van {} kwam niet tot een conclusie; de boom is veranderd.", TOEPASSING);
			return;
		}
		if (verplichtingen.voorToepassing(GEMEENTE, chatbot).stream().anyMatch(r -> r.vereiste().code().equals("aia-01"))) {
			verplichtingen.wijzig(GEMEENTE, chatbot, "aia-01", Taak.Status.BEZIG,
					"De basistraining AI voor het team Klantcontact is gepland.",
					List.of("https://intranet.aalstede.example/leren/ai-basis"), null, aico);
		}
	}

}
