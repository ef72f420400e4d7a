// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

/** Where a toepassing is in the publication workflow. */
public enum Werkstatus {

	CONCEPT, TER_REVIEW, GEPUBLICEERD, INGETROKKEN

}
