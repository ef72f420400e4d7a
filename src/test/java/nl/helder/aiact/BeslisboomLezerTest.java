// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.helder.aiact.internal.BeslisboomLezer;
import nl.helder.aiact.internal.StandaardBoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Broken trees are refused on load with every finding as a Dutch sentence that names the question and answer. Each
 * test starts from the same small valid tree and breaks one thing.
 */
class BeslisboomLezerTest {

	/** Question 1 gives label "a" or "b"; question 2 decides on those labels. */
	private static final String VRAAG_1 = """
			{"questionId": "1", "question": "Eerste vraag?", "answers": [
			  {"answer": "Ja", "labels": ["a"], "nextQuestionId": "2"},
			  {"answer": "Nee", "labels": ["b"], "nextQuestionId": "2"}]}""";

	private static final String VRAAG_2 = """
			{"questionId": "2", "question": "Tweede vraag?", "answers": [
			  {"answer": "Ja", "redirects": [
			    {"if": "\\"a\\" in labels", "nextConclusionId": "C2"},
			    {"if": "\\"b\\" in labels", "nextConclusionId": "C1"}]},
			  {"answer": "Nee", "nextConclusionId": "C1"}]}""";

	private static final String CONCLUSIES = """
			{"conclusionId": "C1", "conclusion": "Eén"}, {"conclusionId": "C2", "conclusion": "Twee"}""";

	private static String boom(String vragen, String conclusies) {
		return """
				{"naam": "Proefboom", "versie": "1.0", "geldigVanaf": "2026-01-01",
				 "questions": [%s], "conclusions": [%s]}""".formatted(vragen, conclusies);
	}

	private static String geldig() {
		return boom(VRAAG_1 + "," + VRAAG_2, CONCLUSIES);
	}

	private static List<String> fouten(String tekst) {
		return fouten(tekst, Boomformaat.JSON);
	}

	private static List<String> fouten(String tekst, Boomformaat formaat) {
		OngeldigeBeslisboom fout = catchThrowableOfType(OngeldigeBeslisboom.class,
				() -> BeslisboomLezer.lees(tekst, formaat));
		assertThat(fout).as("de boom had geweigerd moeten worden").isNotNull();
		return Berichten.nl(fout);
	}

	@Test
	void geldigeBoomLaadt() {
		BeslisboomLezer.Gelezen gelezen = BeslisboomLezer.lees(geldig(), Boomformaat.JSON);
		assertThat(gelezen.naam()).isEqualTo("Proefboom");
		assertThat(gelezen.versie()).isEqualTo("1.0");
		Beslisboom boom = gelezen.boom();
		assertThat(boom.geldigVanaf()).hasValueSatisfying(d -> assertThat(d).hasToString("2026-01-01"));
		assertThat(boom.vragen()).extracting(Vraag::vraagId).containsExactly("1", "2");
		assertThat(boom.volg(List.of(Keuze.opTekst("1", "Nee"), Keuze.opTekst("2", "Ja"))))
			.isEqualTo(new Stand(Stand.Status.CONCLUSIE, null, "C1", List.of("b"), List.of("1", "2")));
		assertThat(boom.volg(List.of(Keuze.opIndex("1", 0)))).isEqualTo(
				new Stand(Stand.Status.VRAAG, "2", null, List.of("a"), List.of("1")));
	}

	@Test
	void geldigeBoomInYaml() {
		String yaml = """
				name: Proefboom
				version: "2"
				questions:
				  - questionId: "1"
				    question: Eerste vraag?
				    answers:
				      - answer: Ja
				        labels: [a]
				        redirects:
				          - if: '"a" in labels && !("b" in labels)'
				            nextConclusionId: C1
				      - answer: Nee
				        labels: [b]
				        nextConclusionId: C1
				conclusions:
				  - conclusionId: C1
				    conclusion: Klaar
				""";
		BeslisboomLezer.Gelezen gelezen = BeslisboomLezer.lees(yaml, Boomformaat.YAML);
		assertThat(gelezen.versie()).isEqualTo("2");
		assertThat(gelezen.boom().volg(List.of(Keuze.opTekst("1", "Ja"))).conclusieId()).isEqualTo("C1");
	}

