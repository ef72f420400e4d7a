// SPDX-License-Identifier: EUPL-1.2
// Test data for bench/register.sh; not part of the application. Runs as a single-file Java program against the
// libraries of Helder's own jar (PostgreSQL driver, Jackson, Apache POI), so the benchmark needs nothing beyond JDK 17:
//
//   java -cp 'target/bench/ext/lib/*' bench/BenchGegevens.java register JDBC_URL AANTAL UITMAP
//   java -cp 'target/bench/ext/lib/*' bench/BenchGegevens.java xlsx BESTAND RIJEN
//   java -cp 'target/bench/ext/lib/*' bench/BenchGegevens.java controleer JDBC_URL EXPORTMAP
//   java -cp 'target/bench/ext/lib/*' bench/BenchGegevens.java verplichtingen JDBC_URL AANTAL GEMEENTECODE
//
// register: spreads AANTAL published toepassingen over all municipalities whose name starts with "Benchgemeente",
//   written as RegisterDienst leaves them after create, review and publish (werkversie 1, versie 2, standard fields
//   completed with lang, standard_version and organization). Writes the URL paths for wrk to UITMAP.
// xlsx: a spreadsheet in the Algoritmeregister columns (catalogue order), every cell text, like the app's export.
// verplichtingen (bench/verplichtingen.sh): AANTAL toepassingen in GEMEENTECODE, each classified as the wizard leaves
//   a deployer of an AI system that is not high-risk but has transparency duties (about 25 requirements), with a
//   recorded task on 20 of them, as the pages leave it.
// controleer: every exported list has exactly the published toepassingen of its municipality, and every exported
//   detail is the same object as its element in the list.
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

public class BenchGegevens {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path CATALOGUS = Path.of("src/main/resources/data/register/publicatiestandaard-1.0.json");

	public static void main(String[] args) throws Exception {
		switch (args.length == 0 ? "" : args[0]) {
			case "register" -> register(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
			case "xlsx" -> xlsx(Path.of(args[1]), Integer.parseInt(args[2]));
			case "controleer" -> controleer(args[1], Path.of(args[2]));
			case "verplichtingen" -> verplichtingen(args[1], Integer.parseInt(args[2]), args[3]);
			default -> {
				System.err.println("gebruik: register JDBC_URL AANTAL UITMAP | xlsx BESTAND RIJEN | controleer JDBC_URL EXPORTMAP");
				System.exit(2);
			}
		}
	}

	// ---------------------------------------------------------------- register

	static void register(String url, int aantal, Path uit) throws Exception {
		Files.createDirectories(uit);
		Generator generator = new Generator(new Random(20261122L));
		try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
			db.setAutoCommit(false);
			List<String[]> gemeenten = new ArrayList<>();
			try (PreparedStatement q = db.prepareStatement(
					"select code, naam from organisaties.organisatie where soort = 'GEMEENTE' and naam like 'Benchgemeente%' order by code");
					ResultSet rs = q.executeQuery()) {
				while (rs.next()) {
					gemeenten.add(new String[] { rs.getString(1), rs.getString(2) });
				}
			}
			if (gemeenten.isEmpty()) {
				throw new IllegalStateException("geen benchgemeenten gevonden");
			}
			List<String> lijstPaden = new ArrayList<>();
			List<String> detailPaden = new ArrayList<>();
			Instant nu = Instant.now().truncatedTo(ChronoUnit.MICROS);
			try (PreparedStatement t = db.prepareStatement("insert into register.toepassing (id, organisatie_code, naam, "
					+ "werkversie, werkstatus, gepubliceerde_versie, gepubliceerd_op, aangemaakt, gewijzigd, versie) "
					+ "values (?, ?, ?, 1, 'GEPUBLICEERD', 1, ?, ?, ?, 2)");
					PreparedStatement v = db.prepareStatement("insert into register.toepassing_versie (id, toepassing_id, "
							+ "organisatie_code, nummer, standaard, intern, auteur_id, auteur_naam, toelichting, aangemaakt) "
							+ "values (?, ?, ?, 1, ?::jsonb, ?::jsonb, ?, ?, null, ?)")) {
				for (int g = 0; g < gemeenten.size(); g++) {
					String code = gemeenten.get(g)[0];
					String naam = gemeenten.get(g)[1];
					// As even as possible: 10,000 over 342 is 84 municipalities with 30 and 258 with 29.
					int hier = aantal / gemeenten.size() + (g < aantal % gemeenten.size() ? 1 : 0);
					String auteur = UUID.nameUUIDFromBytes(("auteur-" + code).getBytes()).toString();
					lijstPaden.add("/api/v1/openbaar/organisaties/" + code + "/toepassingen");
					for (int i = 0; i < hier; i++) {
						UUID id = UUID.randomUUID();
						Map<String, Object> standaard = generator.standaard(naam, null);
						Instant aangemaakt = nu.minus(generator.random.nextInt(700) + 1, ChronoUnit.DAYS);
						Instant gepubliceerd = aangemaakt.plus(generator.random.nextInt(20) + 1, ChronoUnit.HOURS);
						t.setObject(1, id);
						t.setString(2, code);
						t.setString(3, (String) standaard.get("name"));
						t.setTimestamp(4, Timestamp.from(gepubliceerd));
						t.setTimestamp(5, Timestamp.from(aangemaakt));
						t.setTimestamp(6, Timestamp.from(gepubliceerd));
						t.addBatch();
						v.setObject(1, UUID.randomUUID());
						v.setObject(2, id);
						v.setString(3, code);
						v.setString(4, JSON.writeValueAsString(standaard));
						v.setString(5, JSON.writeValueAsString(generator.intern()));
						v.setString(6, auteur);
						v.setString(7, "Registerbeheerder " + naam.substring("Benchgemeente ".length()));
						v.setTimestamp(8, Timestamp.from(aangemaakt));
						v.addBatch();
						detailPaden.add("/api/v1/openbaar/organisaties/" + code + "/toepassingen/" + id);
					}
					if (g % 50 == 49) {
						t.executeBatch();
						v.executeBatch();
					}
				}
				t.executeBatch();
				v.executeBatch();
			}
			db.commit();
			db.setAutoCommit(true);
			try (var s = db.createStatement()) {
				// What autovacuum does within a minute of a bulk load anyway; done now so the first runs see stable plans.
				s.execute("analyze register.toepassing");
				s.execute("analyze register.toepassing_versie");
			}
			// Rotate over municipalities in the detail paths too, rather than 29 records of one after the other.
			java.util.Collections.shuffle(detailPaden, new Random(7));
			Files.write(uit.resolve("paden-lijst.txt"), lijstPaden);
			Files.write(uit.resolve("paden-detail.txt"), detailPaden);
			System.out.printf("%d toepassingen gepubliceerd in %d gemeenten%n", detailPaden.size(), gemeenten.size());
		}
	}

