// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.organisaties.Organisatiegids;
import nl.helder.organisaties.OrganisatieInfo;

/**
 * The evidence for AI Act art. 4 ("take measures to ensure, to their best extent, a sufficient level of AI literacy
 * of their staff"): what the municipality offered, the coverage, and who oversees which system and whether they are
 * trained. One model for the HTML page and the PDF.
 */
@Service
public class Bewijsrapport {

	private final DekkingDienst dekking;

	private final GeletterdheidDienst dienst;

	private final Organisatiegids organisaties;

	Bewijsrapport(DekkingDienst dekking, GeletterdheidDienst dienst, Organisatiegids organisaties) {
		this.dekking = dekking;
		this.dienst = dienst;
		this.organisaties = organisaties;
	}

	/** A training with how often and between which dates it was completed. */
	public record Aanbod(Training training, long afgerond, LocalDate eerste, LocalDate laatste) {
	}

	/** One person with human oversight of a toepassing, and whether their rules are met. */
	public record Toezicht(String toepassing, boolean hoogRisico, String naam, String personeelsnummer, boolean basis,
			boolean verdiepend, boolean voldaan) {
	}

	public record Model(String organisatie, LocalDate peildatum, Dekking.Uitkomst uitkomst, List<Aanbod> aanbod,
			List<Eis> eisen, List<Toezicht> toezicht, int gaten) {

		public long toezichtVoldaan() {
			return toezicht.stream().filter(Toezicht::voldaan).count();
		}

	}

	@Transactional(readOnly = true)
	public Model maak(String org) {
		Dekking.Uitkomst uitkomst = dekking.bereken(org, new DekkingDienst.Zicht(true, java.util.Set.of()), dienst.vandaag());
		Map<UUID, List<LocalDate>> perTraining = new HashMap<>();
		dienst.afrondingen(org)
			.stream()
			.filter(Afronding::bevestigd)
			.forEach(a -> perTraining.computeIfAbsent(a.trainingId(), t -> new ArrayList<>()).add(a.datum()));
		List<Aanbod> aanbod = dienst.trainingen(org).stream().map(t -> {
			List<LocalDate> data = perTraining.getOrDefault(t.id(), List.of());
			return new Aanbod(t, data.size(), data.stream().min(Comparator.naturalOrder()).orElse(null),
					data.stream().max(Comparator.naturalOrder()).orElse(null));
		}).toList();
		List<Toezicht> toezicht = new ArrayList<>();
		Map<UUID, Dekking.ToepassingFeit> toepassingen = uitkomst.toepassingFeiten();
		for (Dekking.Stand s : uitkomst.standen()) {
			for (Dekking.Koppeling k : s.persoon().koppelingen()) {
				Dekking.ToepassingFeit t = toepassingen.get(k.toepassingId());
				if (k.rol() == Toepassingsrolsoort.TOEZICHTHOUDER && t != null) {
					toezicht.add(new Toezicht(t.naam(), t.hoogRisico(), s.persoon().naam(),
							s.persoon().personeelsnummer(), s.basis(), s.verdiepend(), !s.heeftGat()));
				}
			}
		}
		toezicht.sort(Comparator.comparing(Toezicht::toepassing).thenComparing(Toezicht::naam));
		String naam = organisaties.vind(org).map(OrganisatieInfo::naam).orElse(org);
		return new Model(naam, uitkomst.peildatum(), uitkomst, aanbod, dienst.eisen(org), List.copyOf(toezicht),
				uitkomst.gaten().size());
	}

}
