// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.helder.register.ToepassingTab;

/** The AI Act tab on a toepassing's page: its classification and what follows from it. */
@Component
class AiactTab implements ToepassingTab {

	@Override
	public String sleutel() {
		return "ai-verordening";
	}

	@Override
	public String titel() {
		return "aiact.tab";
	}

	@Override
	public int volgorde() {
		return 10;
	}

	@Override
	public String pad(UUID toepassingId) {
		return "/toepassingen/" + toepassingId + "/ai-verordening";
	}

}