	// ---------------------------------------------------------------- verplichtingen

	/** Requirements that hold for every AI system of a deployer: the GDPR, the Awb, the BIO, the register, rights. */
	static final List<String> TAKEN = List.of("avg-01", "avg-02", "avg-03", "avg-04", "avg-05", "avg-06", "avg-07",
			"avg-08", "avg-09", "avg-10", "avg-11", "avg-12", "avg-13", "awb-01", "awb-02", "bio-01", "bzk-01", "grw-01",
			"grw-02", "woo-01");

	static final List<String> STATUSSEN = List.of("OPEN", "BEZIG", "AFGEROND", "NIET_VAN_TOEPASSING");

	static void verplichtingen(String url, int aantal, String code) throws Exception {
		Generator generator = new Generator(new Random(1000L));
		String labels = JSON.writeValueAsString(List.of("gebruiksverantwoordelijke", "in gebruik", "AI-systeem",
				"geen hoog-risico AI", "transparantieverplichting", "geen open-source"));
		Instant nu = Instant.now().truncatedTo(ChronoUnit.MICROS);
		try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
			db.setAutoCommit(false);
			try (PreparedStatement t = db.prepareStatement("insert into register.toepassing (id, organisatie_code, naam, "
					+ "werkversie, werkstatus, aangemaakt, gewijzigd, versie) values (?, ?, ?, 1, 'CONCEPT', ?, ?, 0)");
					PreparedStatement v = db.prepareStatement("insert into register.toepassing_versie (id, toepassing_id, "
							+ "organisatie_code, nummer, standaard, intern, auteur_id, auteur_naam, toelichting, aangemaakt) "
							+ "values (?, ?, ?, 1, ?::jsonb, ?::jsonb, 'bench', 'Bench', null, ?)");
					PreparedStatement c = db.prepareStatement("insert into aiact.classificatie (id, organisatie_code, "
							+ "toepassing_id, boom_id, boom_versie, antwoorden, conclusie_id, labels, gestart_door, gestart_op, "
							+ "gewijzigd_op, afgerond_op, versie) values (?, ?, ?, 'helder-1.0.0', '1.0.0', '[]'::jsonb, "
							+ "'13.0.3', ?::jsonb, 'Bench', ?, ?, ?, 0)");
					PreparedStatement k = db.prepareStatement("insert into aiact.taak (id, organisatie_code, toepassing_id, "
							+ "vereiste_code, status, toelichting, bewijs, gewijzigd_door, gewijzigd_op, versie) "
							+ "values (?, ?, ?, ?, ?, ?, '[]'::jsonb, 'Bench', ?, 0)")) {
				for (int i = 0; i < aantal; i++) {
					UUID id = UUID.randomUUID();
					Map<String, Object> standaard = generator.standaard(null, null);
					Timestamp tijd = Timestamp.from(nu.minus(i, ChronoUnit.MINUTES));
					t.setObject(1, id);
					t.setString(2, code);
					t.setString(3, (String) standaard.get("name"));
					t.setTimestamp(4, tijd);
					t.setTimestamp(5, tijd);
					t.addBatch();
					v.setObject(1, UUID.randomUUID());
					v.setObject(2, id);
					v.setString(3, code);
					v.setString(4, JSON.writeValueAsString(standaard));
					v.setString(5, JSON.writeValueAsString(generator.intern()));
					v.setTimestamp(6, tijd);
					v.addBatch();
					c.setObject(1, UUID.randomUUID());
					c.setString(2, code);
					c.setObject(3, id);
					c.setString(4, labels);
					c.setTimestamp(5, tijd);
					c.setTimestamp(6, tijd);
					c.setTimestamp(7, tijd);
					c.addBatch();
					for (int j = 0; j < TAKEN.size(); j++) {
						String status = STATUSSEN.get((i + j) % STATUSSEN.size());
						k.setObject(1, UUID.randomUUID());
						k.setString(2, code);
						k.setObject(3, id);
						k.setString(4, TAKEN.get(j));
						k.setString(5, status);
						k.setString(6, "NIET_VAN_TOEPASSING".equals(status) ? "Geen persoonsgegevens." : null);
						k.setTimestamp(7, tijd);
						k.addBatch();
					}
					if (i % 100 == 99) {
						t.executeBatch();
						v.executeBatch();
						c.executeBatch();
						k.executeBatch();
					}
				}
				t.executeBatch();
				v.executeBatch();
				c.executeBatch();
				k.executeBatch();
			}
			db.commit();
			db.setAutoCommit(true);
			try (var s = db.createStatement()) {
				s.execute("analyze register.toepassing");
				s.execute("analyze aiact.classificatie");
				s.execute("analyze aiact.taak");
			}
		}
		System.out.printf("%d toepassingen met een classificatie en %d taken in %s%n", aantal, aantal * TAKEN.size(), code);
	}

	// ---------------------------------------------------------------- xlsx

	static void xlsx(Path bestand, int rijen) throws IOException {
		List<String> kolommen = new ArrayList<>();
		for (JsonNode veld : JSON.readTree(CATALOGUS.toFile()).get("velden")) {
			kolommen.add(veld.get("sleutel").asString());
		}
		Generator generator = new Generator(new Random(1000L));
		try (SXSSFWorkbook boek = new SXSSFWorkbook(100); OutputStream uit = Files.newOutputStream(bestand)) {
			Sheet blad = boek.createSheet("Algoritmeregister");
			schrijf(blad.createRow(0), kolommen);
			for (int i = 1; i <= rijen; i++) {
				// No organization column value: the import fills in the importing municipality's name, as for a user.
				Map<String, Object> standaard = generator.standaard(null, "import-" + i);
				List<String> cellen = new ArrayList<>();
				for (String kolom : kolommen) {
					Object waarde = standaard.get(kolom);
					cellen.add(waarde == null ? "" : waarde instanceof List<?> lijst
							? String.join(", ", lijst.stream().map(String::valueOf).toList()) : String.valueOf(waarde));
				}
				schrijf(blad.createRow(i), cellen);
			}
			boek.write(uit);
			boek.dispose();
		}
		System.out.printf("%s: %d rijen, %d kB%n", bestand, rijen, Files.size(bestand) / 1024);
	}

	static void schrijf(Row rij, List<String> cellen) {
		for (int i = 0; i < cellen.size(); i++) {
			rij.createCell(i, CellType.STRING).setCellValue(cellen.get(i));
		}
	}

	// ---------------------------------------------------------------- controleer

	static void controleer(String url, Path map) throws Exception {
		Map<String, Integer> verwacht = new LinkedHashMap<>();
		try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
				PreparedStatement q = db.prepareStatement("select o.code, count(t.id) from organisaties.organisatie o "
						+ "left join register.toepassing t on t.organisatie_code = o.code and t.gepubliceerde_versie is not null "
						+ "where o.naam like 'Benchgemeente%' group by o.code order by o.code");
				ResultSet rs = q.executeQuery()) {
			while (rs.next()) {
				verwacht.put(rs.getString(1), rs.getInt(2));
			}
		}
		int fouten = 0;
		int details = 0;
		int totaal = 0;
		for (var gemeente : verwacht.entrySet()) {
			Path dir = map.resolve("api/v1/openbaar/organisaties").resolve(gemeente.getKey()).resolve("toepassingen");
			JsonNode lijst = JSON.readTree(dir.resolve("index.json").toFile());
			totaal += lijst.size();
			if (lijst.size() != gemeente.getValue()) {
				System.err.printf("%s: %d in de lijst, %d gepubliceerd%n", gemeente.getKey(), lijst.size(), gemeente.getValue());
				fouten++;
			}
			for (JsonNode element : lijst) {
				Path detail = dir.resolve(element.get("lars").asString());
				if (Files.exists(detail)) {
					details++;
					if (!JSON.readTree(detail.toFile()).equals(element)) {
						System.err.printf("%s: detail wijkt af van de lijst%n", detail);
						fouten++;
					}
				}
			}
		}
		System.out.printf("%d gemeenten, %d toepassingen in de lijsten, %d details gelijk aan hun lijstelement%n",
				verwacht.size(), totaal, details);
		if (fouten > 0) {
			System.exit(1);
		}
	}

	// ---------------------------------------------------------------- content

	/** Plausible register texts of typical length: a few sentences per field, like real published descriptions. */
	static final class Generator {

		final Random random;

		static final String[][] ONDERWERPEN = { { "afval", "Natuur en milieu" }, { "parkeren", "Verkeer" },
				{ "bijzondere bijstand", "Sociale zekerheid" }, { "meldingen openbare ruimte", "Ruimte en infrastructuur" },
				{ "bouwvergunningen", "Wonen" }, { "schuldhulp", "Sociale zekerheid" }, { "leerlingenvervoer", "Onderwijs en wetenschap" },
				{ "Woo-verzoeken", "Recht" }, { "subsidies", "Overheidsfinanciën" }, { "evenementen", "Cultuur en recreatie" },
				{ "toeslagen", "Sociale zekerheid" }, { "jeugdhulp", "Zorg en gezondheid" }, { "Wmo-aanvragen", "Zorg en gezondheid" },
				{ "belastingen", "Overheidsfinanciën" }, { "verkeerslichten", "Verkeer" }, { "bomenonderhoud", "Natuur en milieu" },
				{ "inburgering", "Migratie en integratie" }, { "re-integratie", "Werk" }, { "ondernemersloket", "Economie" },
				{ "handhaving", "Openbare orde en veiligheid" }, { "facturen", "Organisatie en bedrijfsvoering" },
				{ "klantcontact", "Organisatie en bedrijfsvoering" }, { "rioolbeheer", "Ruimte en infrastructuur" },
				{ "bibliotheek", "Cultuur en recreatie" } };

		static final String[] SOORTEN = { "Chatbot voor vragen over %s", "Aanvragen voor %s voorsorteren",
				"Controle van gegevens bij %s", "Samenvatten van documenten over %s", "Voorspellen van drukte bij %s",
				"Risicosignalen bij %s", "Vertalen van brieven over %s", "Routeplanning voor %s" };

		static final String[] LEVERANCIERS = { "Voorbeeld Data B.V.", "Gemeentelijke Software Coöperatie",
				"Eigen ontwikkeling", "Open Source Stichting Voorbeeld", "Regionaal Samenwerkingsverband ICT" };

		Generator(Random random) {
			this.random = random;
		}

		String kies(String... keuzes) {
			return keuzes[random.nextInt(keuzes.length)];
		}

		Map<String, Object> standaard(String organisatie, String bronId) {
			String[] onderwerp = ONDERWERPEN[random.nextInt(ONDERWERPEN.length)];
			String o = onderwerp[0];
			String naam = String.format(kies(SOORTEN), o) + " " + (random.nextInt(900) + 100);
			String slug = organisatie == null ? "gemeente" : organisatie.toLowerCase().replaceAll("[^a-z0-9]+", "");
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("name", naam);
			s.put("description_short", "Dit algoritme helpt medewerkers bij het werk rond " + o + ". Het doet een voorstel; "
					+ "een medewerker beslist. Inwoners merken er vooral aan dat zij sneller antwoord krijgen.");
			if (organisatie != null) {
				s.put("organization", organisatie);
			}
			List<String> categorieen = new ArrayList<>(List.of(onderwerp[1]));
			if (random.nextBoolean() && !onderwerp[1].equals("Organisatie en bedrijfsvoering")) {
				categorieen.add("Organisatie en bedrijfsvoering");
			}
			s.put("category", categorieen);
			s.put("status", kies("In gebruik", "In gebruik", "In gebruik", "In ontwikkeling", "Buiten gebruik"));
			s.put("begin_date", (2019 + random.nextInt(7)) + "-" + String.format("%02d", random.nextInt(12) + 1));
			s.put("contact_email", "algoritmes@" + slug + ".example");
			if (random.nextInt(3) == 0) {
				s.put("website", "https://www." + slug + ".example/algoritmes/" + (random.nextInt(9000) + 1000));
			}
			s.put("publication_category", kies("Impactvolle algoritmes", "Overige algoritmes", "Overige algoritmes",
					"Hoog-risico AI-systeem"));
			s.put("goal", "<p>De gemeente wil aanvragen en vragen over " + o + " sneller en zorgvuldiger afhandelen. "
					+ "Medewerkers besteden nu veel tijd aan het uitzoeken van eenvoudige gevallen; het algoritme neemt "
					+ "dat voorbereidende werk over, zodat er meer tijd is voor inwoners die hulp nodig hebben.</p>"
					+ "<p>Het algoritme beslist niets zelf. Het geeft een voorstel met een korte uitleg waarom.</p>");
			s.put("proportionality", "<p>De voordelen wegen op tegen de risico's: het algoritme gebruikt alleen gegevens die "
					+ "de gemeente voor " + o + " al nodig heeft, en elk voorstel wordt door een medewerker bekeken. "
					+ "Zonder het algoritme duurt de afhandeling gemiddeld twee weken langer.</p>");
			s.put("human_intervention", "<p>Een medewerker bekijkt elk voorstel en kan het altijd aanpassen of negeren. "
					+ "Bij twijfel overlegt de medewerker met een collega. Inwoners kunnen bezwaar maken zoals bij elk "
					+ "ander besluit van de gemeente.</p>");
			s.put("risks", "<ul><li>Het algoritme kan groepen inwoners anders behandelen; dat controleren we elk kwartaal "
					+ "met een steekproef.</li><li>Medewerkers kunnen te veel op het voorstel vertrouwen; daarom staat in "
					+ "het scherm altijd waarom het voorstel zo is.</li><li>Gegevens kunnen verouderd zijn; het algoritme "
					+ "gebruikt alleen gegevens van de laatste twaalf maanden.</li></ul>");
			if (random.nextBoolean()) {
				s.put("lawful_basis", "<p>Gemeentewet en de wet die hoort bij " + o + "; de Algemene wet bestuursrecht "
						+ "voor de zorgvuldige voorbereiding van besluiten.</p>");
			}
			s.put("source_data", "<p>Gegevens uit de aanvraag of melding zelf, zoals datum, soort en adres. Waar nodig "
					+ "gegevens uit de eigen administratie van de gemeente. Geen gegevens van sociale media.</p>");
			s.put("methods_and_models", "<p>" + kies("Een set vaste regels die de gemeente zelf heeft opgesteld",
					"Een taalmodel dat teksten samenvat en indeelt", "Een statistisch model dat is getraind op gegevens van "
							+ "de afgelopen drie jaar") + ". De werking is getest op een steekproef van afgehandelde "
					+ "zaken over " + o + "; de uitkomsten staan in het testrapport dat op verzoek beschikbaar is.</p>");
			s.put("provider", kies(LEVERANCIERS));
			s.put("lang", "nld");
			s.put("standard_version", "1.0");
			if (bronId != null) {
				s.put("source_id", bronId);
			}
			return s;
		}

		Map<String, Object> intern() {
			Map<String, Object> i = new LinkedHashMap<>();
			i.put("land", "Nederland");
			i.put("soort", kies("GENERATIEF", "INGEBED", "ZELF_ONTWIKKELD", "REGELGEBASEERD"));
			i.put("eigenaar", "Team " + kies("Dienstverlening", "Sociaal domein", "Ruimte", "Bedrijfsvoering"));
			i.put("herkomst", kies("EU", "EU", "NIET_EU", "ONBEKEND"));
			i.put("levensfase", "IN_GEBRUIK");
			i.put("toolbeleid", kies("TOEGESTAAN", "ONDER_VOORWAARDEN"));
			i.put("verantwoordelijke", "Manager " + kies("Dienstverlening", "Sociaal domein", "Ruimte"));
			i.put("dataclassificaties", List.of(kies("OPENBAAR", "INTERN", "PERSOONSGEGEVENS")));
			return i;
		}

	}

}
