// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

/** Where an assessment is in its sign-off chain. A GOEDGEKEURD assessment never changes again. */
public enum Beoordelingsstatus {

	TE_DOEN, BEZIG, TER_ADVIES, GOEDGEKEURD

}
