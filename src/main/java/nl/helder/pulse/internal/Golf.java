// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.helder.shared.HoortBijOrganisatie;

/**
 * A pulse wave. HR prepares it as a concept, records the works council's consent and the DPIA, and opens it; from
 * then on the instrument, the teams and k are fixed, because respondents were told them.
 */
@Entity
@Table(name = "golf", schema = "pulse")
public class Golf implements HoortBijOrganisatie {

	public enum Status {

		CONCEPT, OPEN, GESLOTEN

	}

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false)
	private String titel;

	@Column(nullable = false)
	private String instrumentId;

	@Column(nullable = false)
	private String instrumentVersie;

	@Column(nullable = false)
	private int k;

	@Column(nullable = false)
	private LocalDate opent;

	@Column(nullable = false)
	private LocalDate sluit;

	@Column(nullable = false)
	private String doelteams;

	private LocalDate orInstemmingDatum;

	private String orInstemmingDocument;

	private String dpiaReferentie;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false, updatable = false)
	private String aangemaaktDoorNaam;

	/** Reminder dates (ISO, comma separated), fixed once the wave opens; see {@link Herinneringsdata}. */
	@Column(nullable = false)
	private String herinneringen = "";

	@Column(nullable = false)
	private String herinneringenVerstuurd = "";

	/** Whether pulse.uitgenodigd lists everybody invited, so newcomers can be told apart (false for older waves). */
	@Column(nullable = false)
	private boolean uitgenodigdenBekend;

	@Version
	private long revisie;

	protected Golf() {
	}

	Golf(String organisatieCode, String titel, Instrument instrument, int k, LocalDate opent, LocalDate sluit,
			List<UUID> doelteams, String door) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.titel = titel;
		this.instrumentId = instrument.id();
		this.instrumentVersie = instrument.versie();
		this.k = k;
		this.opent = opent;
		this.sluit = sluit;
		this.doelteams = doelteams.stream().map(UUID::toString).collect(Collectors.joining(","));
		this.status = Status.CONCEPT;
		this.aangemaaktDoorNaam = door;
	}

	void legInstemmingVast(LocalDate datum, String document, String dpia) {
		this.orInstemmingDatum = datum;
		this.orInstemmingDocument = document;
		this.dpiaReferentie = dpia;
	}

	void zetK(int k) {
		this.k = k;
	}

	void open() {
		this.status = Status.OPEN;
		this.uitgenodigdenBekend = true;
	}

	void zetHerinneringen(List<LocalDate> data) {
		this.herinneringen = Herinneringsdata.tekst(data);
	}

	void markeerHerinneringVerstuurd(LocalDate datum) {
		List<LocalDate> verstuurd = new java.util.ArrayList<>(herinneringenVerstuurd());
		verstuurd.add(datum);
		this.herinneringenVerstuurd = Herinneringsdata.tekst(verstuurd);
	}

	public List<LocalDate> herinneringen() {
		return Herinneringsdata.lees(herinneringen);
	}

	public List<LocalDate> herinneringenVerstuurd() {
		return Herinneringsdata.lees(herinneringenVerstuurd);
	}

	public boolean uitgenodigdenBekend() {
		return uitgenodigdenBekend;
	}

	void sluitAf() {
		this.status = Status.GESLOTEN;
	}

	public boolean magOpenen() {
		return status == Status.CONCEPT && orInstemmingDatum != null && orInstemmingDocument != null
				&& dpiaReferentie != null;
	}

	/** Answers are taken while the wave is open and today is within its dates. */
	public boolean neemtAntwoordenAan(LocalDate vandaag) {
		return status == Status.OPEN && !vandaag.isBefore(opent) && !vandaag.isAfter(sluit);
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public String titel() {
		return titel;
	}

	public String instrumentId() {
		return instrumentId;
	}

	public String instrumentVersie() {
		return instrumentVersie;
	}

	public int k() {
		return k;
	}

	public LocalDate opent() {
		return opent;
	}

	public LocalDate sluit() {
		return sluit;
	}

	public List<UUID> doelteams() {
		return doelteams.isBlank() ? List.of() : Arrays.stream(doelteams.split(",")).map(UUID::fromString).toList();
	}

	public LocalDate orInstemmingDatum() {
		return orInstemmingDatum;
	}

	public String orInstemmingDocument() {
		return orInstemmingDocument;
	}

	public String dpiaReferentie() {
		return dpiaReferentie;
	}

	public Status status() {
		return status;
	}

	public long revisie() {
		return revisie;
	}

}
