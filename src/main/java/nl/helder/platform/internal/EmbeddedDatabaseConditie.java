// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded database runs when it is switched on and no external database URL is configured. */
class EmbeddedDatabaseConditie implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var env = context.getEnvironment();
		boolean aan = env.getProperty("helder.database.embedded", Boolean.class, false);
		String url = env.getProperty("spring.datasource.url", "");
		return aan && url.isBlank();
	}

}
