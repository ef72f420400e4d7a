// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of question the engine knows, by the name a definition file uses. */
public enum VraagType {

	KORT_TEKST("kortTekst"), LANGE_TEKST("langeTekst"), ENKELE_KEUZE("enkeleKeuze"), MEER_KEUZE("meerKeuze"),
	JA_NEE("jaNee"), SCHAAL("schaal"), DATUM("datum"), TABEL("tabel");

	private final String code;

	VraagType(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}

	public boolean isKeuze() {
		return this == ENKELE_KEUZE || this == MEER_KEUZE;
	}

	public boolean isTekst() {
		return this == KORT_TEKST || this == LANGE_TEKST;
	}

	public static Optional<VraagType> vanCode(String code) {
		return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
	}

	public static String alleCodes() {
		return String.join(", ", Arrays.stream(values()).map(VraagType::code).toList());
	}

}
