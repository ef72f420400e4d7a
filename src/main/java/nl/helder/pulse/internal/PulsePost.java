// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import nl.helder.platform.Post;

/**
 * Sends the invitations, one message per person (never one message with many recipients: the link is personal).
 * Without an SMTP host mail is off and nothing fails. Nothing about a sent invitation is logged or stored.
 */
@Component
public class PulsePost {

	private static final Logger LOG = LoggerFactory.getLogger(PulsePost.class);

	private final Post post;

	@Autowired
	PulsePost(Post post) {
		this.post = post;
	}

	/** A postman with a given sender (null: mail off); tests use it with an in-process SMTP server. */
	public PulsePost(JavaMailSender verzender, String afzender) {
		this(new Post(verzender, afzender));
	}

	public boolean staatAan() {
		return post.staatAan();
	}

	void verstuur(String aan, String onderwerp, String tekst) {
		try {
			post.verstuur(List.of(aan), onderwerp, tekst);
		}
		catch (RuntimeException fout) {
			// One failed address must not stop the others; the address itself stays out of the log.
			LOG.warn("Een pulse-uitnodiging kon niet worden verstuurd: {}", fout.getClass().getSimpleName());
		}
	}

}
