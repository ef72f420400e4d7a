// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mail over SMTP, for every module. Without an SMTP host (spring.mail.host) mail is off: that is
 * logged once and nothing fails, so a test or demo installation runs without a mail server.
 */
@Component
public class Post {

	private static final Logger LOG = LoggerFactory.getLogger(Post.class);

	private final JavaMailSender verzender;

	private final String afzender;

	@Autowired
	Post(ObjectProvider<JavaMailSender> verzenders, @Value("${spring.mail.host:}") String host,
			@Value("${helder.mail.afzender:helder@localhost}") String afzender) {
		this(host == null || host.isBlank() ? null : verzenders.getIfAvailable(), afzender);
		if (this.verzender == null) {
			LOG.info("Mail staat uit: er is geen SMTP-server ingesteld (SPRING_MAIL_HOST). Herinneringen en uitnodigingen worden niet verstuurd.");
		}
	}

	/** A postman with a given sender (null: mail off); tests use it with an in-process SMTP server. */
	public Post(JavaMailSender verzender, String afzender) {
		this.verzender = verzender;
		this.afzender = afzender;
	}

	public boolean staatAan() {
		return verzender != null;
	}

	/** One message to all recipients; a failure is thrown, so the caller can leave it for the next attempt. */
	public void verstuur(List<String> aan, String onderwerp, String tekst) {
		if (verzender == null || aan.isEmpty()) {
			return;
		}
		SimpleMailMessage bericht = new SimpleMailMessage();
		bericht.setFrom(afzender);
		bericht.setTo(aan.toArray(String[]::new));
		bericht.setSubject(onderwerp);
		bericht.setText(tekst);
		verzender.send(bericht);
	}

}
