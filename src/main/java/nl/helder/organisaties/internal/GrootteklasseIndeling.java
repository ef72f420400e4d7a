// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.helder.organisaties.Grootteklasse;

/**
 * Size class from the number of inhabitants: small below {@code middelgrootVanaf}, large above {@code grootBoven},
 * medium in between (both boundaries inclusive), as in the AI Monitor Gemeenten.
 */
@ConfigurationProperties("helder.grootteklasse")
public record GrootteklasseIndeling(Integer middelgrootVanaf, Integer grootBoven) {

	public GrootteklasseIndeling {
		middelgrootVanaf = middelgrootVanaf == null ? 60_000 : middelgrootVanaf;
		grootBoven = grootBoven == null ? 100_000 : grootBoven;
		if (middelgrootVanaf > grootBoven) {
			throw new IllegalArgumentException("helder.grootteklasse.middelgroot-vanaf moet kleiner zijn dan groot-boven");
		}
	}

	public Grootteklasse voor(Integer inwoners) {
		if (inwoners == null) {
			return null;
		}
		if (inwoners < middelgrootVanaf) {
			return Grootteklasse.KLEIN;
		}
		return inwoners > grootBoven ? Grootteklasse.GROOT : Grootteklasse.MIDDELGROOT;
	}

}
