// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.helder.audit.internal.Actie;
import nl.helder.organisaties.Grootteklasse;
import nl.helder.organisaties.OrganisatieSoort;
import nl.helder.register.InterneGegevens;
import nl.helder.register.Werkstatus;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user can see comes from the message bundles, in Dutch and in English. A key that is missing shows as
 * ??key?? on a page or as the bare key in an API error, so this test reads the templates and the Java sources and
 * checks every key they name. A plain unit test: it reads the source tree, not a running application.
 */
class BerichtenTest {

	private static final Path BRONNEN = Path.of("src/main/resources");

	private static final Path JAVA = Path.of("src/main/java");

	/** A message expression in a template: #{key}, #{key(args)} or #{${dynamic}} / #{'prefix.' + ${..}}. */
	private static final Pattern BERICHT_IN_SJABLOON = Pattern.compile("#\\{\\s*([^}(]*)");

	/** A literal message key: lower case words with dots, as used throughout the bundles. */
	private static final Pattern SLEUTEL = Pattern.compile("[a-z][a-z0-9-]*(\\.[A-Za-z0-9-]+)+");

	/** A key built from a prefix and a value, such as #{'rol.' + ${rol.code()}}, with the values it can take. */
	private static final Map<String, Set<String>> SAMENGESTELDE_SLEUTELS = Map.ofEntries(
			Map.entry("rol.", codes(Rol.values(), Rol::code)), Map.entry("start.rol.", codes(Rol.values(), Rol::code)),
			Map.entry("soort.", codes(OrganisatieSoort.values(), Enum::name)),
			Map.entry("grootteklasse.", codes(Grootteklasse.values(), Enum::name)),
			Map.entry("audit.actie.", codes(Actie.values(), Enum::name)),
			Map.entry("register.werkstatus.", codes(Werkstatus.values(), Enum::name)),
			Map.entry("register.lijst.sorteer.", Set.of("naam", "volledigheid", "gewijzigd")),
			Map.entry("register.levensfase.", codes(InterneGegevens.Levensfase.values(), Enum::name)),
			Map.entry("register.toolbeleid.", codes(InterneGegevens.Toolbeleid.values(), Enum::name)),
			Map.entry("register.herkomst.", codes(InterneGegevens.Herkomst.values(), Enum::name)),
			Map.entry("register.soort.", codes(InterneGegevens.Soort.values(), Enum::name)),
			Map.entry("register.dataclassificatie.", codes(InterneGegevens.Dataclassificatie.values(), Enum::name)),
			Map.entry("register.import.actie.", Set.of("nieuw", "bijwerken", "ongewijzigd")),
			Map.entry("register.intern.geen.", Set.of("teamIds", "gekoppeld")),
			Map.entry("aiact.taak.status.", codes(nl.helder.aiact.internal.Taak.Status.values(), Enum::name)),
			Map.entry("aiact.termijn.", codes(nl.helder.aiact.internal.Verplichtingen.Termijn.values(), Enum::name)),
			Map.entry("beoordeling.niveau.", Set.of("verplicht", "aangeraden")),
			Map.entry("beoordeling.status.", codes(nl.helder.assessments.Beoordelingsstatus.values(), Enum::name)));

	private static final Pattern SAMENGESTELD = Pattern.compile("#\\{\\s*'([a-z.-]+\\.)'\\s*\\+");

	@Test
	void nederlandsEnEngelsHebbenDezelfdeSleutels() throws IOException {
		Set<String> nederlands = sleutels("messages.properties");
		Set<String> engels = sleutels("messages_en.properties");
		assertThat(nederlands).hasSizeGreaterThan(100);
		assertThat(diff(nederlands, engels)).as("alleen in messages.properties").isEmpty();
		assertThat(diff(engels, nederlands)).as("alleen in messages_en.properties").isEmpty();
	}

