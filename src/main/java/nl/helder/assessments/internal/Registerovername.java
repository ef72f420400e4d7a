// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;

/**
 * An approved assessment fills the register's "Verantwoord gebruik": its name goes to "Impacttoetsen" and the answers
 * its definition names become the proposed "Afwegingen", which the user reads and edits before anything is written.
 * Only approved versions, because the register is published and a draft may still change.
 */
@Service
public class Registerovername {

	private final BeoordelingDienst dienst;

	private final Registergids register;

	private final MessageSource berichten;

	Registerovername(BeoordelingDienst dienst, Registergids register, MessageSource berichten) {
		this.dienst = dienst;
		this.register = register;
		this.berichten = berichten;
	}

	/**
	 * What would be written, beside what the register says now.
	 * @param afwegingen the proposed text, empty when the definition names no questions or none was answered
	 * @param biedtAfwegingen whether this kind of assessment proposes a text for "Afwegingen" at all
	 */
	public record Voorstel(String impacttoets, String afwegingen, boolean biedtAfwegingen,
			Registergids.VerantwoordGebruik huidig) {
	}

	public Voorstel voorstel(String organisatieCode, UUID toepassingId, UUID id) {
		Beoordeling beoordeling = dienst.toon(organisatieCode, toepassingId, id);
		Vragenlijst.Registerkoppeling koppeling = koppeling(beoordeling);
		var invulling = dienst.invulling(beoordeling);
		List<String> alineas = new ArrayList<>();
		for (Weergave.SectieWeergave sectie : Weergave.secties(invulling.vragenlijst(), invulling.antwoorden(),
				invulling.zichtbaar(), List.of(), Map.of(), false)) {
			for (Weergave.VraagWeergave vraag : sectie.vragen()) {
				if (koppeling.afwegingen().contains(vraag.vraag().id()) && vraag.antwoord() != null
						&& !vraag.antwoord().isBlank()) {
					alineas.add(vraag.antwoord().strip());
				}
			}
		}
		return new Voorstel(koppeling.impacttoets(), String.join("\n\n", alineas), !koppeling.afwegingen().isEmpty(),
				register.verantwoordGebruik(organisatieCode, toepassingId).orElseThrow());
	}

	/**
	 * Writes the chosen parts into a new register version.
	 * @param afwegingen the text for "Afwegingen"; null leaves that field alone
	 * @param impacttoets whether to add (or update) this assessment under "Impacttoetsen"
	 * @return the number of the register version that was made
	 */
	public int neemOver(String organisatieCode, UUID toepassingId, UUID id, String afwegingen, boolean impacttoets,
			String link, Aanvrager aanvrager) {
		Beoordeling beoordeling = dienst.toon(organisatieCode, toepassingId, id);
		Vragenlijst.Registerkoppeling koppeling = koppeling(beoordeling);
		String tekst = afwegingen == null ? null : afwegingen.strip();
		if (tekst != null && tekst.isEmpty()) {
			throw new OngeldigeInvoer("afwegingen", "beoordeling.register.afwegingen-leeg");
		}
		if (tekst == null && !impacttoets) {
			throw new OngeldigeInvoer("keuze", "beoordeling.register.niets-gekozen");
		}
		String herkomst = berichten.getMessage("beoordeling.register.herkomst",
				new Object[] { dienst.vragenlijst(beoordeling).titel(), beoordeling.versie() },
				LocaleContextHolder.getLocale());
		return register.neemOver(organisatieCode, toepassingId, tekst,
				impacttoets ? new Registergids.Impacttoets(koppeling.impacttoets(), link) : null, herkomst, aanvrager);
	}

	private Vragenlijst.Registerkoppeling koppeling(Beoordeling beoordeling) {
		if (!beoordeling.isBevroren()) {
			throw new OngeldigeInvoer("status", "beoordeling.register.niet-goedgekeurd");
		}
		Vragenlijst.Registerkoppeling koppeling = dienst.vragenlijst(beoordeling).register();
		if (koppeling == null) {
			throw new OngeldigeInvoer("vragenlijst", "beoordeling.register.geen-koppeling");
		}
		return koppeling;
	}

}
