// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots;

/** The phase of a pilot: intake, plan, running (lopend), decided (besluit). */
public enum Pilotfase {

	INTAKE, PLAN, LOPEND, BESLUIT

}
