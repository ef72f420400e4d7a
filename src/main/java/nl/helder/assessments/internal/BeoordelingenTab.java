// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.helder.register.ToepassingTab;

/** The assessments tab on a toepassing's page: pre-scan, DPIA, IAMA, FRIA and ethics check. */
@Component
class BeoordelingenTab implements ToepassingTab {

	@Override
	public String sleutel() {
		return "beoordelingen";
	}

	@Override
	public String titel() {
		return "beoordeling.tab";
	}

	@Override
	public int volgorde() {
		return 20;
	}

	@Override
	public String pad(UUID toepassingId) {
		return "/toepassingen/" + toepassingId + "/beoordelingen";
	}

}