	// --- references

	@Test
	void verwijzingNaarOnbekendeVraag() {
		assertThat(fouten(boom(VRAAG_1.replace("\"nextQuestionId\": \"2\"}", "\"nextQuestionId\": \"9\"}")
			.replaceFirst("\"9\"", "\"2\"") + "," + VRAAG_2, CONCLUSIES)))
			.containsExactly("Vraag 1, antwoord 2 (\"Nee\"): verwijst naar vraag 9, maar die vraag bestaat niet.");
	}

	@Test
	void verwijzingNaarOnbekendeConclusie() {
		assertThat(fouten(boom(VRAAG_1 + "," + VRAAG_2.replace("\"C2\"", "\"C9\""), CONCLUSIES))).containsExactly(
				"Vraag 2, antwoord 1 (\"Ja\"): verwijst naar conclusie C9, maar die conclusie bestaat niet.");
	}

	@Test
	void onbereikbareVraag() {
		String derde = """
				{"questionId": "3", "question": "Vergeten vraag?", "answers": [{"answer": "Ja", "nextConclusionId": "C1"}]}""";
		assertThat(fouten(boom(VRAAG_1 + "," + VRAAG_2 + "," + derde, CONCLUSIES))).containsExactly(
				"Vraag 3 is niet te bereiken: geen enkel antwoord verwijst ernaar. De boom begint bij vraag 1.");
	}

	@Test
	void vraagAlleenAchterEenVoorwaardeDieNooitWaarIs() {
		String tweede = VRAAG_2.replace("{\"answer\": \"Nee\", \"nextConclusionId\": \"C1\"}", """
				{"answer": "Nee", "redirects": [
				  {"if": "\\"a\\" in labels && \\"b\\" in labels", "nextQuestionId": "3"},
				  {"if": "true", "nextConclusionId": "C1"}]}""");
		String derde = """
				{"questionId": "3", "question": "Nooit gesteld?", "answers": [{"answer": "Ja", "nextConclusionId": "C1"}]}""";
		assertThat(fouten(boom(VRAAG_1 + "," + tweede + "," + derde, CONCLUSIES))).containsExactly(
				"Vraag 3 wordt nooit bereikt: de voorwaarden die ernaartoe leiden, zijn bij geen enkele combinatie van antwoorden waar.");
	}

	@Test
	void kringloop() {
		String tweede = VRAAG_2.replace("{\"answer\": \"Nee\", \"nextConclusionId\": \"C1\"}",
				"{\"answer\": \"Nee\", \"nextQuestionId\": \"1\"}");
		assertThat(fouten(boom(VRAAG_1 + "," + tweede, CONCLUSIES))).containsExactly(
				"De boom heeft een kringloop: 2 → 1 → 2. Wie zo antwoordt, komt steeds weer bij vraag 2 uit en krijgt nooit een conclusie.");
	}

	/** The official tree has 2.9 → 2.11 → 2.9, guarded by labels the first visit adds: that is no loop. */
	@Test
	void terugNaarEenVraagMetNieuweLabelsIsGeenKringloop() {
		String tweede = VRAAG_2.replace("{\"answer\": \"Nee\", \"nextConclusionId\": \"C1\"}", """
				{"answer": "Nee", "labels": ["c"], "redirects": [
				  {"if": "!(\\"d\\" in labels)", "nextQuestionId": "3"},
				  {"if": "true", "nextConclusionId": "C1"}]}""");
		String derde = """
				{"questionId": "3", "question": "Derde?", "answers": [{"answer": "Ja", "labels": ["d"], "nextQuestionId": "2"}]}""";
		Beslisboom boom = BeslisboomLezer.lees(boom(VRAAG_1 + "," + tweede + "," + derde, CONCLUSIES), Boomformaat.JSON)
			.boom();
		Stand stand = boom.volg(List.of(Keuze.opIndex("1", 0), Keuze.opIndex("2", 1), Keuze.opIndex("3", 0),
				Keuze.opIndex("2", 1)));
		assertThat(stand.conclusieId()).isEqualTo("C1");
		assertThat(stand.pad()).containsExactly("1", "2", "3", "2");
	}

