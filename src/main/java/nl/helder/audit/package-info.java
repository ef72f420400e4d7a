// SPDX-License-Identifier: EUPL-1.2
/**
 * The append-only change log: who changed what, when, in which organisation, with the state before and after.
 * Changes to JPA entities of every module are recorded automatically, in the same transaction as the change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package nl.helder.audit;
