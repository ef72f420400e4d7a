// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import nl.helder.HelderIntegratieTest;
import nl.helder.organisaties.Organisatiegids;
import nl.helder.platform.Post;
import nl.helder.register.Registergids;

/**
 * Reminders over real SMTP (GreenMail in-process on a free port), with the clock moved forward so a new pilot's
 * review becomes due, due today, overdue and escalated. Each stage is mailed once, also when two nodes run the job
 * at the same moment.
 */
class ReviewHerinneringenTest extends HelderIntegratieTest {

	private static final String AICO = "aico@aalstede.demo";

	private static final String COORDINATOR = "ai-coordinator@aalstede.demo";

	@Autowired
	private Beoordelingen beoordelingen;

	@Autowired
	private BeoordelingDienst beoordelingDienst;

	@Autowired
	private Reviews reviews;

	@Autowired
	private EigenReviewritmes ritmes;

	@Autowired
	private Vragenlijstcatalogus catalogus;

	@Autowired
	private Registergids register;

	@Autowired
	private ReviewInstellingen instellingen;

	@Autowired
	private MessageSource berichten;

	@Autowired
	private Organisatiegids organisaties;

	@Autowired
	private TransactionTemplate transactie;

	private GreenMail smtp;

	private Post postbode;

	private String naam;

	private UUID toepassing;

	@BeforeEach
	void start() throws Exception {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		JavaMailSenderImpl verzender = new JavaMailSenderImpl();
		verzender.setHost("127.0.0.1");
		verzender.setPort(smtp.getSmtp().getPort());
		verzender.setDefaultEncoding("UTF-8");
		postbode = new Post(verzender, "helder@gemeente.test");
		naam = "Pilot herinnering " + UUID.randomUUID().toString().substring(0, 6);
		toepassing = pilot(naam);
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	@Test
	void elkeFaseKrijgtPreciesEenBerichtEnDeEscalatieGaatOokNaarDeCoordinator() throws Exception {
		// Registered today as a pilot: review due in 14 days; the first reminder 7 days before.
		assertThat(mijnBerichten(draai(6))).isEmpty();

		List<MimeMessage> vooraf = mijnBerichten(draai(8));
		assertThat(vooraf).hasSize(1);
		MimeMessage bericht = vooraf.get(0);
		assertThat(ontvangers(bericht)).contains(AICO).doesNotContain(COORDINATOR);
		assertThat(bericht.getSubject()).startsWith("Herinnering: review van " + naam + " uiterlijk ");
		assertThat(bericht.getFrom()[0].toString()).isEqualTo("helder@gemeente.test");
		String tekst = GreenMailUtil.getBody(bericht);
		assertThat(tekst).contains("De periodieke review van " + naam + " moet uiterlijk",
				"https://helder.test/toepassingen/" + toepassing + "/beoordelingen");
		assertThat(mijnBerichten(draai(9))).as("dezelfde fase niet nog eens").hasSize(1);

		assertThat(mijnBerichten(draai(14))).hasSize(2).last().satisfies(b -> assertThat(b.getSubject())
			.isEqualTo("Vandaag: review van " + naam));
		assertThat(mijnBerichten(draai(20))).hasSize(3).last().satisfies(b -> {
			assertThat(b.getSubject()).startsWith("Te laat: review van " + naam);
			assertThat(GreenMailUtil.getBody(b)).contains("6 dag(en) te laat");
			assertThat(ontvangers(b)).doesNotContain(COORDINATOR);
		});
		List<MimeMessage> escalatie = mijnBerichten(draai(28));
		assertThat(escalatie).hasSize(4).last().satisfies(b -> {
			assertThat(b.getSubject()).isEqualTo("Escalatie: review van " + naam + " is 14 dagen te laat");
			assertThat(ontvangers(b)).contains(AICO, COORDINATOR);
		});
		assertThat(mijnBerichten(draai(40))).hasSize(4);
		assertThat(jdbc.sql("select fase from assessments.reviewherinnering where toepassing_id = ? order by verstuurd")
			.param(toepassing)
			.query(String.class)
			.list()).containsExactly("VOORAF", "VANDAAG", "TE_LAAT", "ESCALATIE");
	}

	@Test
	void deEigenaarUitHetRegisterKrijgtDeHerinneringOokAlsHijGebruikerIs() throws Exception {
		naam = "Pilot met eigenaar " + UUID.randomUUID().toString().substring(0, 6);
		toepassing = pilot(naam, "Demo hr");
		List<MimeMessage> vooraf = mijnBerichten(draai(8));
		assertThat(vooraf).hasSize(1);
		assertThat(ontvangers(vooraf.get(0))).contains("hr@aalstede.demo", AICO);

		// An owner who is no user (a department's name) changes nothing: the roles get the message.
		naam = "Pilot met afdeling " + UUID.randomUUID().toString().substring(0, 6);
		toepassing = pilot(naam, "Afdeling Werk en Inkomen");
		List<MimeMessage> zonder = mijnBerichten(draai(8));
		assertThat(zonder).hasSize(1);
		assertThat(ontvangers(zonder.get(0))).contains(AICO).doesNotContain("hr@aalstede.demo");
	}

	@Test
	void tweeKnopenTegelijkVersturenEenHerinneringEenKeer() throws Exception {
		ReviewHerinneringen een = herinneringen(Clock.offset(Clock.systemUTC(), Duration.ofDays(14)));
		ReviewHerinneringen twee = herinneringen(Clock.offset(Clock.systemUTC(), Duration.ofDays(14)));
		ExecutorService draden = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> uitkomsten = draden.invokeAll(List.<Callable<Integer>>of(een::verstuur, twee::verstuur));
			for (Future<Integer> uitkomst : uitkomsten) {
				uitkomst.get();
			}
		}
		finally {
			draden.shutdown();
		}
		assertThat(mijnBerichten(List.of(smtp.getReceivedMessages()))).hasSize(1);
	}