	@Test
	void antwoordWaarBijGeenEnkeleVoorwaardeWaarIs() {
		String tweede = VRAAG_2.replace(",\n    {\"if\": \"\\\"b\\\" in labels\", \"nextConclusionId\": \"C1\"}", "");
		assertThat(tweede).isNotEqualTo(VRAAG_2);
		assertThat(fouten(boom(VRAAG_1 + "," + tweede, CONCLUSIES))).containsExactly(
				"Vraag 2, antwoord 1 (\"Ja\"): met de labels \"b\" is geen enkele voorwaarde waar, dus de beslishulp loopt hier vast. Dit gebeurt na de vragen 1 → 2.");
	}

	@Test
	void onleesbareVoorwaarde() {
		String tweede = VRAAG_2.replace("\"if\": \"\\\"a\\\" in labels\"", "\"if\": \"\\\"a\\\" in labels &&\"");
		assertThat(tweede).isNotEqualTo(VRAAG_2);
		assertThat(fouten(boom(VRAAG_1 + "," + tweede, CONCLUSIES))).containsExactly(
				"Vraag 2, antwoord 1 (\"Ja\"), doorverwijzing 1: de voorwaarde is niet te lezen: de voorwaarde houdt op na teken 16, terwijl er nog iets moet komen. De voorwaarde is: \"a\" in labels &&");
	}

	@Test
	void voorwaardeMetEenLabelDatNergensWordtGegeven() {
		String tweede = VRAAG_2.replace("\\\"b\\\" in labels", "\\\"B\\\" in labels");
		assertThat(fouten(boom(VRAAG_1 + "," + tweede, CONCLUSIES))).containsExactly(
				"Vraag 2, antwoord 1 (\"Ja\"): de voorwaarde noemt het label \"B\", maar geen enkel antwoord geeft dat label. Is het een tikfout?");
	}

	// --- structure

	@Test
	void dubbeleVraag() {
		assertThat(fouten(boom(VRAAG_1 + "," + VRAAG_2 + "," + VRAAG_2, CONCLUSIES))).containsExactly(
				"Vraag 2 staat meer dan één keer in de boom. Geef elke vraag een eigen questionId.");
	}

	@Test
	void dubbeleConclusie() {
		assertThat(fouten(boom(VRAAG_1 + "," + VRAAG_2, CONCLUSIES + ", {\"conclusionId\": \"C1\", \"conclusion\": \"Nog eens\"}")))
			.containsExactly("Conclusie C1 staat meer dan één keer in de boom. Geef elke conclusie een eigen conclusionId.");
	}

	@Test
	void dubbelAntwoord() {
		assertThat(fouten(boom(VRAAG_1.replace("\"Nee\"", "\"Ja\"") + "," + VRAAG_2, CONCLUSIES))).containsExactly(
				"Vraag 1 heeft het antwoord \"Ja\" meer dan één keer. Elk antwoord van een vraag moet anders zijn.");
	}

	@Test
	void antwoordZonderVervolg() {
		String eerste = VRAAG_1.replace("{\"answer\": \"Nee\", \"labels\": [\"b\"], \"nextQuestionId\": \"2\"}",
				"{\"answer\": \"Nee\", \"labels\": [\"b\"]}");
		assertThat(fouten(boom(eerste + "," + VRAAG_2, CONCLUSIES))).containsExactly(
				"Vraag 1, antwoord 2 (\"Nee\"): er staat niet waar dit antwoord heen leidt. Vul nextQuestionId, nextConclusionId of redirects in.");
		assertThat(fouten(boom(VRAAG_1 + "," + VRAAG_2.replaceFirst("\"redirects\": \\[[^]]*]", "\"redirects\": []"),
				CONCLUSIES))).containsExactly(
				"Vraag 2, antwoord 1 (\"Ja\"): er staat niet waar dit antwoord heen leidt. Vul nextQuestionId, nextConclusionId of redirects in.");
	}

