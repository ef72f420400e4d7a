// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;

/**
 * Evidence files for a requirement. Only document and image types that people use for evidence, recognised by their
 * content and not only by their name, at most 5 MB and 20 per requirement; each with its SHA-256.
 */
@Service
public class Bewijsdienst {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	public static final int MAX_PER_VEREISTE = 20;

	/** Extension → content type, and how the content must start (a zip for Office/OpenDocument files). */
	private static final Map<String, String> SOORTEN = Map.ofEntries(Map.entry("pdf", "application/pdf"),
			Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			Map.entry("odt", "application/vnd.oasis.opendocument.text"),
			Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"), Map.entry("txt", "text/plain"),
			Map.entry("csv", "text/csv"), Map.entry("md", "text/markdown"));

	private final Bewijsbestanden bestanden;

	private final Verplichtingen verplichtingen;

	private final Clock klok;

	Bewijsdienst(Bewijsbestanden bestanden, Verplichtingen verplichtingen, Clock klok) {
		this.bestanden = bestanden;
		this.verplichtingen = verplichtingen;
		this.klok = klok;
	}

	@Transactional(readOnly = true)
	public List<BewijsBeschrijving> lijst(String organisatieCode, UUID toepassingId, String vereisteCode) {
		return bestanden.beschrijvingen(organisatieCode, toepassingId, vereisteCode);
	}

	@Transactional
	public BewijsBeschrijving voegToe(String organisatieCode, UUID toepassingId, String vereisteCode, String naam,
			byte[] inhoud, Aanvrager aanvrager) {
		Verplichtingen.Regel regel = regel(organisatieCode, toepassingId, vereisteCode);
		if (!Verplichtingen.magWijzigen(regel.vereiste(), aanvrager)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (inhoud == null || inhoud.length == 0) {
			throw new OngeldigeInvoer("bestand", "aiact.bewijs.leeg");
		}
		if (inhoud.length > MAX_BYTES) {
			throw new OngeldigeInvoer("bestand", "aiact.bewijs.te-groot");
		}
		String schoneNaam = schoon(naam);
		String soort = soort(schoneNaam, inhoud);
		if (bestanden.countByOrganisatieCodeAndToepassingIdAndVereisteCode(organisatieCode, toepassingId,
				vereisteCode) >= MAX_PER_VEREISTE) {
			throw new OngeldigeInvoer("bestand", "aiact.bewijs.te-veel");
		}
		Bewijsbestand bestand = bestanden.save(new Bewijsbestand(organisatieCode, toepassingId, vereisteCode,
				schoneNaam, soort, inhoud, sha256(inhoud), aanvrager.weergavenaam(), klok.instant()));
		return new BewijsBeschrijving(bestand.id(), bestand.naam(), bestand.soort(), bestand.grootte(), bestand.sha256(),
				bestand.geuploadDoor(), bestand.geuploadOp());
	}

	@Transactional(readOnly = true)
	public Bewijsbestand bestand(String organisatieCode, UUID toepassingId, String vereisteCode, UUID id) {
		return bestanden.findByIdAndOrganisatieCodeAndToepassingIdAndVereisteCode(id, organisatieCode, toepassingId,
				vereisteCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Transactional
	public void verwijder(String organisatieCode, UUID toepassingId, String vereisteCode, UUID id,
			Aanvrager aanvrager) {
		Verplichtingen.Regel regel = regel(organisatieCode, toepassingId, vereisteCode);
		if (!Verplichtingen.magWijzigen(regel.vereiste(), aanvrager)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		bestanden.delete(bestand(organisatieCode, toepassingId, vereisteCode, id));
	}

	private Verplichtingen.Regel regel(String organisatieCode, UUID toepassingId, String vereisteCode) {
		return verplichtingen.voorToepassing(organisatieCode, toepassingId)
			.stream()
			.filter(r -> r.vereiste().code().equals(vereisteCode))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The content type for this name, if the content is what the name says. */
	static String soort(String naam, byte[] inhoud) {
		int punt = naam.lastIndexOf('.');
		String extensie = punt < 0 ? "" : naam.substring(punt + 1).toLowerCase(Locale.ROOT);
		String soort = SOORTEN.get(extensie);
		if (soort == null) {
			throw new OngeldigeInvoer("bestand", "aiact.bewijs.soort");
		}
		boolean klopt = switch (extensie) {
			case "pdf" -> begintMet(inhoud, "%PDF-".getBytes(StandardCharsets.US_ASCII));
			case "png" -> begintMet(inhoud, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			case "jpg", "jpeg" -> begintMet(inhoud, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
			case "txt", "csv", "md" -> isTekst(inhoud);
			default -> begintMet(inhoud, new byte[] { 'P', 'K', 3, 4 });
		};
		if (!klopt) {
			throw new OngeldigeInvoer("bestand", "aiact.bewijs.inhoud");
		}
		return soort;
	}

	private static boolean begintMet(byte[] inhoud, byte[] begin) {
		return inhoud.length >= begin.length && Arrays.equals(inhoud, 0, begin.length, begin, 0, begin.length);
	}

	/** Valid UTF-8 without control characters other than tab and line breaks: a text file, not a binary renamed. */
	private static boolean isTekst(byte[] inhoud) {
		try {
			String tekst = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(inhoud))
				.toString();
			return tekst.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
		}
		catch (CharacterCodingException fout) {
			return false;
		}
	}

	/** Only the file's own name, without folders or characters that cause trouble in a download header. */
	private static String schoon(String naam) {
		String basis = naam == null ? "" : naam.replace('\\', '/');
		basis = basis.substring(basis.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (basis.isEmpty()) {
			throw new OngeldigeInvoer("bestand", "aiact.bewijs.naam");
		}
		return basis.length() > 200 ? basis.substring(basis.length() - 200) : basis;
	}

	private static String sha256(byte[] inhoud) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
		}
		catch (NoSuchAlgorithmException onmogelijk) {
			throw new IllegalStateException(onmogelijk);
		}
	}

}
