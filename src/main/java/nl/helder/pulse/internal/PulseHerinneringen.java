// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.shared.OngeldigeInvoer;

/**
 * Reminders and invitations for newcomers (ADR 0012, Aanvulling herinneringen en nieuwe collega's). A reminder goes
 * to everybody invited who is still an active user, because Helder does not know who answered; it carries no link,
 * because Helder has only the hashes. A newcomer to a target team gets a link of their own: the person is added to
 * pulse.uitgenodigd in one transaction, the link and the larger group size are stored in the next.
 */
@Component
public class PulseHerinneringen {

	private static final Logger LOG = LoggerFactory.getLogger(PulseHerinneringen.class);

	private static final Locale NEDERLANDS = Locale.forLanguageTag("nl");

	static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS);

	private static final SecureRandom TOEVAL = new SecureRandom();

	private final Golven golven;

	private final PulseDienst dienst;

	private final AnoniemeOpslag opslag;

	private final Uitgenodigden uitgenodigden;

	private final Organisatiegids organisaties;

	private final PulsePost post;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactie;

	private final MessageSource berichten;

	private final Clock klok;

	public PulseHerinneringen(Golven golven, PulseDienst dienst, AnoniemeOpslag opslag, Uitgenodigden uitgenodigden,
			Organisatiegids organisaties, PulsePost post, JdbcClient jdbc, PlatformTransactionManager transacties,
			MessageSource berichten, Clock klok) {
		this.golven = golven;
		this.dienst = dienst;
		this.opslag = opslag;
		this.uitgenodigden = uitgenodigden;
		this.organisaties = organisaties;
		this.post = post;
		this.jdbc = jdbc;
		this.transactie = new TransactionTemplate(transacties);
		this.berichten = berichten;
		this.klok = klok;
	}

	public LocalDate vandaag() {
		return LocalDate.now(klok);
	}

	// --- reminder dates

	/** Sets the reminder dates of a concept wave; afterwards they are fixed, because respondents are told. */
	public Golf zetHerinneringen(String organisatieCode, UUID golfId, List<String> data) {
		return transactie.execute(status -> {
			Golf golf = golf(organisatieCode, golfId);
			List<LocalDate> gekozen = Herinneringsdata.controleer(data, golf.opent(), golf.sluit());
			if (golf.status() != Golf.Status.CONCEPT) {
				throw new OngeldigeInvoer(Herinneringsdata.VELD, "pulse.herinnering.fout.al-open");
			}
			golf.zetHerinneringen(gekozen);
			return golven.saveAndFlush(golf);
		});
	}

	// --- the job

	/** One run of the scheduled job: today's reminders, then newcomers for every open wave. */
	public void draai() {
		int herinnerd = verstuurHerinneringen();
		int nieuw = 0;
		for (Map.Entry<String, UUID> golf : openGolven()) {
			try {
				nieuw += nodigNieuweUit(golf.getKey(), golf.getValue());
			}
			catch (OngeldigeInvoer | ResponseStatusException nietNodig) {
				// Closed, past its dates or from before the list of invited people existed: nothing to do.
			}
			catch (RuntimeException fout) {
				LOG.warn("Nieuwe collega's voor golf {} niet uitgenodigd: {}", golf.getValue(), fout.getMessage());
			}
		}
		if (herinnerd > 0 || nieuw > 0) {
			LOG.info("Pulse: {} golf/golven herinnerd, {} nieuwe collega('s) uitgenodigd", herinnerd, nieuw);
		}
	}

	/**
	 * Sends today's reminders; returns the number of waves reminded. A date is sent once: it is recorded on the wave
	 * (audited) in the transaction that sends, and the wave's version makes a second node fail instead of sending
	 * again. A date that passed while Helder was down is not sent late. Without mail nothing is recorded.
	 */
	public int verstuurHerinneringen() {
		if (!post.staatAan()) {
			return 0;
		}
		LocalDate vandaag = vandaag();
		int verstuurd = 0;
		for (Map.Entry<String, UUID> golf : openGolven()) {
			try {
				if (Boolean.TRUE.equals(transactie.execute(status -> herinner(golf.getValue(), vandaag)))) {
					verstuurd++;
				}
			}
			catch (OptimisticLockingFailureException andereKnoop) {
				// Someone else changed the wave at the same moment, probably another node sending this reminder.
			}
			catch (RuntimeException fout) {
				// One wave must not stop the others; nothing was recorded, so the next run tries again today.
				LOG.warn("Pulseherinnering voor golf {} niet verstuurd: {}", golf.getValue(), fout.getMessage());
			}
		}
		return verstuurd;
	}

	private boolean herinner(UUID golfId, LocalDate vandaag) {
		Golf golf = golven.findById(golfId).orElse(null);
		if (golf == null || !golf.neemtAntwoordenAan(vandaag) || !golf.herinneringen().contains(vandaag)
				|| golf.herinneringenVerstuurd().contains(vandaag)) {
			return false;
		}
		golf.markeerHerinneringVerstuurd(vandaag);
		golven.saveAndFlush(golf);
		Set<UUID> gevraagd = uitgenodigden.van(golfId);
		String onderwerp = tekst("pulse.herinnering.mail.onderwerp", golf.titel());
		String tekst = tekst("pulse.herinnering.mail.tekst", golf.titel(), DATUM.format(golf.sluit()), golf.k());
		for (Organisatiegids.GebruikerInfo persoon : organisaties.gebruikers(golf.organisatieCode())) {
			if (gevraagd.contains(UUID.fromString(persoon.persoonId())) && persoon.email() != null
					&& !persoon.email().isBlank()) {
				post.verstuur(persoon.email().strip(), onderwerp, tekst);
			}
		}
		return true;
	}

	// --- newcomers

	/**
	 * Invites the members of the target teams (and their sub-teams) who were not invited yet; returns how many. Each
	 * gets a single-use link and raises their team's group size.
	 */
	public int nodigNieuweUit(String organisatieCode, UUID golfId) {
		Golf golf = transactie.execute(status -> golf(organisatieCode, golfId));
		if (golf.status() != Golf.Status.OPEN) {
			throw new OngeldigeInvoer("status", "pulse.nieuw.collega.fout.niet-open");
		}
		if (!golf.uitgenodigdenBekend()) {
			throw new OngeldigeInvoer("status", "pulse.nieuw.collega.fout.onbekend");
		}
		if (vandaag().isAfter(golf.sluit())) {
			throw new OngeldigeInvoer("status", "pulse.nieuw.collega.fout.verlopen");
		}
		Set<UUID> bereik = dienst.bereik(organisatieCode, golf.doelteams());
		Set<UUID> al = uitgenodigden.van(golfId);
		Map<UUID, Organisatiegids.GebruikerInfo> kandidaten = new LinkedHashMap<>();
		for (Organisatiegids.GebruikerInfo persoon : organisaties.gebruikers(organisatieCode)) {
			UUID id = UUID.fromString(persoon.persoonId());
			if (persoon.teamId() != null && bereik.contains(persoon.teamId()) && !al.contains(id)) {
				kandidaten.put(id, persoon);
			}
		}
		if (kandidaten.isEmpty()) {
			return 0;
		}
		// First the person, committed on its own; only who was really added (not by a run at the same moment) gets a link.
		List<UUID> nieuw = uitgenodigden.voegToe(golfId, kandidaten.keySet());
		List<Map.Entry<String, UUID>> hashes = new ArrayList<>();
		Map<UUID, Integer> perTeam = new LinkedHashMap<>();
		List<PulseDienst.Uitnodiging> mails = new ArrayList<>();
		for (UUID id : nieuw) {
			Organisatiegids.GebruikerInfo persoon = kandidaten.get(id);
			String token = AnoniemeOpslag.nieuwToken();
			hashes.add(Map.entry(AnoniemeOpslag.hash(token), persoon.teamId()));
			perTeam.merge(persoon.teamId(), 1, Integer::sum);
			if (persoon.email() != null && !persoon.email().isBlank()) {
				mails.add(new PulseDienst.Uitnodiging(persoon.email().strip(), token));
			}
		}
		Collections.shuffle(hashes, TOEVAL);
		transactie.executeWithoutResult(status -> {
			opslag.bewaarUitnodigingen(golfId, hashes);
			perTeam.forEach((team, aantal) -> jdbc.sql("""
					insert into pulse.golf_team (golf_id, team_id, uitgenodigd) values (?, ?, ?)
					on conflict (golf_id, team_id) do update set uitgenodigd = pulse.golf_team.uitgenodigd + excluded.uitgenodigd""")
				.params(golfId, team, aantal)
				.update());
		});
		String onderwerp = tekst("pulse.nieuw.collega.mail.onderwerp", golf.titel());
		for (PulseDienst.Uitnodiging mail : mails) {
			post.verstuur(mail.email(), onderwerp, tekst("pulse.nieuw.collega.mail.tekst", golf.titel(),
					DATUM.format(golf.sluit()), dienst.link(mail.token()), golf.k())
					+ Herinneringsdata.aankondiging(golf.herinneringen(), vandaag()));
		}
		return nieuw.size();
	}

	private List<Map.Entry<String, UUID>> openGolven() {
		return jdbc.sql("select organisatie_code, id from pulse.golf where status = 'OPEN'")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
			.list();
	}

	private Golf golf(String organisatieCode, UUID golfId) {
		return golven.findByIdAndOrganisatieCode(golfId, organisatieCode)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String tekst(String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, NEDERLANDS);
	}

}
