// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.internal.GebruikerDienst;
import nl.helder.organisaties.internal.Team;
import nl.helder.organisaties.internal.TeamDienst;
import nl.helder.shared.Rol;
import nl.helder.shared.Systeemaanvrager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Invitations over real SMTP (GreenMail in-process): one personal message per person, with a working link. */
class UitnodigingMailTest extends HelderIntegratieTest {

	@Autowired
	private Golven golven;

	@Autowired
	private Acties acties;

	@Autowired
	private InstrumentBibliotheek instrumenten;

	@Autowired
	private AnoniemeOpslag opslag;

	@Autowired
	private Organisatiegids organisaties;

	@Autowired
	private TeamDienst teamDienst;

	@Autowired
	private Clock klok;

	@Autowired
	private PulseDienst bean;

	@Autowired
	private PlatformTransactionManager transacties;

	@Autowired
	private Uitgenodigden uitgenodigden;

	private GreenMail smtp;

	private PulseDienst dienst;

	@BeforeEach
	void start() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		JavaMailSenderImpl verzender = new JavaMailSenderImpl();
		verzender.setHost("127.0.0.1");
		verzender.setPort(smtp.getSmtp().getPort());
		verzender.setDefaultEncoding("UTF-8");
		dienst = new PulseDienst(golven, acties, instrumenten, opslag, organisaties,
				new PulsePost(verzender, "hr@gemeente.test"), uitgenodigden, klok, "https://helder.gemeente.test/");
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	@Test
	void iedereenKrijgtEenEigenBerichtMetEenWerkendeLink() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 6);
		Team team = teamDienst.maakAan(AALSTEDE, "Mailteam " + id, null);
		for (int i = 0; i < 3; i++) {
			String naam = "mail-" + i + "-" + id + "@pulse.test";
			gebruikerDienst.maakAan(AALSTEDE, naam, new GebruikerDienst.Gegevens("Mail " + i, naam, Set.of(Rol.MEDEWERKER),
					team.id(), true), "Pulse-test-wachtwoord-2026");
		}
		LocalDate vandaag = bean.vandaag();
		var hr = new Systeemaanvrager("mail-hr", "Mail HR", AALSTEDE, Set.of(Rol.HR));
		UUID golf = bean.maak(AALSTEDE, new PulseDienst.Gegevens("Mailgolf", vandaag.toString(),
				vandaag.plusDays(7).toString(), List.of(team.id().toString()), "7"), hr).id();
		bean.legInstemmingVast(AALSTEDE, golf, vandaag.toString(), "OR-m", "DPIA-m");
		// The instance with the test mail server is not a Spring proxy: the transaction is started here.
		new TransactionTemplate(transacties).executeWithoutResult(status -> dienst.open(AALSTEDE, golf));

		MimeMessage[] berichten = smtp.getReceivedMessages();
		assertThat(berichten).hasSize(3);
		Pattern link = Pattern.compile("https://helder\\.gemeente\\.test/peiling/([A-Za-z0-9_-]{43})");
		java.util.Set<String> tokens = new java.util.HashSet<>();
		for (MimeMessage bericht : berichten) {
			assertThat(bericht.getAllRecipients()).as("een bericht per persoon").hasSize(1);
			String tekst = String.valueOf(bericht.getContent());
			assertThat(tekst).contains("minstens 7 mensen").contains("werkt één keer")
				.contains("De vragenlijst heet \"Tech-pulse: werk, technologie en mentale kracht\"")
				.contains("tot en met " + vandaag.plusDays(7).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
						java.util.Locale.forLanguageTag("nl"))));
			Matcher m = link.matcher(tekst);
			assertThat(m.find()).as(tekst).isTrue();
			tokens.add(m.group(1));
		}
		assertThat(tokens).hasSize(3);
		for (String token : tokens) {
			assertThat(mvc.perform(get("/peiling/{t}", token)).andReturn().getResponse().getStatus()).isEqualTo(200);
			assertThat(jdbc.sql("select count(*) from pulse.uitnodiging where token_hash = ?").param(token)
				.query(Integer.class).single()).as("alleen de hash wordt bewaard").isZero();
		}
	}

}
