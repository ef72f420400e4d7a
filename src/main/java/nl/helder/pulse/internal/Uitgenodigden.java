// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who was invited to a wave, by person id only, so that reminders reach everybody invited and newcomers to a target
 * team can be told apart. Never stored with a token, a team or a time; every write runs in its own transaction, apart
 * from the one that stores the links, so no transaction id ties a person to a link. Plain SQL, like the links: the
 * audit log would add a time per person. Emptied when the wave closes.
 */
@Component
public class Uitgenodigden {

	private static final SecureRandom TOEVAL = new SecureRandom();

	private final JdbcClient jdbc;

	private final TransactionTemplate los;

	Uitgenodigden(JdbcClient jdbc, PlatformTransactionManager transacties) {
		this.jdbc = jdbc;
		this.los = new TransactionTemplate(transacties);
		this.los.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The list when a wave opens. Replaces whatever an earlier, failed attempt to open left behind: until the wave is
	 * open the list means nothing.
	 */
	void bewaarBijOpenen(UUID golfId, Collection<UUID> personen) {
		los.executeWithoutResult(status -> {
			jdbc.sql("delete from pulse.uitgenodigd where golf_id = ?").param(golfId).update();
			voegIn(golfId, personen);
		});
	}

	/**
	 * Adds newcomers; returns those that were not on the list yet. Two runs at once (the daily job and the button)
	 * both try; the primary key lets only one of them add a person, and only that one makes a link.
	 */
	List<UUID> voegToe(UUID golfId, Collection<UUID> personen) {
		return los.execute(status -> voegIn(golfId, personen));
	}

	private List<UUID> voegIn(UUID golfId, Collection<UUID> personen) {
		List<UUID> volgorde = new ArrayList<>(personen);
		// Users come sorted by name; shuffled, the physical row order says nothing either.
		Collections.shuffle(volgorde, TOEVAL);
		List<UUID> nieuw = new ArrayList<>();
		for (UUID persoon : volgorde) {
			if (jdbc.sql("insert into pulse.uitgenodigd (golf_id, persoon_id) values (?, ?) on conflict do nothing")
				.params(golfId, persoon)
				.update() == 1) {
				nieuw.add(persoon);
			}
		}
		return nieuw;
	}

	public Set<UUID> van(UUID golfId) {
		return new HashSet<>(jdbc.sql("select persoon_id from pulse.uitgenodigd where golf_id = ?")
			.param(golfId)
			.query(UUID.class)
			.list());
	}

	/** At closing, with the links: afterwards nothing says who was asked. */
	void verwijder(UUID golfId) {
		jdbc.sql("delete from pulse.uitgenodigd where golf_id = ?").param(golfId).update();
	}

}
