// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

public enum Vorm {
	KLASSIKAAL, E_LEARNING, WORKSHOP, LEZING
}
