// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.organisaties.internal.Team;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Systeemaanvrager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reminders and newcomers over real SMTP (GreenMail in-process), with the clock moved the way the review reminder
 * tests do: a reminder goes out once on its date, to everybody invited who is still a user, without a link; a
 * newcomer gets a working link of their own and raises the team's group size.
 */
class PulseHerinneringenTest extends HelderIntegratieTest {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/peiling/([A-Za-z0-9_-]{43})");

	@Autowired
	private Golven golven;

	@Autowired
	private PulseDienst dienst;

	@Autowired
	private AnoniemeOpslag opslag;

	@Autowired
	private Uitgenodigden uitgenodigden;

	@Autowired
	private Organisatiegids organisaties;

	@Autowired
	private TeamDienst teamDienst;

	@Autowired
	private MessageSource berichten;

	@Autowired
	private PlatformTransactionManager transacties;

	@Autowired
	private Clock klok;

	private GreenMail smtp;

	private PulsePost post;

	private String titel;

	private Team afdeling;

	private Team subteam;

	private final List<Gebruiker> leden = new ArrayList<>();

	private UUID golf;

	private LocalDate vandaag;

	@BeforeEach
	void start() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		JavaMailSenderImpl verzender = new JavaMailSenderImpl();
		verzender.setHost("127.0.0.1");
		verzender.setPort(smtp.getSmtp().getPort());
		verzender.setDefaultEncoding("UTF-8");
		post = new PulsePost(verzender, "hr@gemeente.test");

		String id = UUID.randomUUID().toString().substring(0, 6);
		titel = "Herinneringsgolf " + id;
		afdeling = teamDienst.maakAan(AALSTEDE, "Herinneringsafdeling " + id, null);
		subteam = teamDienst.maakAan(AALSTEDE, "Herinneringsteam " + id, afdeling.id());
		for (int i = 0; i < 3; i++) {
			leden.add(persoon("afd-" + i + "-" + id, afdeling));
		}
		for (int i = 0; i < 2; i++) {
			leden.add(persoon("sub-" + i + "-" + id, subteam));
		}
		vandaag = dienst.vandaag();
		var hr = new Systeemaanvrager("herinnering-hr", "Herinnering HR", AALSTEDE, Set.of(Rol.HR));
		golf = dienst.maak(AALSTEDE, new PulseDienst.Gegevens(titel, vandaag.toString(), vandaag.plusDays(10).toString(),
				List.of(afdeling.id().toString()), "5"), hr).id();
		dienst.legInstemmingVast(AALSTEDE, golf, vandaag.toString(), "OR-h", "DPIA-h");
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	@Test
	void eenHerinneringPerDatumAanIedereenDieNogGebruikerIsZonderLink() throws Exception {
		herinneringen(0).zetHerinneringen(AALSTEDE, golf, List.of(vandaag.plusDays(3).toString(),
				vandaag.plusDays(6).toString()));
		dienst.open(AALSTEDE, golf);
		// Someone leaves after the invitation: no reminder for them.
		Gebruiker vertrokken = leden.get(4);
		gebruikerDienst.wijzig(AALSTEDE, vertrokken.id(), new GebruikerDienst.Gegevens(vertrokken.naam(),
				vertrokken.email(), Set.of(Rol.MEDEWERKER), subteam.id(), false), null, vertrokken.versie());

		assertThat(draai(2)).as("niet voor de datum").isEmpty();
		List<MimeMessage> eerste = draai(3);
		assertThat(ontvangers(eerste)).containsExactlyInAnyOrderElementsOf(
				leden.stream().filter(g -> !g.id().equals(vertrokken.id())).map(Gebruiker::email).toList());
		for (MimeMessage bericht : eerste) {
			assertThat(bericht.getAllRecipients()).as("een bericht per persoon").hasSize(1);
			assertThat(bericht.getSubject()).isEqualTo("Herinnering: pulse \"" + titel + "\"");
			String tekst = String.valueOf(bericht.getContent());
			assertThat(tekst).contains("Dank u wel", "negeren", "link uit de eerste uitnodiging", "minstens 5 mensen",
					"hash");
			assertThat(tekst).contains(PulseHerinneringen.DATUM.format(vandaag.plusDays(10)));
			assertThat(tekst).as("geen link, geen token").doesNotContain("/peiling/").doesNotContain("http");
		}
		assertThat(draai(3)).as("dezelfde datum niet nog eens").hasSize(eerste.size());
		assertThat(draai(4)).as("na de datum niets meer").hasSize(eerste.size());
		// The second date passes while nothing runs: not sent late.
		assertThat(draai(7)).hasSize(eerste.size());

		Golf opgeslagen = golven.findById(golf).orElseThrow();
		assertThat(opgeslagen.herinneringenVerstuurd()).containsExactly(vandaag.plusDays(3));
		assertThat(jdbc.sql("""
				select count(*) from audit.gebeurtenis where entiteit_type = 'Golf' and entiteit_id = ?
				and na::text like '%herinneringenVerstuurd%'""").param(golf.toString()).query(Long.class).single())
			.as("vastgelegd in de auditlog").isPositive();
	}

