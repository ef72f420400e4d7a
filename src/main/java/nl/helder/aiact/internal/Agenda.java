// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.shared.Aanvrager;

/**
 * The due dates of a municipality as an iCalendar feed behind a secret link, so they appear in the calendar people
 * already use. The link works without logging in (calendar programs cannot log in), so it is long, random, stored
 * only as a hash, and stops working when it is removed or when its owner is no longer an active user.
 */
@Service
public class Agenda {

	private static final SecureRandom TOEVAL = new SecureRandom();

	private static final DateTimeFormatter DATUM = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final AgendaLinks links;

	private final Verplichtingen verplichtingen;

	private final Organisatiegids organisaties;

	private final Clock klok;

	Agenda(AgendaLinks links, Verplichtingen verplichtingen, Organisatiegids organisaties, Clock klok) {
		this.links = links;
		this.verplichtingen = verplichtingen;
		this.organisaties = organisaties;
		this.klok = klok;
	}

	/** Whether this person has a calendar link (its secret cannot be shown again). */
	public Optional<Instant> aangemaakt(Aanvrager aanvrager) {
		return links.findById(aanvrager.persoonId()).map(AgendaLink::aangemaakt);
	}

	/** Makes a new secret for this person; an earlier link stops working. Returns the secret, shown once. */
	@Transactional
	public String maak(Aanvrager aanvrager) {
		byte[] bytes = new byte[32];
		TOEVAL.nextBytes(bytes);
		String geheim = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		AgendaLink link = links.findById(aanvrager.persoonId()).orElseGet(() -> new AgendaLink(aanvrager.persoonId()));
		link.vernieuw(aanvrager.organisatieCode(), hash(geheim), klok.instant());
		links.save(link);
		return geheim;
	}

	@Transactional
	public void verwijder(Aanvrager aanvrager) {
		links.findById(aanvrager.persoonId()).ifPresent(links::delete);
	}

	/** The feed for a secret; empty when the secret is unknown or its owner may no longer see the organisation. */
	@Transactional(readOnly = true)
	public Optional<String> feed(String geheim, String basisadres) {
		if (geheim == null || geheim.length() > 100) {
			return Optional.empty();
		}
		return links.findByGeheimHash(hash(geheim))
			.filter(e -> organisaties.actieveGebruiker(e.organisatieCode(), e.persoonId()))
			.map(e -> ical(verplichtingen.voorOrganisatie(e.organisatieCode()), basisadres));
	}

	/** RFC 5545: one all-day event per open requirement with a due date; lines end in CRLF and are folded at 75. */
	String ical(List<Verplichtingen.Regel> regels, String basisadres) {
		StringBuilder ics = new StringBuilder();
		regel(ics, "BEGIN:VCALENDAR");
		regel(ics, "VERSION:2.0");
		regel(ics, "PRODID:-//Helder//AI-verordening//NL");
		regel(ics, "CALSCALE:GREGORIAN");
		regel(ics, "X-WR-CALNAME:" + tekst("Helder: deadlines AI-verordening"));
		String nu = TIJDSTIP.format(klok.instant());
		for (Verplichtingen.Regel r : regels) {
			if (r.deadline() == null || r.status().afgehandeld()) {
				continue;
			}
			LocalDate dag = r.deadline();
			regel(ics, "BEGIN:VEVENT");
			regel(ics, "UID:" + r.toepassingId() + "-" + r.vereiste().code() + "@helder");
			regel(ics, "DTSTAMP:" + nu);
			regel(ics, "DTSTART;VALUE=DATE:" + DATUM.format(dag));
			regel(ics, "DTEND;VALUE=DATE:" + DATUM.format(dag.plusDays(1)));
			regel(ics, "SUMMARY:" + tekst(r.vereiste().titel() + " – " + r.toepassing()));
			regel(ics, "DESCRIPTION:" + tekst(r.vereiste().wet() + " (" + r.vereiste().code() + "). "
					+ (r.mijlpaal() == null ? "" : r.mijlpaal().grondslag())));
			regel(ics, "URL:" + basisadres + "/toepassingen/" + r.toepassingId() + "/ai-verordening/taken/"
					+ r.vereiste().code());
			regel(ics, "END:VEVENT");
		}
		regel(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** Escapes text values (RFC 5545 §3.3.11). */
	private static String tekst(String waarde) {
		return waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

	/** Appends one content line, folded so that no line is longer than 75 octets. */
	private static void regel(StringBuilder ics, String regel) {
		byte[] bytes = regel.getBytes(StandardCharsets.UTF_8);
		int begin = 0;
		boolean eerste = true;
		while (begin < bytes.length) {
			int ruimte = eerste ? 75 : 74;
			int eind = Math.min(bytes.length, begin + ruimte);
			// Never split a UTF-8 character: step back to the start of one.
			while (eind < bytes.length && (bytes[eind] & 0xC0) == 0x80) {
				eind--;
			}
			if (!eerste) {
				ics.append(' ');
			}
			ics.append(new String(bytes, begin, eind - begin, StandardCharsets.UTF_8)).append("\r\n");
			begin = eind;
			eerste = false;
		}
	}

	private static String hash(String geheim) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(geheim.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException onmogelijk) {
			throw new IllegalStateException(onmogelijk);
		}
	}

}
