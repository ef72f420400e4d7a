// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots;

/** How the works council (ondernemingsraad) takes part in a pilot: advice, consent, or only being informed. */
public enum OrSoort {

	ADVIES, INSTEMMING, INFORMEREN

}
