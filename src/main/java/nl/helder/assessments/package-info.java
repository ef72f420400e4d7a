// SPDX-License-Identifier: EUPL-1.2
/**
 * Assessments of a toepassing: one questionnaire engine that reads versioned definitions (pre-scan, DPIA, IAMA,
 * FRIA, ethics check), answers per toepassing with shared answers reused across instruments, and the sign-off chain
 * (advice of the privacy officer, approval by the owner, frozen afterwards).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Beoordelingen")
package nl.helder.assessments;
