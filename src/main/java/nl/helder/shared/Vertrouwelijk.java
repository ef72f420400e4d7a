// SPDX-License-Identifier: EUPL-1.2
package nl.helder.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A field whose value never goes into the audit log (password hashes, secrets); only the fact that it changed does. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Vertrouwelijk {

}
