// SPDX-License-Identifier: EUPL-1.2
package nl.helder.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a handler. Every handler carries this annotation or {@link Openbaar}; the central access check refuses
 * to start when one carries neither, so a new endpoint cannot be forgotten.
 * <p>
 * A path variable {@code code} always names the caller's own organisation; any other answers 404.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Toegang {

	/** The caller needs at least one of these roles. Leave empty only together with {@link #ingelogd()}. */
	Rol[] value() default {};

	/** Every logged-in user of the organisation may call it. */
	boolean ingelogd() default false;

	/** The platform administrator may call it for any organisation. */
	boolean platformbeheer() default false;

}
