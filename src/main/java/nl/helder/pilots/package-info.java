// SPDX-License-Identifier: EUPL-1.2
/**
 * Pilots of a toepassing: an intake that starts from the problem, a pilot plan with learning goals and the works
 * council step, KPI measurements with a baseline and follow-ups, and a decision (scale up, adjust, stop) that keeps
 * the evidence of that moment. The portfolio shows all pilots of a municipality.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pilots")
package nl.helder.pilots;
