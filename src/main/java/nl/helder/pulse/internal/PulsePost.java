// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the invitations, one message per person (never one message with many recipients: the link is personal).
 * Without an SMTP host mail is off and nothing fails. Nothing about a sent invitation is logged or stored.
 */
@Component
public class PulsePost {

	private static final Logger LOG = LoggerFactory.getLogger(PulsePost.class);

	private final JavaMailSender verzender;

	private final String afzender;

	@Autowired
	PulsePost(ObjectProvider<JavaMailSender> verzenders, @Value("${spring.mail.host:}") String host,
			@Value("${helder.mail.afzender:helder@localhost}") String afzender) {
		this(host == null || host.isBlank() ? null : verzenders.getIfAvailable(), afzender);
	}

	/** A postman with a given sender (null: mail off); tests use it with an in-process SMTP server. */
	public PulsePost(JavaMailSender verzender, String afzender) {
		this.verzender = verzender;
		this.afzender = afzender;
	}

	public boolean staatAan() {
		return verzender != null;
	}

	void verstuur(String aan, String onderwerp, String tekst) {
		if (verzender == null) {
			return;
		}
		SimpleMailMessage bericht = new SimpleMailMessage();
		bericht.setFrom(afzender);
		bericht.setTo(aan);
		bericht.setSubject(onderwerp);
		bericht.setText(tekst);
		try {
			verzender.send(bericht);
		}
		catch (RuntimeException fout) {
			// One failed address must not stop the others; the address itself stays out of the log.
			LOG.warn("Een pulse-uitnodiging kon niet worden verstuurd: {}", fout.getClass().getSimpleName());
		}
	}

}
