// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

/** A setting that Helder cannot start without; the start-up report names it in Dutch and English. */
class ConfiguratieFout extends RuntimeException {

	private final String watTeDoen;

	ConfiguratieFout(String melding, String watTeDoen) {
		super(melding);
		this.watTeDoen = watTeDoen;
	}

	String watTeDoen() {
		return watTeDoen;
	}

}
