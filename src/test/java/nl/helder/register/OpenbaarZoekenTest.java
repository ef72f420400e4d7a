// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import nl.helder.HelderIntegratieTest;
import nl.helder.register.internal.OpenbaarRegister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Searching the public register as a resident types: Dutch word forms, typing errors, accents, and nothing from a
 * draft. Uses the demo register of Aalstede (two published, two drafts).
 */
class OpenbaarZoekenTest extends HelderIntegratieTest {

	@Autowired
	private OpenbaarRegister register;

	@ParameterizedTest(name = "\"{0}\" vindt \"{1}\"")
	@CsvSource({ "afvalinzameling, Chatbot voor vragen over afval",
			"meldingen, Meldingen openbare ruimte op volgorde zetten",
			"melding, Meldingen openbare ruimte op volgorde zetten",
			"afvl, Chatbot voor vragen over afval",
			"chatbto, Chatbot voor vragen over afval",
			"stoeptégel, Meldingen openbare ruimte op volgorde zetten",
			"Voorbeeld Chat, Chatbot voor vragen over afval" })
	void vindtOokMetAndereWoordvormenEnTikfouten(String zoekterm, String verwacht) {
		assertThat(namen(zoekterm)).contains(verwacht);
	}

	@ParameterizedTest(name = "\"{0}\" vindt geen concept")
	@CsvSource({ "kantoorsoftware", "Woo-documenten samenvatten", "AI-assistent" })
	void eenConceptWordtNooitGevonden(String zoekterm) {
		assertThat(namen(zoekterm)).doesNotContain("AI-assistent in de kantoorsoftware", "Woo-documenten samenvatten");
	}

	@org.junit.jupiter.api.Test
	void eenOnbekendWoordVindtNiets() {
		assertThat(namen("paspoortaanvraag")).isEmpty();
	}

	@ParameterizedTest(name = "pagina met \"{0}\"")
	@CsvSource({ "afvl" })
	void deOpenbarePaginaToontDeZoekresultaten(String zoekterm) throws Exception {
		String pagina = mvc.perform(get("/register/" + AALSTEDE).param("zoek", zoekterm))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pagina).contains("Chatbot voor vragen over afval").doesNotContain("Meldingen openbare ruimte op volgorde");
	}

	private List<String> namen(String zoekterm) {
		var gepubliceerd = register.gepubliceerd(AALSTEDE);
		return register.zoek(AALSTEDE, zoekterm)
			.stream()
			.map(id -> gepubliceerd.stream()
				.filter(t -> t.get("lars").equals(id.toString()))
				.map(t -> (String) t.get("name"))
				.findFirst()
				.orElseThrow())
			.toList();
	}

}
