// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.helder.register.ToepassingTab;

/** The pilots tab on a toepassing's page: intake, plan, KPIs and decision of each pilot. */
@Component
class PilotenTab implements ToepassingTab {

	@Override
	public String sleutel() {
		return "pilots";
	}

	@Override
	public String titel() {
		return "pilot.tab";
	}

	@Override
	public int volgorde() {
		return 30;
	}

	@Override
	public String pad(UUID toepassingId) {
		return "/toepassingen/" + toepassingId + "/pilots";
	}

}
