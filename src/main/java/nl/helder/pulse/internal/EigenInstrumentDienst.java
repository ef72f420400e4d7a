// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;

/**
 * Loading a municipality's own instrument: first a dry run that says what would be loaded or what is wrong, then the
 * load itself, which checks everything again. Bad input stores nothing. An own instrument no wave uses may be removed.
 */
@Service
public class EigenInstrumentDienst {

	/** Far above any real pulse file (the tech-pulse is 9 KB); stops someone pasting a book. */
	static final int MAX_TEKENS = 200_000;

	/** The field every refusal is reported on, in the API and on the form. */
	public static final String VELD = "definitie";

	private final EigenInstrumenten eigen;

	private final InstrumentBibliotheek bibliotheek;

	private final Golven golven;

	private final Clock klok;

	EigenInstrumentDienst(EigenInstrumenten eigen, InstrumentBibliotheek bibliotheek, Golven golven, Clock klok) {
		this.eigen = eigen;
		this.bibliotheek = bibliotheek;
		this.golven = golven;
		this.klok = klok;
	}

	/** One instrument version on the overview, with the waves that use it. */
	public record Regel(Instrument instrument, boolean eigen, List<Golf> golven) {

		public int items() {
			return instrument.schaalvragen().size();
		}

		public boolean verwijderbaar() {
			return eigen && golven.isEmpty();
		}

		/** The scale items of one subscale, for the check page. */
		public List<Instrument.Vraag> itemsVan(String subschaal) {
			return instrument.schaalvragen().stream().filter(v -> subschaal.equals(v.subschaal())).toList();
		}

	}

	/** An own instrument that a wave still uses; its items must stay to read that wave's answers. */
	public static class InGebruik extends RuntimeException {

		private final List<String> golven;

		InGebruik(List<String> golven) {
			super("Instrument in gebruik");
			this.golven = List.copyOf(golven);
		}

		public List<String> golven() {
			return golven;
		}

	}

	@Transactional(readOnly = true)
	public List<Regel> overzicht(String organisatieCode) {
		List<Golf> alleGolven = golven.findByOrganisatieCodeOrderByOpentDesc(organisatieCode);
		return bibliotheek.alle(organisatieCode)
			.stream()
			.map(b -> new Regel(b.instrument(), b.eigen(), gebruikers(alleGolven, b.instrument())))
			.toList();
	}

	/** The dry run: what would be loaded, or every reason why not. Changes nothing. */
	@Transactional(readOnly = true)
	public Regel proef(String organisatieCode, String definitie) {
		return new Regel(controleer(organisatieCode, definitie), true, List.of());
	}

	@Transactional
	public Regel laad(String organisatieCode, String definitie, Aanvrager door) {
		Instrument instrument = controleer(organisatieCode, definitie);
		try {
			eigen.saveAndFlush(new EigenInstrument(organisatieCode, instrument, definitie, LocalDate.now(klok),
					door.weergavenaam()));
		}
		catch (DataIntegrityViolationException fout) {
			// Two people loading the same version at the same moment: the second gets the same answer as later.
			throw new OngeldigeInvoer(VELD, "pulse.instrument.fout.versie-bestaat");
		}
		return new Regel(instrument, true, List.of());
	}

	@Transactional
	public void verwijder(String organisatieCode, String id, String versie) {
		EigenInstrument rij = eigen.findByOrganisatieCodeAndInstrumentIdAndVersie(organisatieCode, id, versie)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<String> gebruikt = golven.findByOrganisatieCodeOrderByOpentDesc(organisatieCode)
			.stream()
			.filter(g -> g.instrumentId().equals(id) && g.instrumentVersie().equals(versie))
			.map(Golf::titel)
			.toList();
		if (!gebruikt.isEmpty()) {
			throw new InGebruik(gebruikt);
		}
		eigen.delete(rij);
		bibliotheek.vergeet(rij.id());
	}

	private Instrument controleer(String organisatieCode, String definitie) {
		if (definitie == null || definitie.isBlank()) {
			throw new OngeldigeInvoer(VELD, "pulse.instrument.fout.leeg");
		}
		if (definitie.length() > MAX_TEKENS) {
			throw new OngeldigeInvoer(VELD, "pulse.instrument.fout.te-groot");
		}
		Instrument instrument;
		try {
			instrument = InstrumentLezer.lees("(uw bestand)", definitie);
		}
		catch (OngeldigInstrument fout) {
			throw new OngeldigeInvoer(fout.fouten().stream().map(f -> new OngeldigeInvoer.Veldfout(VELD, f)).toList());
		}
		List<OngeldigeInvoer.Veldfout> fouten = new ArrayList<>();
		if (bibliotheek.isMeegeleverd(instrument.id())) {
			fouten.add(new OngeldigeInvoer.Veldfout(VELD, "pulse.instrument.fout.id-meegeleverd"));
		}
		if (eigen.findByOrganisatieCodeAndInstrumentIdAndVersie(organisatieCode, instrument.id(), instrument.versie())
			.isPresent()) {
			fouten.add(new OngeldigeInvoer.Veldfout(VELD, "pulse.instrument.fout.versie-bestaat"));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		return instrument;
	}

	private static List<Golf> gebruikers(List<Golf> golven, Instrument instrument) {
		return golven.stream()
			.filter(g -> g.instrumentId().equals(instrument.id()) && g.instrumentVersie().equals(instrument.versie()))
			.toList();
	}

}