	/** A key written twice silently keeps only its last text; with several people adding keys that happens. */
	@Test
	void geenSleutelStaatTweeKeer() throws IOException {
		for (String bundel : List.of("messages.properties", "messages_en.properties")) {
			Map<String, Long> aantallen = Files.readAllLines(BRONNEN.resolve(bundel), StandardCharsets.UTF_8)
				.stream()
				.filter(regel -> regel.contains("=") && !regel.startsWith("#") && !regel.isBlank())
				.map(regel -> regel.substring(0, regel.indexOf('=')).strip())
				.collect(java.util.stream.Collectors.groupingBy(k -> k, TreeMap::new, java.util.stream.Collectors.counting()));
			assertThat(aantallen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
				.as("dubbele sleutels in " + bundel)
				.isEmpty();
		}
	}

	@Test
	void elkeSleutelInEenSjabloonBestaat() throws IOException {
		Map<String, Set<String>> gebruikt = new TreeMap<>();
		Set<String> voorvoegsels = new TreeSet<>();
		try (Stream<Path> sjablonen = Files.walk(BRONNEN.resolve("templates"))) {
			for (Path sjabloon : sjablonen.filter(p -> p.toString().endsWith(".html")).toList()) {
				String tekst = Files.readString(sjabloon, StandardCharsets.UTF_8);
				Matcher bericht = BERICHT_IN_SJABLOON.matcher(tekst);
				while (bericht.find()) {
					String sleutel = bericht.group(1).strip();
					// #{${melding}} takes its key from the model; the controllers' keys are checked below.
					if (SLEUTEL.matcher(sleutel).matches()) {
						gebruikt.computeIfAbsent(sleutel, s -> new TreeSet<>()).add(sjabloon.toString());
					}
				}
				Matcher samengesteld = SAMENGESTELD.matcher(tekst);
				while (samengesteld.find()) {
					voorvoegsels.add(samengesteld.group(1));
				}
			}
		}
		assertThat(gebruikt).as("gevonden sleutels in de sjablonen").hasSizeGreaterThan(100).containsKey("audit.titel");
		assertThat(SAMENGESTELDE_SLEUTELS).as("elk samengesteld voorvoegsel moet hier met zijn waarden staan")
			.containsKeys(voorvoegsels.toArray(String[]::new));
		voorvoegsels.forEach(v -> SAMENGESTELDE_SLEUTELS.get(v).forEach(w -> gebruikt.put(v + w, Set.of("samengesteld"))));
		bestaanInBeideBundels(gebruikt);
	}

	@Test
	void elkeFoutmeldingUitDeCodeBestaat() throws IOException {
		Map<String, Set<String>> gebruikt = new TreeMap<>();
		try (Stream<Path> bronnen = Files.walk(JAVA)) {
			for (Path bron : bronnen.filter(p -> p.toString().endsWith(".java")).toList()) {
				String tekst = Files.readString(bron, StandardCharsets.UTF_8);
				meldingenIn(tekst).forEach(s -> gebruikt.computeIfAbsent(s, x -> new TreeSet<>()).add(bron.toString()));
			}
		}
		assertThat(gebruikt).as("gevonden sleutels in de code")
			.containsKeys("gebruiker.naam.verplicht", "organisatie.code.gemeente", "organisatie.code.anders",
					"fout.veld.getal", "wachtwoord.te-kort", "beheer.gebruiker.aangemaakt");
		bestaanInBeideBundels(gebruikt);
	}

	/**
	 * The keys in the second argument of {@code new OngeldigeInvoer(..)} and {@code new Veldfout(..)} (also inside a
	 * conditional), the keys WachtwoordBeleid hands to Veldfout, and the flash messages the pages show.
	 */
	static Set<String> meldingenIn(String bron) {
		Set<String> sleutels = new TreeSet<>();
		Matcher aanroep = Pattern.compile("new\\s+(?:OngeldigeInvoer\\.)?(?:OngeldigeInvoer|Veldfout)\\s*\\(").matcher(bron);
		while (aanroep.find()) {
			String argumenten = tussenHaakjes(bron, aanroep.end());
			int komma = argumenten.indexOf(',');
			if (komma >= 0) {
				sleutels.addAll(literals(argumenten.substring(komma + 1)));
			}
		}
		Matcher wachtwoord = Pattern.compile("fouten\\.add\\(\\s*\"(wachtwoord\\.[^\"]+)\"").matcher(bron);
		while (wachtwoord.find()) {
			sleutels.add(wachtwoord.group(1));
		}
		Matcher melding = Pattern.compile("addFlashAttribute\\(\\s*\"melding\"\\s*,\\s*\"([^\"]+)\"").matcher(bron);
		while (melding.find()) {
			sleutels.add(melding.group(1));
		}
		return sleutels;
	}

	/** The text up to the parenthesis that closes the one just opened, skipping string literals. */
	private static String tussenHaakjes(String bron, int vanaf) {
		int diepte = 1;
		boolean inTekst = false;
		for (int i = vanaf; i < bron.length(); i++) {
			char c = bron.charAt(i);
			if (c == '"' && bron.charAt(i - 1) != '\\') {
				inTekst = !inTekst;
			}
			else if (!inTekst && c == '(') {
				diepte++;
			}
			else if (!inTekst && c == ')' && --diepte == 0) {
				return bron.substring(vanaf, i);
			}
		}
		throw new IllegalStateException("Geen sluithaakje na positie " + vanaf);
	}

	private static Set<String> literals(String tekst) {
		Set<String> gevonden = new TreeSet<>();
		Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(tekst);
		while (literal.find()) {
			if (SLEUTEL.matcher(literal.group(1)).matches()) {
				gevonden.add(literal.group(1));
			}
		}
		return gevonden;
	}

	@Test
	void dePatronenVindenWatZeMoetenVinden() {
		assertThat(meldingenIn("""
				throw new OngeldigeInvoer("soort", "organisatie.soort.verplicht");
				fouten.add(new Veldfout("code", soort == GEMEENTE ? "organisatie.code.gemeente" : "organisatie.code.anders"));
				fouten.add(new OngeldigeInvoer.Veldfout("naam", "team.naam.verplicht"));
				throw new OngeldigeInvoer(veld, "fout.veld.getal");
				new OngeldigeInvoer(fouten);
				fouten.add(new Veldfout("wachtwoord", f));
				doorgeven.addFlashAttribute("melding", "beheer.team.aangemaakt");
				"""))
			.containsExactlyInAnyOrder("organisatie.soort.verplicht", "organisatie.code.gemeente",
					"organisatie.code.anders", "team.naam.verplicht", "fout.veld.getal", "beheer.team.aangemaakt");
	}

	private static void bestaanInBeideBundels(Map<String, Set<String>> gebruikt) throws IOException {
		for (String bundel : new String[] { "messages.properties", "messages_en.properties" }) {
			Set<String> bekend = sleutels(bundel);
			Map<String, Set<String>> ontbreekt = gebruikt.entrySet()
				.stream()
				.filter(e -> !bekend.contains(e.getKey()))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
			assertThat(ontbreekt).as("sleutels die ontbreken in " + bundel + " (met waar ze gebruikt worden)").isEmpty();
		}
	}

	private static Set<String> sleutels(String bundel) throws IOException {
		Properties eigenschappen = new Properties();
		try (Reader lezer = Files.newBufferedReader(BRONNEN.resolve(bundel), StandardCharsets.UTF_8)) {
			eigenschappen.load(lezer);
		}
		return new TreeSet<>(eigenschappen.stringPropertyNames());
	}

	private static Set<String> diff(Set<String> a, Set<String> b) {
		Set<String> verschil = new TreeSet<>(a);
		verschil.removeAll(b);
		return verschil;
	}

	private static <T> Set<String> codes(T[] waarden, Function<T, String> code) {
		return Arrays.stream(waarden).map(code).collect(Collectors.toUnmodifiableSet());
	}

}
