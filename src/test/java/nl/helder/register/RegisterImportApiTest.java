// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.OrganisatieSoort;
import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.OrganisatieDienst;
import nl.helder.shared.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Import and export of the register in the Algoritmeregister columns, each test in an organisation of its own. */
class RegisterImportApiTest extends HelderIntegratieTest {

	@Autowired
	private JsonMapper json;

	private String code;

	private String token;

	private String basis;

	@BeforeEach
	void eigenOrganisatie() {
		code = "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		organisatieDienst.maakAan(code, OrganisatieSoort.SECTOR,
				new OrganisatieDienst.Gegevens("Importproef " + code, null, null, null, null));
		Gebruiker gebruiker = gebruikers.save(new Gebruiker(code, code.toLowerCase(Locale.ROOT) + "@import.test",
				"Beheerder " + code, null, Set.of(Rol.REGISTER_BEHEERDER), null));
		token = "Bearer " + tokenDienst.maakAan(gebruiker.id(), "test", 30).waarde();
		basis = "/api/v1/organisaties/" + code + "/toepassingen";
	}

	@Test
	void xlsxHeenEnTerugVeranderdNiets() throws Exception {
		vulRegister();
		List<JsonNode> voor = lijst();
		long versies = versies();

		byte[] xlsx = exporteer("xlsx");
		JsonNode proef = importeer(xlsx, true, 200);

		assertThat(proef.get("rijen")).hasSize(2);
		assertThat(proef.get("rijen").valueStream().map(r -> r.get("actie").asString())).containsOnly("ongewijzigd");
		assertThat(importeer(xlsx, false, 200).get("ongewijzigd").asInt()).isEqualTo(2);
		assertThat(lijst().toString()).isEqualTo(voor.toString());
		assertThat(versies()).isEqualTo(versies);
	}

	@Test
	void csvHeenEnTerugVeranderdNietsEnFormulesZijnOnschadelijk() throws Exception {
		vulRegister();
		List<JsonNode> voor = lijst();
		long versies = versies();

		MockHttpServletResponse antwoord = mvc.perform(get(basis + "/export.csv").header("Authorization", token))
			.andReturn()
			.getResponse();
		assertThat(antwoord.getContentType()).startsWith("text/csv");
		byte[] csv = antwoord.getContentAsByteArray();
		String tekst = new String(csv, StandardCharsets.UTF_8);
		assertThat(tekst).startsWith("\uFEFF\"name\";\"description_short\";");
		assertThat(tekst).contains("\"'=HYPERLINK(\"\"https://evil.example\"\")\"").doesNotContain(";\"=HYPERLINK");
		assertThat(tekst).contains("\"Cultuur en recreatie, Economie\"");
		assertThat(tekst).contains("\"Wet A (https://wetten.overheid.nl/a); Wet B (https://wetten.overheid.nl/b)\"");

		JsonNode proef = importeer(csv, true, 200);
		assertThat(proef.get("rijen").valueStream().map(r -> r.get("actie").asString())).containsOnly("ongewijzigd");
		importeer(csv, false, 200);
		assertThat(lijst().toString()).isEqualTo(voor.toString());
		assertThat(versies()).isEqualTo(versies);
	}

	@Test
	void foutenStaanPerRijEnVeldEnBijFoutenWordtNietsOpgeslagen() throws Exception {
		vulRegister();
		long toepassingen = toepassingen();
		long versies = versies();
		String csv = "name;status;begin_date;source_id\r\n" + "Goed;In gebruik;2026-03;nieuw-1\r\n"
				+ "Slecht;Misschien;maart;nieuw-2\r\n" + "\r\n" + ";In gebruik;;nieuw-3\r\n";

		JsonNode proef = importeer(csv.getBytes(StandardCharsets.UTF_8), true, 200);
		assertThat(proef.get("foutloos").asBoolean()).isFalse();
		JsonNode rijen = proef.get("rijen");
		assertThat(rijen).hasSize(3);
		assertThat(rijen.get(0).get("rij").asInt()).isEqualTo(2);
		assertThat(rijen.get(0).get("fouten")).isEmpty();
		assertThat(rijen.get(1).get("rij").asInt()).isEqualTo(3);
		assertThat(rijen.get(1).get("fouten").valueStream().map(f -> f.get("veld").asString())).containsExactly("status",
				"begin_date");
		assertThat(rijen.get(1).get("fouten").toString()).contains("Kies bij");
		assertThat(rijen.get(2).get("rij").asInt()).as("de lege rij 4 telt mee").isEqualTo(5);
		assertThat(rijen.get(2).get("fouten").get(0).get("veld").asString()).isEqualTo("name");
		assertThat(rijen.get(2).get("fouten").get(0).get("melding").asString()).contains("naam");

		MockHttpServletResponse mislukt = verstuur(csv.getBytes(StandardCharsets.UTF_8), false);
		assertThat(mislukt.getStatus()).isEqualTo(400);
		assertThat(mislukt.getContentType()).startsWith("application/problem+json");
		JsonNode probleem = json.readTree(mislukt.getContentAsString());
		assertThat(probleem.get("rijen")).hasSize(3);
		assertThat(probleem.get("invalidParams").toString()).contains("rij 3: status");
		assertThat(toepassingen()).isEqualTo(toepassingen);
		assertThat(versies()).isEqualTo(versies);
	}

	@Test
	void eenBewerktBestandWerktBijOpSourceIdEnMaaktGeenDubbelen() throws Exception {
		byte[] eerste = ("name;source_id\r\nParkeerscan;PS-1\r\nZonder bron;\r\n").getBytes(StandardCharsets.UTF_8);
		JsonNode resultaat = importeer(eerste, false, 200);
		assertThat(resultaat.get("nieuw").asInt()).isEqualTo(2);
		assertThat(importeer(eerste, true, 200).get("rijen").valueStream().map(r -> r.get("actie").asString()))
			.as("zonder source_id is een rij altijd nieuw")
			.containsExactly("ongewijzigd", "nieuw");

		byte[] bewerkt = ("name;source_id\r\nParkeerscan Centrum;PS-1\r\n").getBytes(StandardCharsets.UTF_8);
		assertThat(importeer(bewerkt, false, 200).get("bijwerken").asInt()).isEqualTo(1);
		importeer(bewerkt, false, 200);

		List<JsonNode> lijst = lijst();
		assertThat(lijst).hasSize(2);
		JsonNode scan = lijst.stream().filter(t -> t.get("naam").asString().startsWith("Parkeerscan")).findFirst().orElseThrow();
		assertThat(scan.get("naam").asString()).isEqualTo("Parkeerscan Centrum");
		assertThat(scan.get("versie").asInt()).isEqualTo(2);
	}

	@Test
	void teGrootEnTeVeelRijenGeven400() throws Exception {
		byte[] groot = new byte[(int) ToepassingImportApi.MAX_BYTES + 1];
		java.util.Arrays.fill(groot, (byte) 'a');
		JsonNode probleem = json.readTree(verstuur(groot, true).getContentAsString());
		assertThat(probleem.get("status").asInt()).isEqualTo(400);
		assertThat(probleem.get("invalidParams").toString()).contains("5 MB");

		StringBuilder csv = new StringBuilder("name\r\n");
		for (int i = 0; i < 2001; i++) {
			csv.append("Toepassing ").append(i).append("\r\n");
		}
		MockHttpServletResponse antwoord = verstuur(csv.toString().getBytes(StandardCharsets.UTF_8), true);
		assertThat(antwoord.getStatus()).isEqualTo(400);
		assertThat(antwoord.getContentAsString()).contains("2.000");
		assertThat(toepassingen()).isZero();
	}

	@Test
	void eenXlsxMetExterneEntiteitLeestGeenBestand(@TempDir Path map) throws Exception {
		Path geheim = map.resolve("geheim.txt");
		Files.writeString(geheim, "GEHEIM-" + UUID.randomUUID());
		byte[] gewoon;
		try (XSSFWorkbook boek = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
			var rij = boek.createSheet().createRow(0);
			rij.createCell(0).setCellValue("name");
			boek.createSheet("x");
			boek.getSheetAt(0).createRow(1).createCell(0).setCellValue("iets");
			boek.write(uit);
			gewoon = uit.toByteArray();
		}
		String kwaadaardig = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM \""
				+ geheim.toUri() + "\">]>\n"
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
				+ "<si><t>name</t></si><si><t>&xxe;</t></si></sst>";
		byte[] xlsx = vervang(gewoon, "xl/sharedStrings.xml", kwaadaardig);

		MockHttpServletResponse antwoord = verstuur(xlsx, true);

		assertThat(antwoord.getContentAsString()).doesNotContain(Files.readString(geheim));
		assertThat(antwoord.getStatus()).isEqualTo(400);
		assertThat(antwoord.getContentAsString()).contains("niet lezen");
	}

	@Test
	void eenMedewerkerMagNietImporterenMaarWelExporteren() throws Exception {
		MockMultipartFile bestand = new MockMultipartFile("bestand", "r.csv", "text/csv", "name\r\nx\r\n".getBytes());
		assertThat(mvc.perform(multipart("/api/v1/organisaties/" + AALSTEDE + "/toepassingen/import")
			.file(bestand)
			.header("Authorization", bearer("medewerker@aalstede.demo"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(get("/api/v1/organisaties/" + AALSTEDE + "/toepassingen/export.xlsx")
			.header("Authorization", bearer("medewerker@aalstede.demo"))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void eenAndereGemeenteGeeft404() throws Exception {
		MockMultipartFile bestand = new MockMultipartFile("bestand", "r.csv", "text/csv", "name\r\nx\r\n".getBytes());
		assertThat(mvc.perform(multipart("/api/v1/organisaties/" + BEEKDAL + "/toepassingen/import")
			.file(bestand)
			.header("Authorization", bearer("register-beheerder@aalstede.demo"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/api/v1/organisaties/" + BEEKDAL + "/toepassingen/export.csv")
			.header("Authorization", bearer("register-beheerder@aalstede.demo"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	// --- helpers

	private void vulRegister() throws Exception {
		maak(Map.of("name", "Chatbot", "source_id", "CB-1", "description_short", "=HYPERLINK(\"https://evil.example\")",
				"category", List.of("Cultuur en recreatie", "Economie"), "status", "In gebruik", "begin_date", "2025-04",
				"goal", "<p>Vragen van inwoners</p><ul><li>snel</li><li>goed</li></ul>",
				"lawful_basis_grouping", List.of(Map.of("title", "Wet A", "link", "https://wetten.overheid.nl/a"),
						Map.of("title", "Wet B", "link", "https://wetten.overheid.nl/b"))));
		maak(Map.of("name", "Scanauto", "source_id", "SA-7", "contact_email", "register@example.org",
				"website", "https://example.org/scanauto"));
	}

	private void maak(Map<String, Object> standaard) throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(post(basis).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("standaard", standaard)))).andReturn().getResponse();
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(201);
	}

	private List<JsonNode> lijst() throws Exception {
		String body = mvc.perform(get(basis).header("Authorization", token)).andReturn().getResponse().getContentAsString();
		return json.readTree(body).valueStream().map(t -> {
			var kopie = (tools.jackson.databind.node.ObjectNode) t.deepCopy();
			kopie.remove("volledigheid");
			return (JsonNode) kopie;
		}).toList();
	}

	private byte[] exporteer(String soort) throws Exception {
		MockHttpServletResponse antwoord = mvc.perform(get(basis + "/export." + soort).header("Authorization", token))
			.andReturn()
			.getResponse();
		assertThat(antwoord.getStatus()).isEqualTo(200);
		return antwoord.getContentAsByteArray();
	}

	private JsonNode importeer(byte[] inhoud, boolean proef, int status) throws Exception {
		MockHttpServletResponse antwoord = verstuur(inhoud, proef);
		assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(status);
		return json.readTree(antwoord.getContentAsString());
	}

	private MockHttpServletResponse verstuur(byte[] inhoud, boolean proef) throws Exception {
		return mvc.perform(multipart(basis + "/import").file(new MockMultipartFile("bestand", "register", null, inhoud))
			.param("proef", String.valueOf(proef))
			.header("Authorization", token)).andReturn().getResponse();
	}

	private long toepassingen() {
		return jdbc.sql("select count(*) from register.toepassing where organisatie_code = ?").param(code).query(Long.class).single();
	}

	private long versies() {
		return jdbc.sql("select count(*) from register.toepassing_versie v join register.toepassing t on t.id = v.toepassing_id "
				+ "where t.organisatie_code = ?").param(code).query(Long.class).single();
	}

	private static byte[] vervang(byte[] zip, String naam, String inhoud) throws Exception {
		ByteArrayOutputStream uit = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(uit)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				z.putNextEntry(new ZipEntry(e.getName()));
				z.write(e.getName().equals(naam) ? inhoud.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
				z.closeEntry();
			}
		}
		return uit.toByteArray();
	}

}
