// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The demo shows the AI Act tab filled: the demo chatbot is classified and one requirement is in progress. */
class DemoClassificatiesTest extends HelderIntegratieTest {

	@Test
	void deDemoChatbotIsGeclassificeerdMetEenVereisteInUitvoering() throws Exception {
		UUID chatbot = jdbc.sql("select id from register.toepassing where organisatie_code = 'GM9001' and naam = ?")
			.param("Chatbot voor vragen over afval")
			.query(UUID.class)
			.single();
		String labels = jdbc.sql("select labels::text from aiact.classificatie where toepassing_id = ? "
				+ "and conclusie_id is not null order by gestart_op limit 1").param(chatbot).query(String.class).single();
		// A supplier's chatbot used as is: deployer, not high-risk, and people must be told they talk to AI (art. 50).
		assertThat(labels).contains("gebruiksverantwoordelijke", "geen hoog-risico AI", "transparantieverplichting");
		assertThat(jdbc.sql("select status from aiact.taak where toepassing_id = ? and vereiste_code = 'aia-01'")
			.param(chatbot).query(String.class).single()).isEqualTo("BEZIG");
		String tab = mvc.perform(get("/toepassingen/" + chatbot + "/ai-verordening").with(als("medewerker@aalstede.demo")))
			.andReturn().getResponse().getContentAsString();
		assertThat(tab).contains("Uitkomst", "geen hoog-risico AI", "Bezig");
	}

}