	@Test
	void tweeKnopenTegelijkVersturenEenHerinneringEenKeer() throws Exception {
		herinneringen(0).zetHerinneringen(AALSTEDE, golf, List.of(vandaag.plusDays(3).toString()));
		dienst.open(AALSTEDE, golf);
		PulseHerinneringen een = herinneringen(3);
		PulseHerinneringen twee = herinneringen(3);
		java.util.concurrent.ExecutorService draden = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			for (var uitkomst : draden.invokeAll(List.<java.util.concurrent.Callable<Integer>>of(een::verstuurHerinneringen,
					twee::verstuurHerinneringen))) {
				uitkomst.get();
			}
		}
		finally {
			draden.shutdown();
		}
		assertThat(mijn()).as("elke uitgenodigde een keer").hasSize(leden.size());
		assertThat(golven.findById(golf).orElseThrow().herinneringenVerstuurd()).containsExactly(vandaag.plusDays(3));
	}

	@Test
	void zonderMailWordtNietsAlsVerstuurdVastgelegd() {
		herinneringen(0).zetHerinneringen(AALSTEDE, golf, List.of(vandaag.plusDays(3).toString()));
		dienst.open(AALSTEDE, golf);
		PulseHerinneringen uit = new PulseHerinneringen(golven, dienst, opslag, uitgenodigden, organisaties,
				new PulsePost(null, "x@test"), jdbc, transacties, berichten, verschoven(3));
		assertThat(uit.verstuurHerinneringen()).isZero();
		assertThat(golven.findById(golf).orElseThrow().herinneringenVerstuurd()).isEmpty();
	}

	@Test
	void herinneringsdataLiggenVastNaHetOpenen() {
		herinneringen(0).zetHerinneringen(AALSTEDE, golf, List.of(vandaag.plusDays(3).toString()));
		dienst.open(AALSTEDE, golf);
		assertThatThrownBy(() -> herinneringen(0).zetHerinneringen(AALSTEDE, golf, List.of(vandaag.plusDays(5).toString())))
			.isInstanceOf(OngeldigeInvoer.class);
		assertThat(golven.findById(golf).orElseThrow().herinneringen()).containsExactly(vandaag.plusDays(3));
	}

	@Test
	void eenNieuweCollegaKrijgtEenEigenWerkendeLinkEnHetTeamWordtGroter() throws Exception {
		dienst.open(AALSTEDE, golf);
		assertThat(opslag.groepsgrootte(golf).get(subteam.id())).isEqualTo(2);
		assertThat(herinneringen(1).nodigNieuweUit(AALSTEDE, golf)).as("nog niemand nieuw").isZero();

		Gebruiker nieuw = persoon("nieuw-" + UUID.randomUUID().toString().substring(0, 6), subteam);
		assertThat(herinneringen(1).nodigNieuweUit(AALSTEDE, golf)).isOne();
		List<MimeMessage> berichten = mijn();
		assertThat(ontvangers(berichten)).containsExactly(nieuw.email());
		String tekst = String.valueOf(berichten.get(0).getContent());
		Matcher link = LINK.matcher(tekst);
		assertThat(link.find()).as(tekst).isTrue();
		assertThat(tekst).contains("minstens 5 mensen");
		assertThat(opslag.groepsgrootte(golf).get(subteam.id())).isEqualTo(3);
		assertThat(uitgenodigden.van(golf)).hasSize(6).contains(nieuw.id());

		// The link works once, like any other.
		assertThat(mvc.perform(get("/peiling/{t}", link.group(1))).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(post("/peiling/{t}", link.group(1)).with(csrf()).param("veerkracht", "4"))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(opslag.aantalAntwoorden(golf)).isOne();

		// Nobody twice: not by the button, not by the scheduled job.
		assertThat(herinneringen(2).nodigNieuweUit(AALSTEDE, golf)).isZero();
		herinneringen(2).draai();
		assertThat(mijn()).hasSize(1);
		assertThat(jdbc.sql("select count(*) from pulse.uitnodiging where golf_id = ?").param(golf).query(Integer.class)
			.single()).isEqualTo(6);

		// The scheduled job finds the next newcomer by itself, also in a team below the target team.
		Gebruiker later = persoon("later-" + UUID.randomUUID().toString().substring(0, 6), afdeling);
		herinneringen(3).draai();
		assertThat(ontvangers(mijn())).containsExactlyInAnyOrder(nieuw.email(), later.email());
		assertThat(opslag.groepsgrootte(golf).get(afdeling.id())).isEqualTo(4);

		// After the last day nobody new is invited any more.
		persoon("te-laat-" + UUID.randomUUID().toString().substring(0, 6), subteam);
		assertThatThrownBy(() -> herinneringen(11).nodigNieuweUit(AALSTEDE, golf)).isInstanceOf(OngeldigeInvoer.class);
		herinneringen(11).draai();
		assertThat(mijn()).hasSize(2);
	}

	@Test
	void nieuweCollegasAlleenBijEenOpenGolf() throws Exception {
		assertThatThrownBy(() -> herinneringen(0).nodigNieuweUit(AALSTEDE, golf)).isInstanceOf(OngeldigeInvoer.class);
		assertThat(uitgenodigden.van(golf)).isEmpty();
		dienst.open(AALSTEDE, golf);
		dienst.sluit(AALSTEDE, golf);
		persoon("na-sluiten-" + UUID.randomUUID().toString().substring(0, 6), subteam);
		assertThatThrownBy(() -> herinneringen(1).nodigNieuweUit(AALSTEDE, golf)).isInstanceOf(OngeldigeInvoer.class);
		assertThat(uitgenodigden.van(golf)).as("bij het sluiten geleegd").isEmpty();
		assertThat(mijn()).isEmpty();
	}

	private Gebruiker persoon(String naam, Team team) {
		String adres = naam + "@pulse.test";
		return gebruikerDienst.maakAan(AALSTEDE, adres,
				new GebruikerDienst.Gegevens("Herinnering " + naam, adres, Set.of(Rol.MEDEWERKER), team.id(), true),
				"Pulse-test-wachtwoord-2026");
	}

	/** One run of the reminders with the clock this many days ahead; returns this wave's reminders so far. */
	private List<MimeMessage> draai(int dagen) throws Exception {
		herinneringen(dagen).verstuurHerinneringen();
		return mijn();
	}

	/** Other tests' open waves get reminders and invitations too; only this wave's messages count. */
	private List<MimeMessage> mijn() throws Exception {
		List<MimeMessage> mijn = new ArrayList<>();
		for (MimeMessage bericht : smtp.getReceivedMessages()) {
			if (bericht.getSubject().contains(titel)) {
				mijn.add(bericht);
			}
		}
		return mijn;
	}

	private PulseHerinneringen herinneringen(int dagen) {
		return new PulseHerinneringen(golven, dienst, opslag, uitgenodigden, organisaties, post, jdbc, transacties,
				berichten, verschoven(dagen));
	}

	private Clock verschoven(int dagen) {
		return Clock.offset(klok, Duration.ofDays(dagen));
	}

	private static List<String> ontvangers(List<MimeMessage> berichten) throws Exception {
		List<String> aan = new ArrayList<>();
		for (MimeMessage bericht : berichten) {
			Arrays.stream(bericht.getRecipients(Message.RecipientType.TO)).map(Object::toString).forEach(aan::add);
		}
		return aan;
	}

}
