// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.platform.Post;
import nl.helder.register.Registergids;

/**
 * For scenario tests outside this package: one run of the review reminder job, with the clock some days ahead and
 * mail to an SMTP server on this machine (GreenMail), wired from the application's own beans.
 */
public final class Reviewpost {

	private Reviewpost() {
	}

	/** @return the number of messages sent */
	public static int verstuur(ApplicationContext context, int smtpPoort, int dagenVooruit) {
		Clock klok = Clock.offset(Clock.systemUTC(), Duration.ofDays(dagenVooruit));
		JavaMailSenderImpl verzender = new JavaMailSenderImpl();
		verzender.setHost("127.0.0.1");
		verzender.setPort(smtpPoort);
		verzender.setDefaultEncoding("UTF-8");
		MessageSource berichten = context.getBean(MessageSource.class);
		ReviewDienst reviews = new ReviewDienst(context.getBean(Beoordelingen.class),
				context.getBean(BeoordelingDienst.class), context.getBean(Reviews.class),
				context.getBean(EigenReviewritmes.class), context.getBean(Vragenlijstcatalogus.class),
				context.getBean(Registergids.class), context.getBean(ReviewInstellingen.class), berichten, klok);
		return new ReviewHerinneringen(reviews, context.getBean(Organisatiegids.class), context.getBean(Registergids.class),
				new Post(verzender, "helder@gemeente.test"), context.getBean(JdbcClient.class),
				context.getBean(TransactionTemplate.class), berichten, klok, "https://helder.test/")
			.verstuur();
	}

}