	@Test
	void antwoordMetTweeVervolgen() {
		String eerste = VRAAG_1.replace("\"labels\": [\"a\"], \"nextQuestionId\": \"2\"",
				"\"labels\": [\"a\"], \"nextQuestionId\": \"2\", \"nextConclusionId\": \"C1\"");
		assertThat(fouten(boom(eerste + "," + VRAAG_2, CONCLUSIES))).containsExactly(
				"Vraag 1, antwoord 1 (\"Ja\"): dit antwoord heeft meer dan één vervolg. Kies één van nextQuestionId, nextConclusionId en redirects.");
	}

	@Test
	void legeBoom() {
		assertThat(fouten("")).containsExactly("Het bestand is leeg. Stuur een beslisboom met questions en conclusions.");
		assertThat(fouten("{}")).containsExactly("De boom: het veld naam ontbreekt of is leeg.",
				"De boom: het veld versie ontbreekt of is leeg.", "De boom: het veld questions ontbreekt of is leeg.",
				"De boom: het veld conclusions ontbreekt of is leeg.");
		assertThat(fouten(boom("", ""))).containsExactly(
				"De boom heeft geen vragen. Zet minstens één vraag in questions.",
				"De boom heeft geen conclusies. Zet minstens één conclusie in conclusions.");
		assertThat(fouten(boom("{\"questionId\": \"1\", \"question\": \"Niets?\", \"answers\": []}", CONCLUSIES)))
			.containsExactly("Vraag 1 heeft geen antwoorden. Geef elke vraag minstens één antwoord.");
	}

	@Test
	void ongeldigeJsonOfYaml() {
		assertThat(fouten("{\"naam\": \"x\",\n \"versie\": }")).singleElement()
			.asString()
			.startsWith("Het bestand is geen geldige JSON. Controleer regel 2, kolom ");
		assertThat(fouten("{\"naam\": \"x\", \"naam\": \"y\"}")).singleElement()
			.asString()
			.startsWith("Het bestand is geen geldige JSON. Controleer regel 1, kolom ");
		assertThat(fouten("naam: [x\nversie: 1\n", Boomformaat.YAML)).singleElement()
			.asString()
			.startsWith("Het bestand is geen geldige YAML. Controleer regel ");
		assertThat(BeslisboomLezer.lees(geldig(), Boomformaat.YAML).naam()).as("JSON is ook YAML").isEqualTo("Proefboom");
	}

	@Test
	void verkeerdeTypen() {
		assertThat(fouten("[1, 2]")).containsExactly(
				"De boom: dit moet een object zijn (velden met een naam en een waarde), geen losse waarde of lijst.");
		assertThat(fouten(boom(VRAAG_1.replace("[\"a\"]", "\"a\"") + "," + VRAAG_2, CONCLUSIES))).containsExactly(
				"Vraag 1, antwoord 1 (\"Ja\"): het veld labels moet een lijst met teksten zijn.");
		assertThat(fouten(boom("{\"questionId\": \"1\", \"question\": \"Vraag?\", \"answers\": \"Ja\"}", CONCLUSIES)))
			.containsExactly("Vraag 1: het veld answers moet een lijst zijn.");
		assertThat(fouten(boom(VRAAG_1.replace("\"questionId\": \"1\"", "\"questionId\": 1.1") + "," + VRAAG_2,
				CONCLUSIES))).contains(
				"Vraag nummer 1 in de lijst: het veld questionId moet een tekst zijn, geen getal. Zet een nummer als 1.10 tussen aanhalingstekens, anders leest YAML het als 1.1.");
		assertThat(fouten(boom(VRAAG_1 + "," + VRAAG_2, "\"C1\", {\"conclusionId\": \"C2\", \"conclusion\": true}")))
			.containsExactly(
					"Conclusie nummer 1 in de lijst: dit moet een object zijn (velden met een naam en een waarde), geen losse waarde of lijst.",
					"Conclusie C2: het veld conclusion moet een tekst zijn.");
		assertThat(fouten(geldig().replace("\"2026-01-01\"", "\"1 januari\""))).containsExactly(
				"De boom: het veld geldigVanaf moet een datum zijn, zoals 2026-08-05.");
	}

