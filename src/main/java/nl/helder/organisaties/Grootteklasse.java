// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

/** The size classes of the AI Monitor Gemeenten; the boundaries are configuration ({@code helder.grootteklasse}). */
public enum Grootteklasse {

	KLEIN, MIDDELGROOT, GROOT

}
