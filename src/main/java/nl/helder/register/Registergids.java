// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import nl.helder.register.internal.ToepassingVersies;
import nl.helder.register.internal.Toepassingen;

/** What other modules may ask the register: does a toepassing exist in this organisation, and its page header. */
@Service
public class Registergids {

	private final Toepassingen toepassingen;

	private final ToepassingVersies versies;

	private final List<ToepassingTab> tabs;

	Registergids(Toepassingen toepassingen, ToepassingVersies versies, List<ToepassingTab> tabs) {
		this.toepassingen = toepassingen;
		this.versies = versies;
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

	/**
	 * A toepassing's phase as the working version says it (empty when nobody filled it in), with its registration
	 * moment; for work that follows the phase, such as periodic reviews.
	 */
	public record Fase(UUID id, String organisatieCode, String naam, InterneGegevens.Levensfase levensfase,
			Instant geregistreerd) {
	}

	/** The phases of all toepassingen of an organisation, by name. */
	public List<Fase> fasen(String organisatieCode) {
		return toepassingen.findByOrganisatieCodeOrderByNaam(organisatieCode).stream().map(this::fase).toList();
	}

	/** The phases of all toepassingen of every organisation, for background jobs that serve them all. */
	public List<Fase> alleFasen() {
		return toepassingen.findAll().stream().map(this::fase).toList();
	}

	private Fase fase(nl.helder.register.internal.Toepassing t) {
		Object waarde = versies.findByToepassingIdAndNummer(t.id(), t.werkversie())
			.map(v -> v.intern().get("levensfase"))
			.orElse(null);
		InterneGegevens.Levensfase levensfase = null;
		if (waarde != null) {
			try {
				levensfase = InterneGegevens.Levensfase.valueOf(String.valueOf(waarde));
			}
			catch (IllegalArgumentException onbekend) {
				// Stored versions are checked on save; an unknown value can only come from an older format.
				levensfase = null;
			}
		}
		return new Fase(t.id(), t.organisatieCode(), t.naam(), levensfase, t.aangemaakt());
	}

}