	@Test
	void alleFoutenTegelijk() {
		String eerste = VRAAG_1.replace("\"question\": \"Eerste vraag?\", ", "");
		assertThat(fouten(boom(eerste + "," + VRAAG_2, CONCLUSIES.replace(", \"conclusion\": \"Eén\"", ""))))
			.containsExactly("Vraag 1: het veld question ontbreekt of is leeg.",
					"Conclusie C1: het veld conclusion ontbreekt of is leeg.");
	}

	// --- evaluation errors, by step

	private static Beslisboom proefboom() {
		return BeslisboomLezer.lees(geldig(), Boomformaat.JSON).boom();
	}

	private static String stapfout(List<Keuze> keuzes) {
		OngeldigeKeuze fout = catchThrowableOfType(OngeldigeKeuze.class, () -> proefboom().volg(keuzes));
		assertThat(fout).as("de antwoorden hadden geweigerd moeten worden").isNotNull();
		return fout.stap() + ": " + Berichten.nl(fout.melding());
	}

	@Test
	void evaluatieFoutenNoemenDeStap() {
		assertThat(stapfout(List.of(Keuze.opTekst("1", "Ja"), Keuze.opTekst("2", "Misschien")))).isEqualTo(
				"2: Stap 2: \"Misschien\" is geen antwoord op vraag 2. Kies uit: \"Ja\", \"Nee\".");
		assertThat(stapfout(List.of(Keuze.opIndex("1", 2)))).isEqualTo(
				"1: Stap 1: antwoordIndex 2 bestaat niet bij vraag 1. Kies een nummer van 0 tot en met 1.");
		assertThat(stapfout(List.of(Keuze.opIndex("1", -1)))).startsWith("1: Stap 1: antwoordIndex -1 bestaat niet");
		assertThat(stapfout(List.of(Keuze.opIndex("1", 0), Keuze.opIndex("1", 0)))).isEqualTo(
				"2: Stap 2: de beslishulp is bij vraag 2, niet bij vraag 1. Controleer de volgorde van de antwoorden.");
		assertThat(stapfout(List.of(new Keuze("1", "Ja", 0)))).isEqualTo(
				"1: Stap 1 (vraag 1): geef het antwoord als tekst (antwoord) of als nummer (antwoordIndex), één van de twee.");
		assertThat(stapfout(List.of(new Keuze("1", null, null)))).startsWith("1: Stap 1 (vraag 1): geef het antwoord");
		assertThat(stapfout(List.of(new Keuze(null, "Ja", null)))).isEqualTo(
				"1: Stap 1: vraagId ontbreekt. Bij deze stap hoort vraag 1.");
		assertThat(stapfout(List.of(Keuze.opIndex("1", 1), Keuze.opIndex("2", 1), Keuze.opIndex("3", 0))))
			.isEqualTo("3: Stap 3: de beslishulp was al klaar met conclusie C1. Haal de antwoorden na stap 2 weg.");
	}

	// --- the shipped tree at start-up

	@Test
	void kapotteMeegeleverdeBoomHoudtDeStartTegen(@TempDir Path map) throws Exception {
		Path kapot = map.resolve("beslishulp-9.json");
		Files.writeString(kapot, boom(VRAAG_1 + "," + VRAAG_2.replace("\"C2\"", "\"C9\""), CONCLUSIES));
		assertThatThrownBy(() -> StandaardBoom.laad("file:" + kapot, Berichten.BUNDEL))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("De meegeleverde beslisboom file:" + kapot + " klopt niet; Helder start niet.")
			.hasMessageContaining(
					"- Vraag 2, antwoord 1 (\"Ja\"): verwijst naar conclusie C9, maar die conclusie bestaat niet.");
	}

	@Test
	void meegeleverdeBoomLaadt() {
		BeslisboomLezer.Gelezen gelezen = StandaardBoom.laad(StandaardBoom.BESTAND, Berichten.BUNDEL);
		assertThat(gelezen.boom().vragen()).isNotEmpty();
		assertThat(gelezen.naam()).isNotBlank();
	}

}
