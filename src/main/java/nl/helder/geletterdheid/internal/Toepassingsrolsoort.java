// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

/** How an employee is involved with a toepassing; TOEZICHTHOUDER is the human oversight of AI Act art. 14 and 26. */
public enum Toepassingsrolsoort {
	GEBRUIKER, TOEZICHTHOUDER, BEHEERDER
}
