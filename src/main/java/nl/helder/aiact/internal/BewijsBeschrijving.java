// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.Instant;
import java.util.UUID;

/** What a list shows of an evidence file: everything but its content. */
public record BewijsBeschrijving(UUID id, String naam, String soort, int grootte, String sha256, String geuploadDoor,
		Instant geuploadOp) {
}
