// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties;

import java.util.UUID;

/**
 * A team as other modules may see it: in tree order, with its depth so that a choice list can show the structure
 * (0 = a department at the top).
 */
public record TeamInfo(UUID id, String naam, UUID ouderId, int diepte) {
}
