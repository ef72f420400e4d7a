// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import nl.helder.platform.GeplandeTaak;

/**
 * The cluster-safe scheduler (db-scheduler on PostgreSQL, ADR 0009) for the jobs of every module: each module
 * contributes {@link GeplandeTaak} beans. Every node runs one scheduler; a due job is picked by exactly one of them
 * through an optimistic update of its row in platform.scheduled_tasks. Off when helder.scheduler.enabled is false, as
 * in the tests, so jobs never run unless a test starts them.
 */
@Component
@ConditionalOnProperty(name = "helder.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class Planner implements SmartLifecycle {

	private static final Logger LOG = LoggerFactory.getLogger(Planner.class);

	static final String TABEL = "platform.scheduled_tasks";

	private final DataSource dataSource;

	private final List<GeplandeTaak> taken;

	private volatile Scheduler scheduler;

	Planner(DataSource dataSource, List<GeplandeTaak> taken) {
		this.dataSource = dataSource;
		this.taken = List.copyOf(taken);
		Set<String> namen = new HashSet<>();
		for (GeplandeTaak taak : this.taken) {
			// Two jobs with one name would share one row: one of them would silently never run.
			if (!namen.add(taak.naam())) {
				throw new IllegalStateException("Twee geplande taken heten " + taak.naam());
			}
		}
	}

	/** The same configuration for the application and for the test that runs two schedulers on one database. */
	static SchedulerBuilder bouwer(DataSource dataSource, Task<?>... taken) {
		return Scheduler.create(dataSource, taken)
			.tableName(TABEL)
			.shutdownMaxWait(Duration.ofSeconds(10));
	}

	@Override
	public void start() {
		List<RecurringTask<?>> terugkerend = taken.stream()
			.<RecurringTask<?>>map(taak -> Tasks.recurring(taak.naam(), FixedDelay.of(taak.interval()))
				.execute((instantie, context) -> taak.werk().run()))
			.toList();
		scheduler = bouwer(dataSource).startTasks(terugkerend).threads(2).pollingInterval(Duration.ofSeconds(30)).build();
		scheduler.start();
		LOG.info("Planner gestart met {} taak/taken: {}", taken.size(), taken.stream().map(GeplandeTaak::naam).toList());
	}

	@Override
	public void stop() {
		if (scheduler != null) {
			scheduler.stop();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
