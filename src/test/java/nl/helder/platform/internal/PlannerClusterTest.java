// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.helder.HelderIntegratieTest;
import nl.helder.platform.GeplandeTaak;

/**
 * Two scheduler nodes on one database (the test's PostgreSQL), configured as the application configures its own:
 * every due job runs exactly once, whichever node picks it.
 */
class PlannerClusterTest extends HelderIntegratieTest {

	private static final int TAKEN = 120;

	@Autowired
	private DataSource dataSource;

	/** The jobs the modules contribute, as the application collects them (the scheduler itself is off in tests). */
	@Autowired
	private List<GeplandeTaak> taken;

	@Test
	void tweeKnopenOpEenDatabaseVoerenElkeTaakPreciesEenKeerUit() throws Exception {
		String naam = "clusterproef-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, AtomicInteger> uitvoeringen = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<String> knopen = new ConcurrentLinkedQueue<>();
		OneTimeTask<Void> taak = Tasks.oneTime(naam).execute((instantie, context) -> {
			uitvoeringen.computeIfAbsent(instantie.getId(), id -> new AtomicInteger()).incrementAndGet();
			knopen.add(String.valueOf(context.getExecution().pickedBy));
		});

		Scheduler een = knoop("knoop-1", taak);
		Scheduler twee = knoop("knoop-2", taak);
		Instant nu = Instant.now();
		for (int i = 0; i < TAKEN; i++) {
			een.schedule(taak.instance("taak-" + i), nu);
		}
		try {
			een.start();
			twee.start();
			// A bound for a broken scheduler, not a speed requirement: normally this takes a second or two.
			long tot = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (openstaand(naam) > 0 && System.nanoTime() < tot) {
				Thread.sleep(100);
			}
			assertThat(openstaand(naam)).as("taken nog in de tabel").isZero();
		}
		finally {
			een.stop();
			twee.stop();
		}
		assertThat(uitvoeringen).hasSize(TAKEN);
		assertThat(uitvoeringen.values()).allSatisfy(teller -> assertThat(teller.get()).isEqualTo(1));
		assertThat(knopen).hasSize(TAKEN).allSatisfy(knoop -> assertThat(knoop).isIn("knoop-1", "knoop-2"));
		// Which node ran how many differs per run; printed, not asserted, so the test stays deterministic.
		System.out.println("Clusterproef: knoop-1 " + knopen.stream().filter("knoop-1"::equals).count() + ", knoop-2 "
				+ knopen.stream().filter("knoop-2"::equals).count() + " van " + TAKEN + " taken");
	}

	/** The application's own wiring: on start every module's job is in the table once, whatever the node count. */
	@Test
	void elkeGeplandeTaakStaatNaHetStartenEenKeerInDeTabel() {
		assertThat(taken).extracting(GeplandeTaak::naam).contains("review-herinneringen", "pulse-herinneringen");
		Planner een = new Planner(dataSource, taken);
		Planner twee = new Planner(dataSource, taken);
		try {
			een.start();
			twee.start();
			assertThat(een.isRunning()).isTrue();
			for (GeplandeTaak taak : taken) {
				assertThat(openstaand(taak.naam())).as(taak.naam()).isOne();
			}
		}
		finally {
			een.stop();
			twee.stop();
			for (GeplandeTaak taak : taken) {
				jdbc.sql("delete from " + Planner.TABEL + " where task_name = ?").param(taak.naam()).update();
			}
		}
		assertThat(een.isRunning()).isFalse();
	}

	@Test
	void tweeTakenMetDezelfdeNaamWeigertDePlanner() {
		GeplandeTaak taak = new GeplandeTaak("dubbel", Duration.ofHours(1), () -> {
		});
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Planner(dataSource, List.of(taak, taak)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void deTabelHoortBijHetPlatform() {
		assertThat(jdbc.sql("select table_schema from information_schema.tables where table_name = 'scheduled_tasks'")
			.query(String.class)
			.list()).containsExactly("platform");
	}

	private Scheduler knoop(String naam, OneTimeTask<Void> taak) {
		return Planner.bouwer(dataSource, taak)
			.schedulerName(new SchedulerName.Fixed(naam))
			.threads(4)
			.pollingInterval(Duration.ofMillis(100))
			.build();
	}

	private long openstaand(String taaknaam) {
		return jdbc.sql("select count(*) from " + Planner.TABEL + " where task_name = ?")
			.param(taaknaam)
			.query(Long.class)
			.single();
	}

}
