// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import nl.helder.register.internal.Toepassingen;

/** What other modules may ask the register: does a toepassing exist in this organisation, and its page header. */
@Service
public class Registergids {

	private final Toepassingen toepassingen;

	private final List<ToepassingTab> tabs;

	Registergids(Toepassingen toepassingen, List<ToepassingTab> tabs) {
		this.toepassingen = toepassingen;
		this.tabs = tabs.stream().sorted(Comparator.comparingInt(ToepassingTab::volgorde)).toList();
	}

	/** The header of a toepassing's pages; empty when it does not exist in this organisation. */
	public Optional<ToepassingKop> kop(String organisatieCode, UUID id) {
		return toepassingen.findByIdAndOrganisatieCode(id, organisatieCode)
			.map(t -> new ToepassingKop(t.id(), t.naam(), t.werkstatus(),
					tabs.stream().map(tab -> new ToepassingKop.Tab(tab.sleutel(), tab.titel(), tab.pad(t.id()))).toList()));
	}

	/** The names of all toepassingen of an organisation by id, in one query, for overviews across toepassingen. */
	public Map<UUID, String> namen(String organisatieCode) {
		Map<UUID, String> namen = new LinkedHashMap<>();
		toepassingen.findByOrganisatieCodeOrderByNaam(organisatieCode).forEach(t -> namen.put(t.id(), t.naam()));
		return namen;
	}

	public boolean bestaat(String organisatieCode, UUID id) {
		return toepassingen.findByIdAndOrganisatieCode(id, organisatieCode).isPresent();
	}

}
