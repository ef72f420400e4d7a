// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import nl.helder.assessments.Beoordelingsstatus;
import nl.helder.shared.HoortBijOrganisatie;

/**
 * One version of one assessment of a toepassing: which definition (and which version of it) was used, the answers,
 * and the sign-off chain. Once approved it is frozen; the methods that change it refuse to.
 */
@Entity
@Table(name = "beoordeling", schema = "assessments")
public class Beoordeling implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Column(nullable = false, updatable = false)
	private UUID reeksId;

	@Column(nullable = false, updatable = false)
	private int versie;

	@Column(nullable = false, updatable = false)
	private String vragenlijstId;

	@Column(nullable = false, updatable = false)
	private String vragenlijstVersie;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Beoordelingsstatus status;

	@Convert(converter = JsonKolom.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(nullable = false, columnDefinition = "jsonb")
	private Map<String, Object> antwoorden;

	/** Why it exists when a pre-scan created it: the pre-scan, the level and the reasons. */
	@Convert(converter = JsonKolom.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(columnDefinition = "jsonb", updatable = false)
	private Map<String, Object> aanleiding;

	private Instant ingediendOp;

	private String ingediendDoorNaam;

	private String adviesTekst;

	private Boolean adviesPositief;

	private String adviseurId;

	private String adviseurNaam;

	private Instant geadviseerdOp;

	private String goedkeurderId;

	private String goedkeurderNaam;

	private Instant goedgekeurdOp;

	private String goedkeuringToelichting;

	@Column(nullable = false, updatable = false)
	private Instant aangemaakt;

	@Column(nullable = false, updatable = false)
	private String aangemaaktDoorNaam;

	@Column(nullable = false)
	private Instant gewijzigd;

	@Column(nullable = false)
	private String gewijzigdDoorNaam;

	@Version
	private long revisie;

	protected Beoordeling() {
	}

	/** A new assessment (version 1), still to be done. */
	Beoordeling(String organisatieCode, UUID toepassingId, Vragenlijst lijst, Map<String, Object> antwoorden,
			Map<String, Object> aanleiding, String door, Instant nu) {
		this(organisatieCode, toepassingId, UUID.randomUUID(), 1, lijst, antwoorden, aanleiding, door, nu);
		this.status = Beoordelingsstatus.TE_DOEN;
	}

	private Beoordeling(String organisatieCode, UUID toepassingId, UUID reeksId, int versie, Vragenlijst lijst,
			Map<String, Object> antwoorden, Map<String, Object> aanleiding, String door, Instant nu) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.toepassingId = toepassingId;
		this.reeksId = reeksId;
		this.versie = versie;
		this.vragenlijstId = lijst.id();
		this.vragenlijstVersie = lijst.versie();
		this.antwoorden = new LinkedHashMap<>(antwoorden);
		this.aanleiding = aanleiding == null ? null : new LinkedHashMap<>(aanleiding);
		this.aangemaakt = nu;
		this.aangemaaktDoorNaam = door;
		this.gewijzigd = nu;
		this.gewijzigdDoorNaam = door;
	}

	/** The next version of an approved assessment, as a draft with the same definition version and new answers. */
	Beoordeling volgendeVersie(Vragenlijst lijst, Map<String, Object> nieuweAntwoorden, String door, Instant nu) {
		Beoordeling volgende = new Beoordeling(organisatieCode, toepassingId, reeksId, versie + 1, lijst, nieuweAntwoorden,
				aanleiding, door, nu);
		volgende.status = Beoordelingsstatus.BEZIG;
		return volgende;
	}

	/** New answers; offered for advice, it comes back as a draft and the advice given so far no longer counts. */
	void bewaar(Map<String, Object> nieuweAntwoorden, String door, Instant nu) {
		bewerkbaar();
		this.antwoorden = new LinkedHashMap<>(nieuweAntwoorden);
		this.status = Beoordelingsstatus.BEZIG;
		this.ingediendOp = null;
		this.ingediendDoorNaam = null;
		wisAdvies();
		this.gewijzigd = nu;
		this.gewijzigdDoorNaam = door;
	}

	void dienIn(String door, Instant nu) {
		bewerkbaar();
		this.status = Beoordelingsstatus.TER_ADVIES;
		this.ingediendOp = nu;
		this.ingediendDoorNaam = door;
		this.gewijzigd = nu;
		this.gewijzigdDoorNaam = door;
	}

	void adviseer(String tekst, boolean positief, String adviseurId, String adviseurNaam, Instant nu) {
		this.adviesTekst = tekst;
		this.adviesPositief = positief;
		this.adviseurId = adviseurId;
		this.adviseurNaam = adviseurNaam;
		this.geadviseerdOp = nu;
		this.gewijzigd = nu;
		this.gewijzigdDoorNaam = adviseurNaam;
	}

	void keurGoed(String toelichting, String goedkeurderId, String goedkeurderNaam, Instant nu) {
		this.status = Beoordelingsstatus.GOEDGEKEURD;
		this.goedkeuringToelichting = toelichting;
		this.goedkeurderId = goedkeurderId;
		this.goedkeurderNaam = goedkeurderNaam;
		this.goedgekeurdOp = nu;
		this.gewijzigd = nu;
		this.gewijzigdDoorNaam = goedkeurderNaam;
	}

	/**
	 * A periodic review is completed by the person who did it, without advice and approval: it is a recurring check,
	 * not a decision (ADR 0009). It is frozen like an approved assessment, so its answers stay as they were.
	 */
	void rondReviewAf(String doorId, String doorNaam, Instant nu) {
		bewerkbaar();
		this.status = Beoordelingsstatus.GOEDGEKEURD;
		this.goedkeurderId = doorId;
		this.goedkeurderNaam = doorNaam;
		this.goedgekeurdOp = nu;
		this.gewijzigd = nu;
		this.gewijzigdDoorNaam = doorNaam;
	}

	private void wisAdvies() {
		this.adviesTekst = null;
		this.adviesPositief = null;
		this.adviseurId = null;
		this.adviseurNaam = null;
		this.geadviseerdOp = null;
	}

	private void bewerkbaar() {
		if (isBevroren()) {
			throw new IllegalStateException("Een goedgekeurde beoordeling verandert niet meer");
		}
	}

	public boolean isBevroren() {
		return status == Beoordelingsstatus.GOEDGEKEURD;
	}

	public boolean heeftAdvies() {
		return adviesPositief != null;
	}

	public UUID id() {
		return id;
	}

	@Override
	public String organisatieCode() {
		return organisatieCode;
	}

	public UUID toepassingId() {
		return toepassingId;
	}

	public UUID reeksId() {
		return reeksId;
	}

	public int versie() {
		return versie;
	}

	public String vragenlijstId() {
		return vragenlijstId;
	}

	public String vragenlijstVersie() {
		return vragenlijstVersie;
	}

	public Beoordelingsstatus status() {
		return status;
	}

	public Map<String, Object> antwoorden() {
		return Collections.unmodifiableMap(antwoorden);
	}

	public Map<String, Object> aanleiding() {
		return aanleiding == null ? null : Collections.unmodifiableMap(aanleiding);
	}

	public Instant ingediendOp() {
		return ingediendOp;
	}

	public String ingediendDoorNaam() {
		return ingediendDoorNaam;
	}

	public String adviesTekst() {
		return adviesTekst;
	}

	public Boolean adviesPositief() {
		return adviesPositief;
	}

	public String adviseurId() {
		return adviseurId;
	}

	public String adviseurNaam() {
		return adviseurNaam;
	}

	public Instant geadviseerdOp() {
		return geadviseerdOp;
	}

	public String goedkeurderNaam() {
		return goedkeurderNaam;
	}

	public Instant goedgekeurdOp() {
		return goedgekeurdOp;
	}

	public String goedkeuringToelichting() {
		return goedkeuringToelichting;
	}

	public Instant aangemaakt() {
		return aangemaakt;
	}

	public String aangemaaktDoorNaam() {
		return aangemaaktDoorNaam;
	}

	public Instant gewijzigd() {
		return gewijzigd;
	}

	public String gewijzigdDoorNaam() {
		return gewijzigdDoorNaam;
	}

	public long revisie() {
		return revisie;
	}

}
