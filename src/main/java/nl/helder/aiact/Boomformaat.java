// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

/** The text formats a decision tree can be written in; the structure is the same in both. */
public enum Boomformaat {

	JSON, YAML

}
