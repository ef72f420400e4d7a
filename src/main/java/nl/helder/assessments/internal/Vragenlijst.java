// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One version of a questionnaire definition, as loaded and checked from a data file. The format is described in
 * docs/vragenlijsten.md; ADR 0007 explains why definitions are data.
 *
 * @param soort beoordeling (filled in per toepassing), peiling (anonymous survey) or monitor (sector benchmark)
 * @param minimumGroep for an anonymous survey: results are shown only from this many respondents on
 * @param register how an approved assessment fills the register's "Verantwoord gebruik" fields; null for none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Vragenlijst(String id, String versie, LocalDate geldigVanaf, String titel, String omschrijving,
		String soort, boolean anoniem, String herkomst, List<Bron> bronnen, List<Sectie> secties,
		List<Berekening> berekeningen, List<Regel> regels, List<Subschaal> subschalen, Integer minimumGroep,
		Registerkoppeling register) {

	/**
	 * What an approved assessment offers the Algoritmeregister: its name for the field "Impacttoetsen", and the
	 * questions whose answers, in this order, make the proposed text for "Afwegingen".
	 */
	public record Registerkoppeling(String impacttoets, List<String> afwegingen) {

		public Registerkoppeling {
			afwegingen = afwegingen == null ? List.of() : List.copyOf(afwegingen);
		}

	}

	public static final String BEOORDELING = "beoordeling";

	public static final String PEILING = "peiling";

	public static final String MONITOR = "monitor";

	/** A periodic review checklist of a toepassing; started and completed from the review section, not the list. */
	public static final String REVIEW = "review";

	/** All questions in the order of the form. */
	public List<Vraag> vragen() {
		return secties.stream().flatMap(s -> s.vragen().stream()).toList();
	}

	public Optional<Vraag> vraag(String vraagId) {
		return vragen().stream().filter(v -> v.id().equals(vraagId)).findFirst();
	}

	/** A pre-scan is a definition whose rules advise other instruments. */
	public boolean heeftRegels() {
		return !regels.isEmpty();
	}

	/** A source or legal reference: a title such as "AVG, artikel 35" and optionally a link. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Bron(String titel, String url) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Sectie(String id, String titel, String uitleg, List<Vraag> vragen) {
	}

	public record Optie(String code, String label) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Schaal(int min, int max, String labelMin, String labelMax) {
	}

	/** A column of a table question; its type is one of the simple types. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Kolom(String id, String label, VraagType type, List<Optie> opties) {
	}

	/**
	 * One question. {@code gedeeldeSleutel} marks an answer that other instruments of the same toepassing reuse;
	 * {@code subschaal} and {@code omgekeerd} are for scored surveys (pulse).
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Vraag(String id, VraagType type, String tekst, String hulp, boolean verplicht, String gedeeldeSleutel,
			Voorwaarde toonAls, List<Optie> opties, Schaal schaal, List<Kolom> kolommen, Integer maxLengte,
			String subschaal, boolean omgekeerd, List<Bron> bronnen) {

		public Optional<Optie> optie(String code) {
			return opties.stream().filter(o -> o.code().equals(code)).findFirst();
		}

	}

	/** A named value computed from the answers (a risk score), usable in later calculations and in rules. */
	public record Berekening(String id, Voorwaarde formule, String uitleg) {
	}

	/** When {@code als} holds, {@code instrument} (the id of another definition) is required or advised. */
	public record Regel(String id, String instrument, Niveau niveau, Voorwaarde als, String reden) {
	}

	/** A subscale of a scored survey: the mean of its items, shown only with enough answered items. */
	public record Subschaal(String id, String titel, int minimumAntwoorden) {
	}

}
