// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The cluster-safe scheduler (db-scheduler on PostgreSQL, ADR 0009). Every node runs one; a due job is picked by
 * exactly one of them through an optimistic update of its row in assessments.scheduled_tasks. Off when
 * helder.scheduler.enabled is false, as in the tests, so jobs never run unless a test starts them.
 */
@Component
@ConditionalOnProperty(name = "helder.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class Planner implements SmartLifecycle {

	static final String TABEL = "assessments.scheduled_tasks";

	static final String REVIEWHERINNERINGEN = "review-herinneringen";

	private final DataSource dataSource;

	private final ReviewHerinneringen herinneringen;

	private final ReviewInstellingen instellingen;

	private volatile Scheduler scheduler;

	Planner(DataSource dataSource, ReviewHerinneringen herinneringen, ReviewInstellingen instellingen) {
		this.dataSource = dataSource;
		this.herinneringen = herinneringen;
		this.instellingen = instellingen;
	}

	/** The same configuration for the application and for the test that runs two schedulers on one database. */
	static SchedulerBuilder bouwer(DataSource dataSource, Task<?>... taken) {
		return Scheduler.create(dataSource, taken)
			.tableName(TABEL)
			.shutdownMaxWait(Duration.ofSeconds(10));
	}

	@Override
	public void start() {
		RecurringTask<Void> taak = Tasks.recurring(REVIEWHERINNERINGEN, FixedDelay.of(instellingen.controleInterval()))
			.execute((instantie, context) -> herinneringen.verstuur());
		scheduler = bouwer(dataSource).startTasks(taak).threads(2).pollingInterval(Duration.ofSeconds(30)).build();
		scheduler.start();
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
