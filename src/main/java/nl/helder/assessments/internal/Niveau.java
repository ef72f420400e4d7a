// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** How strongly a pre-scan rule asks for an instrument; the strongest matching rule decides. */
public enum Niveau {

	VERPLICHT("verplicht"), AANGERADEN("aangeraden");

	private final String code;

	Niveau(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}

	public static Optional<Niveau> vanCode(String code) {
		return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
	}

}
