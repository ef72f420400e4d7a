// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.register.InterneGegevens;
import nl.helder.register.internal.RegisterDienst.Stand;
import nl.helder.register.internal.RegisterSpreadsheet.Rij;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;

/**
 * Reads a spreadsheet in the Algoritmeregister columns into the register. First a check that writes nothing (a report
 * per row); then, only when no row has an error, everything in one transaction. A row is matched to a toepassing by
 * its {@code source_id}; an unchanged row makes no new version, so importing the same file twice changes nothing.
 */
@Service
public class RegisterImport {

	/** Columns of the public CSV that are not fields of the standard; a file with them can be imported as well. */
	private static final Set<String> GENEGEERD = Set.of("lars", "publication_dt");

	private final RegisterDienst dienst;

	private final RegisterSpreadsheet spreadsheet;

	private final Veldcatalogus catalogus;

	private final Veldcontrole controle;

	private final Organisatiegids organisaties;

	private final JsonMapper json;

	private final MessageSource berichten;

	RegisterImport(RegisterDienst dienst, RegisterSpreadsheet spreadsheet, Veldcatalogus catalogus,
			Veldcontrole controle, Organisatiegids organisaties, JsonMapper json, MessageSource berichten) {
		this.dienst = dienst;
		this.spreadsheet = spreadsheet;
		this.catalogus = catalogus;
		this.controle = controle;
		this.organisaties = organisaties;
		this.json = json;
		this.berichten = berichten;
	}

	public enum Actie {
		nieuw, bijwerken, ongewijzigd
	}

	/** One data row: its number in the spreadsheet (header = 1), what importing would do, and what is wrong. */
	public record RijRapport(int rij, Actie actie, String naam, List<Veldfout> fouten) {
	}

	public record Rapport(List<RijRapport> rijen) {

		public boolean heeftFouten() {
			return rijen.stream().anyMatch(r -> !r.fouten().isEmpty());
		}

		public long aantal(Actie actie) {
			return rijen.stream().filter(r -> r.actie() == actie).count();
		}

	}

	private record Plan(RijRapport rapport, Map<String, Object> standaard, Stand bestaand) {
	}

	/** The dry run: what importing would do, row by row. Writes nothing. */
	@Transactional(readOnly = true)
	public Rapport proef(String organisatieCode, byte[] bestand) {
		return new Rapport(plan(organisatieCode, bestand).stream().map(Plan::rapport).toList());
	}

	/**
	 * Imports all rows, or none: with an error in any row nothing is written and the report comes back with
	 * {@link Rapport#heeftFouten()}. Should a write still fail, the whole transaction rolls back.
	 */
	@Transactional
	public Rapport importeer(String organisatieCode, byte[] bestand, Aanvrager aanvrager) {
		List<Plan> plannen = plan(organisatieCode, bestand);
		Rapport rapport = new Rapport(plannen.stream().map(Plan::rapport).toList());
		if (rapport.heeftFouten()) {
			return rapport;
		}
		for (Plan plan : plannen) {
			switch (plan.rapport().actie()) {
				case nieuw -> dienst.maakAan(organisatieCode, new RegisterDienst.Invoer(plan.standaard(), null), aanvrager);
				case bijwerken -> {
					var bestaand = plan.bestaand();
					InterneGegevens intern = json.convertValue(bestaand.werk().intern(), InterneGegevens.class);
					dienst.wijzig(organisatieCode, bestaand.toepassing().id(),
							new RegisterDienst.Invoer(plan.standaard(), intern), bestaand.toepassing().werkversie(),
							aanvrager);
				}
				case ongewijzigd -> {
					// nothing to write: no new version
				}
			}
		}
		return rapport;
	}

	private List<Plan> plan(String organisatieCode, byte[] bestand) {
		List<Rij> rijen = spreadsheet.lees(bestand);
		List<String> kop = rijen.get(0).cellen().stream().map(String::strip).toList();
		controleerKop(kop);
		Map<String, List<Stand>> opBronId = new HashMap<>();
		for (Stand stand : dienst.lijst(organisatieCode)) {
			Object bronId = stand.werk().standaard().get("source_id");
			if (!Veldcontrole.isLeeg(bronId)) {
				opBronId.computeIfAbsent(String.valueOf(bronId).strip(), b -> new ArrayList<>()).add(stand);
			}
		}
		String organisatie = organisaties.vind(organisatieCode).map(o -> o.naam()).orElse(null);
		Set<String> gezien = new HashSet<>();
		List<Plan> plannen = new ArrayList<>();
		for (Rij rij : rijen.subList(1, rijen.size())) {
			if (rij.isLeeg()) {
				continue;
			}
			Map<String, Object> standaard = aangevuld(spreadsheet.naarStandaard(kop, rij.cellen()), organisatie);
			List<Veldfout> fouten = new ArrayList<>();
			if (Veldcontrole.isLeeg(standaard.get("name"))) {
				fouten.add(new Veldfout("name", tekst("register.naam.verplicht")));
			}
			fouten.addAll(controle.controleer(standaard));
			Actie actie = Actie.nieuw;
			Stand bestaand = null;
			Object bronId = standaard.get("source_id");
			if (bronId instanceof String id) {
				List<Stand> treffers = opBronId.getOrDefault(id, List.of());
				if (!gezien.add(id)) {
					fouten.add(new Veldfout("source_id", tekst("register.import.dubbel-in-bestand", id)));
				}
				else if (treffers.size() > 1) {
					fouten.add(new Veldfout("source_id", tekst("register.import.dubbel-in-register", id)));
				}
				else if (treffers.size() == 1) {
					bestaand = treffers.get(0);
					boolean gelijk = spreadsheet.cellen(bestaand.werk().standaard()).equals(spreadsheet.cellen(standaard));
					actie = gelijk ? Actie.ongewijzigd : Actie.bijwerken;
				}
			}
			String naam = standaard.get("name") instanceof String n ? n : "";
			plannen.add(new Plan(new RijRapport(rij.nummer(), actie, naam, List.copyOf(fouten)), standaard, bestaand));
		}
		return plannen;
	}

	private void controleerKop(List<String> kop) {
		List<Veldfout> fouten = new ArrayList<>();
		Set<String> gezien = new HashSet<>();
		for (String kolom : kop) {
			if (kolom.isEmpty() || GENEGEERD.contains(kolom)) {
				continue;
			}
			if (catalogus.veld(kolom).isEmpty()) {
				fouten.add(new Veldfout("bestand", tekst("register.import.kolom-onbekend", kolom)));
			}
			else if (!gezien.add(kolom)) {
				fouten.add(new Veldfout("bestand", tekst("register.import.kolom-dubbel", kolom)));
			}
		}
		if (!gezien.contains("name")) {
			fouten.add(new Veldfout("bestand", tekst("register.import.kolom-naam")));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
	}

	/** The same fill-in as saving does (fixed fields, the organisation's name), so comparing is fair. */
	private Map<String, Object> aangevuld(Map<String, Object> standaard, String organisatie) {
		Map<String, Object> aangevuld = new LinkedHashMap<>(standaard);
		for (Veld veld : catalogus.velden()) {
			if (veld.isVast() && !veld.waarden().isEmpty()) {
				aangevuld.putIfAbsent(veld.sleutel(), veld.waarden().get(0));
			}
		}
		if (Veldcontrole.isLeeg(aangevuld.get("organization")) && organisatie != null) {
			aangevuld.put("organization", organisatie);
		}
		return aangevuld;
	}

	private String tekst(String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, LocaleContextHolder.getLocale());
	}

}
