// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.register.Registergids;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;

/**
 * Which version of the legal timeline is in force. The platform administrator chooses it, after seeing which due
 * dates would move for which toepassingen; until then the configured default counts.
 */
@Service
public class TijdlijnKeuze {

	private final Instellingen instellingen;

	private final Wetsdata wet;

	private final Classificaties classificaties;

	private final Registergids register;

	private final Clock klok;

	TijdlijnKeuze(Instellingen instellingen, Wetsdata wet, Classificaties classificaties, Registergids register,
			Clock klok) {
		this.instellingen = instellingen;
		this.wet = wet;
		this.classificaties = classificaties;
		this.register = register;
		this.klok = klok;
	}

	/** A due date that moves: for which toepassing, which requirement, from when to when. */
	public record Verschuiving(String organisatieCode, UUID toepassingId, String toepassing, String code, String titel,
			LocalDate van, LocalDate naar) {
	}

	@Transactional(readOnly = true)
	public Tijdlijn geldend() {
		return instellingen.findById(Instelling.TIJDLIJN)
			.flatMap(i -> wet.tijdlijn(i.waarde()))
			.orElse(wet.geldendeTijdlijn());
	}

	@Transactional(readOnly = true)
	public Tijdlijn tijdlijn(String versie) {
		return wet.tijdlijn(versie).orElseThrow(() -> new OngeldigeInvoer("versie", "aiact.tijdlijn.onbekend"));
	}

	/** Every due date that would change, over all organisations, if {@code versie} came into force. */
	@Transactional(readOnly = true)
	public List<Verschuiving> voorbeeld(String versie) {
		Tijdlijn nu = geldend();
		Tijdlijn straks = tijdlijn(versie);
		List<Verschuiving> verschuivingen = new ArrayList<>();
		for (Classificatie c : Verplichtingen.laatsteAfgerond(classificaties.findByConclusieIdNotNull())) {
			Map<UUID, String> namen = register.namen(c.organisatieCode());
			Set<String> labels = Set.copyOf(c.labels());
			List<Wetsdata.Verplichting> oud = wet.verplichtingen(labels, nu);
			List<Wetsdata.Verplichting> nieuw = wet.verplichtingen(labels, straks);
			for (int i = 0; i < oud.size(); i++) {
				if (!Objects.equals(oud.get(i).deadline(), nieuw.get(i).deadline())) {
					Vereiste v = oud.get(i).vereiste();
					verschuivingen.add(new Verschuiving(c.organisatieCode(), c.toepassingId(),
							namen.getOrDefault(c.toepassingId(), "?"), v.code(), v.titel(), oud.get(i).deadline(),
							nieuw.get(i).deadline()));
				}
			}
		}
		return verschuivingen;
	}

	@Transactional
	public Tijdlijn kies(String versie, Aanvrager aanvrager) {
		Tijdlijn gekozen = tijdlijn(versie);
		Instelling instelling = instellingen.findById(Instelling.TIJDLIJN).orElseGet(() -> new Instelling(Instelling.TIJDLIJN));
		instelling.zet(gekozen.versie(), aanvrager.weergavenaam(), klok.instant());
		instellingen.save(instelling);
		return gekozen;
	}

}
