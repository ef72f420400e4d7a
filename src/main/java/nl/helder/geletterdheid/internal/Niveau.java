// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

/** The depth of a training: basic knowledge for everyone, or additional/in-depth for a role. */
public enum Niveau {
	BASIS, VERDIEPEND
}
