// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots;

/** The decision at the end of a pilot: scale up, adjust and continue, or stop. */
public enum Besluit {

	OPSCHALEN, BIJSTELLEN, STOPPEN

}
