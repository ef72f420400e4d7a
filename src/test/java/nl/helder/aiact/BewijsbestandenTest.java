// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Evidence files on a requirement: real types only, with their SHA-256, downloadable, and refused with a reason. */
class BewijsbestandenTest extends HelderIntegratieTest {

	private static final String AICO = "ai-coordinator@aalstede.demo";

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Test
	void eenBestandToevoegenDownloadenEnVerwijderen() throws Exception {
		UUID id = geclassificeerd();
		mvc.perform(upload(id, "aia-27", new MockMultipartFile("bestand", "C:\\stukken\\FRIA versie 2.pdf",
				"application/pdf", PDF)).with(als(AICO)))
			.andExpect(flash().attribute("melding", "aiact.bewijs.toegevoegd"));
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
		String pagina = mvc.perform(get(taak(id, "aia-27")).with(als(AICO))).andReturn().getResponse().getContentAsString();
		assertThat(pagina).contains(">FRIA versie 2.pdf<", hash);

		UUID bestand = jdbc.sql("select id from aiact.bewijsbestand where toepassing_id = ?").param(id).query(UUID.class).single();
		MockHttpServletResponse download = mvc.perform(get(taak(id, "aia-27") + "/bestanden/" + bestand).with(als(
				"medewerker@aalstede.demo"))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("FRIA");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		mvc.perform(get(taak(id, "aia-27") + "/bestanden/" + bestand).with(als("beheerder@beekdal.demo")))
			.andExpect(status().isNotFound());

		// A file counts as evidence: done without a link or an explanation is fine now.
		mvc.perform(post(taak(id, "aia-27")).with(csrf()).with(als(AICO)).param("status", "AFGEROND"))
			.andExpect(flash().attribute("melding", "aiact.taak.opgeslagen"));
		assertThat(jdbc.sql("select na::text from audit.gebeurtenis where entiteit_type like '%Bewijsbestand' "
				+ "and entiteit_id = ?").param(bestand.toString()).query(String.class).single())
			.contains(hash, "[verborgen]");

		mvc.perform(post(taak(id, "aia-27") + "/bestanden/" + bestand + "/verwijdering").with(csrf()).with(als(AICO)))
			.andExpect(flash().attribute("melding", "aiact.bewijs.verwijderd"));
		assertThat(aantal(id)).isZero();
	}

	@Test
	void verkeerdeBestandenWordenGeweigerdEnNietBewaard() throws Exception {
		UUID id = geclassificeerd();
		weigert(id, new MockMultipartFile("bestand", "programma.exe", "application/octet-stream", new byte[] { 'M', 'Z' }),
				"Dit soort bestand kan niet");
		weigert(id, new MockMultipartFile("bestand", "nep.pdf", "application/pdf", "hallo".getBytes(StandardCharsets.UTF_8)),
				"De inhoud past niet bij de naam");
		weigert(id, new MockMultipartFile("bestand", "binair.txt", "text/plain", new byte[] { 'a', 0, 1, 2 }),
				"De inhoud past niet bij de naam");
		weigert(id, new MockMultipartFile("bestand", "leeg.pdf", "application/pdf", new byte[0]), "Kies een bestand");
		byte[] groot = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, groot, 0, PDF.length);
		weigert(id, new MockMultipartFile("bestand", "groot.pdf", "application/pdf", groot), "groter dan 5 MB");
		weigert(id, new MockMultipartFile("bestand", "/", "application/pdf", PDF), "geen naam");
		assertThat(aantal(id)).isZero();

		// Only the responsible role, the AICO or the AI coordinator adds evidence.
		mvc.perform(upload(id, "aia-27", new MockMultipartFile("bestand", "a.pdf", "application/pdf", PDF))
			.with(als("privacy-officer@aalstede.demo"))).andExpect(status().isForbidden());
		mvc.perform(upload(id, "aia-27", new MockMultipartFile("bestand", "a.pdf", "application/pdf", PDF))
			.with(als("medewerker@aalstede.demo"))).andExpect(status().isForbidden());
		assertThat(aantal(id)).isZero();
	}

	private void weigert(UUID id, MockMultipartFile bestand, String melding) throws Exception {
		@SuppressWarnings("unchecked")
		List<String> fouten = (List<String>) mvc.perform(upload(id, "aia-27", bestand).with(als(AICO)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("bestandfouten");
		assertThat(fouten).as(bestand.getOriginalFilename()).anySatisfy(f -> assertThat(f).contains(melding));
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(UUID id,
			String code, MockMultipartFile bestand) {
		var verzoek = multipart(taak(id, code) + "/bestanden");
		verzoek.file(bestand);
		verzoek.with(csrf());
		return verzoek;
	}

	private long aantal(UUID id) {
		return jdbc.sql("select count(*) from aiact.bewijsbestand where toepassing_id = ?").param(id).query(Long.class).single();
	}

	private UUID geclassificeerd() throws Exception {
		UUID id = nieuweToepassing("Bewijs " + UUID.randomUUID().toString().substring(0, 6));
		String pad = "/toepassingen/" + id + "/ai-verordening/classificatie";
		mvc.perform(post(pad + "/start").with(csrf()).with(als(AICO))).andExpect(status().is3xxRedirection());
		for (int antwoord : new int[] { 0, 4, 0, 0, 1, 0, 1, 2, 0, 1, 0, 0, 1 }) {
			mvc.perform(post(pad).with(csrf()).with(als(AICO)).param("antwoord", String.valueOf(antwoord)))
				.andExpect(status().is3xxRedirection());
		}
		return id;
	}

	private static String taak(UUID id, String code) {
		return "/toepassingen/" + id + "/ai-verordening/taken/" + code;
	}

}
