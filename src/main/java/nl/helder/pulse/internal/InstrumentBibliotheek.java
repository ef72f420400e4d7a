// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The instruments one organisation can use: the shipped ones plus the ones it loaded itself. Another organisation's
 * own instruments are never found here, because their licence is that municipality's.
 */
@Component
public class InstrumentBibliotheek {

	/** A usable instrument and whether the organisation loaded it (with the row, for removing it). */
	public record Beschikbaar(Instrument instrument, boolean eigen, EigenInstrument rij) {
	}

	private final Instrumenten meegeleverd;

	private final EigenInstrumenten eigen;

	/** Read definitions by row id: a row never changes, so its parsed form can be kept. */
	private final Map<UUID, Instrument> gelezen = new ConcurrentHashMap<>();

	InstrumentBibliotheek(Instrumenten meegeleverd, EigenInstrumenten eigen) {
		this.meegeleverd = meegeleverd;
		this.eigen = eigen;
	}

	public List<Beschikbaar> alle(String organisatieCode) {
		List<Beschikbaar> alle = new ArrayList<>();
		meegeleverd.alle().forEach(i -> alle.add(new Beschikbaar(i, false, null)));
		eigen.findByOrganisatieCodeOrderByInstrumentIdAscGeldigVanafAsc(organisatieCode)
			.forEach(r -> alle.add(new Beschikbaar(lees(r), true, r)));
		return alle;
	}

	public Optional<Instrument> versie(String organisatieCode, String id, String versie) {
		Optional<Instrument> gevonden = meegeleverd.versie(id, versie);
		if (gevonden.isPresent() || organisatieCode == null) {
			return gevonden;
		}
		return eigen.findByOrganisatieCodeAndInstrumentIdAndVersie(organisatieCode, id, versie).map(this::lees);
	}

	/** The version with the latest geldigVanaf that is not after the given day. */
	public Optional<Instrument> actueel(String organisatieCode, String id, LocalDate op) {
		return alle(organisatieCode).stream()
			.map(Beschikbaar::instrument)
			.filter(i -> i.id().equals(id) && !i.geldigVanaf().isAfter(op))
			.max(Comparator.comparing(Instrument::geldigVanaf));
	}

	/** One line of the instrument choice on the new-wave form: an id with the title of its newest version. */
	public record Keuze(String id, String titel, boolean eigen) {
	}

	public List<Keuze> keuzes(String organisatieCode) {
		Map<String, Keuze> keuzes = new java.util.LinkedHashMap<>();
		keuzes.put(PulseDienst.INSTRUMENT, null);
		for (Beschikbaar b : alle(organisatieCode)) {
			keuzes.put(b.instrument().id(), new Keuze(b.instrument().id(), b.instrument().titel(), b.eigen()));
		}
		return keuzes.values().stream().filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * The instrument for a new wave: the given id (empty means the tech-pulse) in the version that applies on the
	 * opening day. An unknown id, or one of another organisation, gives a field error and nothing else.
	 */
	Optional<Instrument> kies(String organisatieCode, String id, LocalDate opent,
			List<nl.helder.shared.OngeldigeInvoer.Veldfout> fouten) {
		String gekozen = id == null || id.isBlank() ? PulseDienst.INSTRUMENT : id.strip();
		Optional<Instrument> instrument = actueel(organisatieCode, gekozen, opent);
		if (instrument.isEmpty()) {
			fouten.add(new nl.helder.shared.OngeldigeInvoer.Veldfout("instrument", "pulse.instrument.fout.onbekend"));
		}
		return instrument;
	}

	public boolean isMeegeleverd(String id) {
		return meegeleverd.alle().stream().anyMatch(i -> i.id().equals(id));
	}

	void vergeet(UUID rij) {
		gelezen.remove(rij);
	}

	private Instrument lees(EigenInstrument rij) {
		return gelezen.computeIfAbsent(rij.id(), x -> InstrumentLezer.lees(rij.instrumentId(), rij.definitie()));
	}

}
