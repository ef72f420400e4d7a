// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots;

/** The outcome of an intake: go to a pilot, not now, or no. */
public enum Intakeuitkomst {

	PILOTEN, NIET_NU, NEE

}
