// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;

/**
 * Reads an HR or LMS export of completed trainings (personeelsnummer, trainingscode, datum). A dry run says per line
 * what would happen; the commit checks everything again and writes all lines in one transaction, or nothing when
 * any line is wrong.
 */
@Service
public class AfrondingImport {

	static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

	private static final Pattern PERSONEELSNUMMER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-/]{0,39}");

	private final Medewerkers medewerkers;

	private final Trainingen trainingen;

	private final Afrondingen afrondingen;

	private final MessageSource berichten;

	private final Clock klok;

	AfrondingImport(Medewerkers medewerkers, Trainingen trainingen, Afrondingen afrondingen, MessageSource berichten,
			Clock klok) {
		this.medewerkers = medewerkers;
		this.trainingen = trainingen;
		this.afrondingen = afrondingen;
		this.berichten = berichten;
		this.klok = klok;
	}

	/** One line of the file: what it names, and what is wrong with it (Dutch sentences; empty when fine). */
	public record Regel(int rij, String personeelsnummer, String medewerker, String trainingscode, String training,
			String datum, List<String> fouten) {
	}

	public record Rapport(List<Regel> regels) implements Importverslag {

		public boolean heeftFouten() {
			return regels.stream().anyMatch(r -> !r.fouten().isEmpty());
		}

		public long goed() {
			return regels.stream().filter(r -> r.fouten().isEmpty()).count();
		}

		public long fout() {
			return regels.stream().filter(r -> !r.fouten().isEmpty()).count();
		}

	}

	private record Geldig(UUID medewerkerId, UUID trainingId, LocalDate datum) {
	}

	@Transactional(readOnly = true)
	public Rapport proef(String organisatieCode, byte[] bestand, Locale taal) {
		return controleer(organisatieCode, bestand, taal, new ArrayList<>());
	}

	/** Writes every line, or nothing when the report has errors; the caller shows the report either way. */
	@Transactional
	public Rapport importeer(String organisatieCode, byte[] bestand, Aanvrager aanvrager, Locale taal) {
		List<Geldig> geldig = new ArrayList<>();
		Rapport rapport = controleer(organisatieCode, bestand, taal, geldig);
		if (rapport.heeftFouten()) {
			return rapport;
		}
		Instant nu = klok.instant();
		afrondingen.saveAll(geldig.stream()
			.map(g -> new Afronding(organisatieCode, g.medewerkerId(), g.trainingId(), g.datum(), Bron.IMPORT, nu,
					aanvrager.weergavenaam()))
			.toList());
		return rapport;
	}

	private Rapport controleer(String organisatieCode, byte[] bestand, Locale taal, List<Geldig> geldig) {
		List<Tabel.Rij> rijen = Tabel.lees(bestand);
		Tabel.Rij kop = rijen.get(0);
		int kolomNummer = Tabel.kolom(kop, "personeelsnummer", "medewerkernummer", "employee id", "employeeid");
		int kolomCode = Tabel.kolom(kop, "trainingscode", "training", "cursuscode", "course code");
		int kolomDatum = Tabel.kolom(kop, "datum", "afgerond", "afgerond op", "completion date", "date");
		List<OngeldigeInvoer.Veldfout> ontbreekt = new ArrayList<>();
		if (kolomNummer < 0) {
			ontbreekt.add(new OngeldigeInvoer.Veldfout("bestand", tekst(taal, "geletterdheid.import.kolom-ontbreekt", "personeelsnummer")));
		}
		if (kolomCode < 0) {
			ontbreekt.add(new OngeldigeInvoer.Veldfout("bestand", tekst(taal, "geletterdheid.import.kolom-ontbreekt", "trainingscode")));
		}
		if (kolomDatum < 0) {
			ontbreekt.add(new OngeldigeInvoer.Veldfout("bestand", tekst(taal, "geletterdheid.import.kolom-ontbreekt", "datum")));
		}
		if (!ontbreekt.isEmpty()) {
			throw new OngeldigeInvoer(ontbreekt);
		}

		Map<String, Medewerker> perNummer = new HashMap<>();
		medewerkers.findByOrganisatieCodeOrderByNaam(organisatieCode)
			.forEach(m -> perNummer.put(m.personeelsnummer().toLowerCase(Locale.ROOT), m));
		Map<String, Training> perCode = new HashMap<>();
		trainingen.findByOrganisatieCodeOrderByCode(organisatieCode)
			.forEach(t -> perCode.put(t.code().toLowerCase(Locale.ROOT), t));
		Set<Geldig> bestaand = new HashSet<>();
		afrondingen.findByOrganisatieCode(organisatieCode)
			.forEach(a -> bestaand.add(new Geldig(a.medewerkerId(), a.trainingId(), a.datum())));
		LocalDate vandaag = LocalDate.now(klok.withZone(NL));

		Map<Geldig, Integer> inBestand = new HashMap<>();
		List<Regel> regels = new ArrayList<>();
		for (Tabel.Rij rij : rijen.subList(1, rijen.size())) {
			if (rij.isLeeg()) {
				continue;
			}
			String nummer = rij.cel(kolomNummer);
			String code = rij.cel(kolomCode);
			String datumTekst = rij.cel(kolomDatum);
			List<String> fouten = new ArrayList<>();
			Medewerker medewerker = null;
			Training training = null;
			if (nummer.isEmpty()) {
				fouten.add(tekst(taal, "geletterdheid.import.nummer-leeg"));
			}
			else if (!PERSONEELSNUMMER.matcher(nummer).matches() || nummer.matches(".*\\d[.,]\\d*[eE].*")) {
				fouten.add(tekst(taal, "geletterdheid.import.nummer-ongeldig", nummer));
			}
			else {
				medewerker = perNummer.get(nummer.toLowerCase(Locale.ROOT));
				if (medewerker == null) {
					fouten.add(tekst(taal, "geletterdheid.import.onbekende-medewerker", nummer));
				}
			}
			if (code.isEmpty()) {
				fouten.add(tekst(taal, "geletterdheid.import.code-leeg"));
			}
			else {
				training = perCode.get(code.toLowerCase(Locale.ROOT));
				if (training == null) {
					fouten.add(tekst(taal, "geletterdheid.import.onbekende-training", code));
				}
			}
			Optional<LocalDate> datum = Datums.lees(datumTekst);
			if (datumTekst.isEmpty()) {
				fouten.add(tekst(taal, "geletterdheid.import.datum-leeg"));
			}
			else if (datum.isEmpty()) {
				fouten.add(tekst(taal, "geletterdheid.import.datum-ongeldig", datumTekst));
			}
			else if (datum.get().isAfter(vandaag)) {
				fouten.add(tekst(taal, "geletterdheid.import.datum-toekomst", datumTekst));
			}
			else if (datum.get().getYear() < 1990) {
				fouten.add(tekst(taal, "geletterdheid.import.datum-te-oud", datumTekst));
			}
			if (medewerker != null && training != null && datum.isPresent()) {
				Geldig regel = new Geldig(medewerker.id(), training.id(), datum.get());
				Integer eerder = inBestand.putIfAbsent(regel, rij.nummer());
				if (eerder != null) {
					fouten.add(tekst(taal, "geletterdheid.import.dubbel-in-bestand", String.valueOf(eerder)));
				}
				else if (bestaand.contains(regel)) {
					fouten.add(tekst(taal, "geletterdheid.import.bestaat-al"));
				}
				else if (fouten.isEmpty()) {
					geldig.add(regel);
				}
			}
			regels.add(new Regel(rij.nummer(), nummer, medewerker == null ? null : medewerker.naam(), code,
					training == null ? null : training.titel(), datumTekst, List.copyOf(fouten)));
		}
		return new Rapport(List.copyOf(regels));
	}

	private String tekst(Locale taal, String sleutel, Object... argumenten) {
		return berichten.getMessage(sleutel, argumenten, sleutel, taal);
	}

}
