// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.helder.aiact.internal.VoorwaardeParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The conditions of the official tree, read into a small expression tree and evaluated over label sets. */
class VoorwaardeParserTest {

	@Test
	void leestDeVormenUitDeOfficieleBoom() {
		Voorwaarde v = VoorwaardeParser.lees("\"aanbieder\" in labels && !(\"importeur\" in labels)");
		assertThat(v).isEqualTo(new Voorwaarde.En(new Voorwaarde.Bevat("aanbieder"),
				new Voorwaarde.Niet(new Voorwaarde.Bevat("importeur"))));
		assertThat(v.geldt(Set.of("aanbieder"))).isTrue();
		assertThat(v.geldt(Set.of("aanbieder", "importeur"))).isFalse();
		assertThat(v.geldt(Set.of())).isFalse();
	}

	@ParameterizedTest(name = "{0} met {1} → {2}")
	@CsvSource(delimiter = ';', quoteCharacter = '~', value = {
			// && binds tighter than ||, as in JavaScript and Jexl.
			"'a' in labels || 'b' in labels && 'c' in labels; a; true",
			"'a' in labels || 'b' in labels && 'c' in labels; b; false",
			"('a' in labels || 'b' in labels) && 'c' in labels; a; false",
			"('a' in labels || 'b' in labels) && 'c' in labels; a c; true",
			"!('a' in labels) && !('b' in labels); c; true",
			"!('a' in labels) && !('b' in labels); b; false",
			"!!('a' in labels); a; true",
			"true; ; true",
			"false || 'hoog-risico AI' in labels; hoog-risico_AI; true",
			"\"met \\\"aanhalingsteken\\\"\" in labels; ; false" })
	void evalueertMetDeGebruikelijkeVoorrang(String tekst, String labels, boolean verwacht) {
		Set<String> set = labels == null ? Set.of()
				: Set.of(labels.trim().split(" ")).stream().map(l -> l.replace('_', ' ')).collect(
						java.util.stream.Collectors.toSet());
		assertThat(VoorwaardeParser.lees(tekst).geldt(set)).isEqualTo(verwacht);
	}

	@Test
	void noemtDeGevraagdeLabels() {
		assertThat(VoorwaardeParser.lees("'a' in labels || !('b' in labels) && true").genoemdeLabels())
			.containsExactly("a", "b");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"\"a\" in labels &&; de voorwaarde houdt op na teken 16, terwijl er nog iets moet komen.",
			"(\"a\" in labels; op teken 15 hoort \")\" te staan, maar daar staat het einde.",
			"\"a\" in labels); na de volledige voorwaarde staat nog ) (teken 14).",
			"\"a\" labels; op teken 5 hoort in te staan, maar daar staat labels.",
			"\"a\" in lijst; op teken 8 hoort labels te staan, maar daar staat lijst.",
			"toeval; onbekende naam toeval op teken 1. Een voorwaarde kan alleen \"tekst\" in labels, true en false gebruiken.",
			"\"a\" in labels & \"b\" in labels; het teken & op plaats 15 kan niet in een voorwaarde. Gebruik &&, ||, !, haakjes en \"tekst\" in labels.",
			"\"a in labels; de tekst die op teken 1 begint, heeft geen afsluitend aanhalingsteken.",
			"!\"a\" in labels; zet haakjes na het uitroepteken op teken 1: schrijf !(\"a\" in labels).",
			"&& \"a\" in labels; && op teken 1 past hier niet.",
			"\"a\" == labels; het teken = op plaats 5 kan niet in een voorwaarde. Gebruik &&, ||, !, haakjes en \"tekst\" in labels." })
	void weigertMetPlaatsEnUitlegInHetNederlands(String tekst, String melding) {
		VoorwaardeParser.Fout fout = catchThrowableOfType(VoorwaardeParser.Fout.class, () -> VoorwaardeParser.lees(tekst));
		assertThat(fout).as(tekst).isNotNull();
		assertThat(Berichten.nl(fout.melding())).isEqualTo(melding);
	}

	@Test
	void legeVoorwaardeIsEenFout() {
		assertThatThrownBy(() -> VoorwaardeParser.lees("  ")).isInstanceOf(VoorwaardeParser.Fout.class)
			.satisfies(f -> assertThat(Berichten.nl(((VoorwaardeParser.Fout) f).melding()))
				.isEqualTo("de voorwaarde is leeg."));
	}

}
