// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

/** Where a completion came from; a self-reported one counts only after HR or the AI coordinator confirmed it. */
public enum Bron {
	IMPORT, HANDMATIG, ZELF_GEMELD
}