	@Test
	void zonderSmtpServerGebeurtErNiets() {
		ReviewHerinneringen uit = new ReviewHerinneringen(dienst(Clock.offset(Clock.systemUTC(), Duration.ofDays(14))),
				organisaties, register, new Post(null, "helder@gemeente.test"), jdbc, transactie, berichten, Clock.systemUTC(),
				"https://helder.test");
		assertThat(uit.verstuur()).isZero();
		assertThat(jdbc.sql("select count(*) from assessments.reviewherinnering where toepassing_id = ?")
			.param(toepassing)
			.query(Long.class)
			.single()).as("niets als verstuurd vastgelegd").isZero();
	}

	/** One run of the job with the clock this many days ahead; returns every message received so far. */
	private List<MimeMessage> draai(int dagen) {
		herinneringen(Clock.offset(Clock.systemUTC(), Duration.ofDays(dagen))).verstuur();
		return List.of(smtp.getReceivedMessages());
	}

	private ReviewHerinneringen herinneringen(Clock klok) {
		return new ReviewHerinneringen(dienst(klok), organisaties, register, postbode, jdbc, transactie, berichten, klok,
				"https://helder.test/");
	}

	private ReviewDienst dienst(Clock klok) {
		return new ReviewDienst(beoordelingen, beoordelingDienst, reviews, ritmes, catalogus, register, instellingen,
				berichten, klok);
	}

	/** Other toepassingen (demo data, other tests) get reminders too; only this test's one counts. */
	private List<MimeMessage> mijnBerichten(List<MimeMessage> alle) throws Exception {
		List<MimeMessage> mijn = new java.util.ArrayList<>();
		for (MimeMessage bericht : alle) {
			// GreenMail keeps one copy per recipient; one message is one Message-ID.
			if (bericht.getSubject().contains(naam) && mijn.stream().noneMatch(m -> zelfde(m, bericht))) {
				mijn.add(bericht);
			}
		}
		return mijn;
	}

	private static boolean zelfde(MimeMessage a, MimeMessage b) {
		try {
			return a.getMessageID().equals(b.getMessageID());
		}
		catch (Exception fout) {
			throw new IllegalStateException(fout);
		}
	}

	private static List<String> ontvangers(MimeMessage bericht) throws Exception {
		return Arrays.stream(bericht.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
	}

	private UUID pilot(String naam) throws Exception {
		return pilot(naam, null);
	}

	private UUID pilot(String naam, String eigenaar) throws Exception {
		String antwoord = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/organisaties/" + AALSTEDE + "/toepassingen")
			.header("Authorization", bearer(COORDINATOR))
			.contentType("application/json")
			.content("{\"standaard\": {\"name\": \"" + naam + "\"}, \"intern\": {\"levensfase\": \"PILOT\""
					+ (eigenaar == null ? "" : ", \"eigenaar\": \"" + eigenaar + "\"") + "}}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(antwoord);
		assertThat(id.find()).as(antwoord).isTrue();
		return UUID.fromString(id.group(1));
	}

}
