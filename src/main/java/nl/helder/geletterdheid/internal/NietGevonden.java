// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Not in this organisation: answered 404, whether it exists elsewhere or not. */
class NietGevonden extends ResponseStatusException {

	NietGevonden() {
		super(HttpStatus.NOT_FOUND);
	}

}
