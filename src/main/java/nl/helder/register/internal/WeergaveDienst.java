// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.register.InterneGegevens;
import nl.helder.register.Werkstatus;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;

/**
 * Saved views of the register list. A view stores only the list's own query parameters, each checked against what the
 * list understands, so a saved view can never carry anything else into a page.
 */
@Service
public class WeergaveDienst {

	/** The longest name; it has to fit in a button-sized link. */
	public static final int MAX_NAAM = 80;

	/** More views than anyone keeps track of; a bound on what one person can store. */
	static final int MAX_PER_PERSOON = 50;

	/** The list's query parameters that a view keeps, in the order of the list's address. */
	public static final List<String> FILTERS = List.of("werkstatus", "soort", "toolbeleid", "categorie", "sorteer");

	/** The sort orders of the list. */
	public static final List<String> SORTERINGEN = List.of("naam", "volledigheid", "gewijzigd");

	private final LijstWeergaven weergaven;

	private final Veldcatalogus catalogus;

	private final Clock klok;

	WeergaveDienst(LijstWeergaven weergaven, Veldcatalogus catalogus, Clock klok) {
		this.weergaven = weergaven;
		this.catalogus = catalogus;
		this.klok = klok;
	}

	@Transactional(readOnly = true)
	public List<LijstWeergave> zichtbaar(Aanvrager aanvrager) {
		return weergaven.zichtbaarVoor(aanvrager.organisatieCode(), aanvrager.persoonId());
	}

	/**
	 * Saves the current filters under a name. Only people who maintain the register may share a view with colleagues,
	 * so the shared list stays short and meaningful.
	 */
	@Transactional
	public LijstWeergave bewaar(Aanvrager aanvrager, String naam, Map<String, String> filter, boolean gedeeld,
			boolean magDelen) {
		List<Veldfout> fouten = new ArrayList<>();
		String schoon = naam == null ? "" : naam.strip();
		if (schoon.isEmpty()) {
			fouten.add(new Veldfout("naam", "register.weergave.naam-leeg"));
		}
		else if (schoon.length() > MAX_NAAM) {
			fouten.add(new Veldfout("naam", "register.weergave.naam-lang"));
		}
		else if (weergaven.existsByOrganisatieCodeAndEigenaarAndNaamIgnoreCase(aanvrager.organisatieCode(),
				aanvrager.persoonId(), schoon)) {
			fouten.add(new Veldfout("naam", "register.weergave.naam-dubbel"));
		}
		if (gedeeld && !magDelen) {
			fouten.add(new Veldfout("gedeeld", "register.weergave.delen-niet-toegestaan"));
		}
		if (weergaven.countByOrganisatieCodeAndEigenaar(aanvrager.organisatieCode(),
				aanvrager.persoonId()) >= MAX_PER_PERSOON) {
			fouten.add(new Veldfout("naam", "register.weergave.te-veel"));
		}
		Map<String, String> gecontroleerd = new LinkedHashMap<>();
		filter.forEach((sleutel, waarde) -> {
			if (waarde == null || waarde.isBlank()) {
				return;
			}
			if (!toegestaan(sleutel).contains(waarde)) {
				fouten.add(new Veldfout("filter", "register.weergave.filter-onbekend"));
				return;
			}
			gecontroleerd.put(sleutel, waarde);
		});
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		return weergaven.save(new LijstWeergave(aanvrager.organisatieCode(), aanvrager.persoonId(), schoon,
				gecontroleerd, gedeeld, klok.instant()));
	}

	/** Removes one of the caller's own views; someone else's view answers 404, as if it did not exist. */
	@Transactional
	public void verwijder(Aanvrager aanvrager, UUID id) {
		LijstWeergave weergave = weergaven.findById(id)
			.filter(w -> w.organisatieCode().equals(aanvrager.organisatieCode())
					&& w.eigenaar().equals(aanvrager.persoonId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		weergaven.delete(weergave);
	}

	private Set<String> toegestaan(String sleutel) {
		return switch (sleutel) {
			case "werkstatus" -> namen(Werkstatus.values());
			case "soort" -> namen(InterneGegevens.Soort.values());
			case "toolbeleid" -> namen(InterneGegevens.Toolbeleid.values());
			case "categorie" -> Set.copyOf(catalogus.veld("publication_category").orElseThrow().waarden());
			case "sorteer" -> Set.copyOf(SORTERINGEN);
			default -> Set.of();
		};
	}

	private static Set<String> namen(Enum<?>[] waarden) {
		return Set.copyOf(Arrays.stream(waarden).map(Enum::name).toList());
	}

}
