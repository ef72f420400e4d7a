// SPDX-License-Identifier: EUPL-1.2
/**
 * The mentale-kracht pulse: short anonymous surveys about technology and workload. Instruments are versioned data,
 * waves open only with the works council's consent and a DPIA on record, invitations are single-use links whose
 * answers cannot be joined to a person or a link, and reports show aggregates of at least k respondents with
 * complementary suppression (ADR 0012). Never a person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pulse")
package nl.helder.pulse;
