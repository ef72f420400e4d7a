// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pilots.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

import nl.helder.pilots.Besluit;
import nl.helder.pilots.Intakeuitkomst;
import nl.helder.pilots.OrSoort;
import nl.helder.pilots.Pilotfase;
import nl.helder.shared.HoortBijOrganisatie;

/**
 * One pilot of a toepassing, from intake to decision. The phase only moves forward; the methods that change a part
 * check that the phase allows it (the service checks the content first, so a refusal here is a state rule).
 */
@Entity
@Table(name = "pilot", schema = "pilots")
public class Pilot implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Column(nullable = false)
	private String titel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Pilotfase fase;

	private String probleem;

	private String probleemhouder;

	private String huidigProces;

	private String waaromAi;

	private String alternatieven;

	private String criteriaVersie;

	@Convert(converter = JsonKolom.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(columnDefinition = "jsonb")
	private Map<String, Object> scores;

	@Enumerated(EnumType.STRING)
	private Intakeuitkomst intakeUitkomst;

	private String intakeRedenen;

	private String leerdoelen;

	private String teamIds;

	private Integer aantalDeelnemers;

	private LocalDate startdatum;

	private LocalDate einddatum;

	private String kpis;

	private LocalDate vervolgmetingOp;

	@Enumerated(EnumType.STRING)
	private OrSoort orSoort;

	private LocalDate orDatum;

	private String orUitkomst;

	private LocalDate medewerkersGeinformeerdOp;

	private Instant gestartOp;

	@Enumerated(EnumType.STRING)
	private Besluit besluit;

	private String besluitRedenen;

	@Convert(converter = JsonKolom.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(columnDefinition = "jsonb")
	private Map<String, Object> bewijs;

	private Instant beslotenOp;

	private String beslotenDoorNaam;

	private String lessen;

	@Column(nullable = false)
	private boolean lessenDeelbaar;

	@Column(nullable = false, updatable = false)
	private Instant aangemaakt;

	@Column(nullable = false)
	private Instant gewijzigd;

	@Column(nullable = false)
	private String gewijzigdDoorNaam;

	@Version
	private long revisie;

	protected Pilot() {
	}

	Pilot(String organisatieCode, UUID toepassingId, String titel, String door, Instant nu) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.toepassingId = toepassingId;
		this.titel = titel;
		this.fase = Pilotfase.INTAKE;
		this.aangemaakt = nu;
		gewijzigd(door, nu);
	}

	/** What the service checked, ready to store. */
	record Intake(String titel, String probleem, String probleemhouder, String huidigProces, String waaromAi,
			String alternatieven, String criteriaVersie, Map<String, Object> scores, Intakeuitkomst uitkomst,
			String redenen) {
	}

	record Plan(String leerdoelen, List<UUID> teams, Integer aantalDeelnemers, LocalDate startdatum,
			LocalDate einddatum, List<String> kpis, LocalDate vervolgmetingOp, OrSoort orSoort, LocalDate orDatum,
			String orUitkomst, LocalDate medewerkersGeinformeerdOp) {
	}

	void bewaarIntake(Intake intake, String door, Instant nu) {
		vereis(fase == Pilotfase.INTAKE, "pilot.regel.intake-afgerond");
		this.titel = intake.titel();
		this.probleem = intake.probleem();
		this.probleemhouder = intake.probleemhouder();
		this.huidigProces = intake.huidigProces();
		this.waaromAi = intake.waaromAi();
		this.alternatieven = intake.alternatieven();
		this.criteriaVersie = intake.criteriaVersie();
		this.scores = intake.scores();
		this.intakeUitkomst = intake.uitkomst();
		this.intakeRedenen = intake.redenen();
		if (intake.uitkomst() == Intakeuitkomst.PILOTEN) {
			this.fase = Pilotfase.PLAN;
		}
		gewijzigd(door, nu);
	}

	void bewaarPlan(Plan plan, String door, Instant nu) {
		vereis(fase == Pilotfase.PLAN || fase == Pilotfase.LOPEND, "pilot.regel.plan-fase");
		this.leerdoelen = plan.leerdoelen();
		this.teamIds = String.join(",", plan.teams().stream().map(UUID::toString).toList());
		this.aantalDeelnemers = plan.aantalDeelnemers();
		this.startdatum = plan.startdatum();
		this.einddatum = plan.einddatum();
		this.kpis = String.join(",", plan.kpis());
		this.vervolgmetingOp = plan.vervolgmetingOp();
		this.orSoort = plan.orSoort();
		this.orDatum = plan.orDatum();
		this.orUitkomst = plan.orUitkomst();
		this.medewerkersGeinformeerdOp = plan.medewerkersGeinformeerdOp();
		gewijzigd(door, nu);
	}

	void start(String door, Instant nu) {
		vereis(fase == Pilotfase.PLAN, "pilot.regel.start-fase");
		vereis(startdatum != null && einddatum != null, "pilot.regel.start-plan");
		this.fase = Pilotfase.LOPEND;
		this.gestartOp = nu;
		gewijzigd(door, nu);
	}

	void besluit(Besluit besluit, String redenen, Map<String, Object> bewijs, String lessen, boolean deelbaar,
			String door, Instant nu) {
		vereis(fase == Pilotfase.LOPEND, "pilot.regel.besluit-fase");
		this.besluit = besluit;
		this.besluitRedenen = redenen;
		this.bewijs = bewijs;
		this.lessen = lessen;
		this.lessenDeelbaar = deelbaar;
		this.beslotenOp = nu;
		this.beslotenDoorNaam = door;
		this.fase = Pilotfase.BESLUIT;
		gewijzigd(door, nu);
	}

	/** Measurements belong to a plan or a running pilot; after the decision the evidence is fixed. */
	public boolean neemtMetingenAan() {
		return fase == Pilotfase.PLAN || fase == Pilotfase.LOPEND;
	}

	private static void vereis(boolean regel, String sleutel) {
		if (!regel) {
			throw new Toestandsfout(sleutel);
		}
	}

	private void gewijzigd(String door, Instant nu) {
		this.gewijzigd = nu;
		this.gewijzigdDoorNaam = door;
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

	public String titel() {
		return titel;
	}

	public Pilotfase fase() {
		return fase;
	}

	public String probleem() {
		return probleem;
	}

	public String probleemhouder() {
		return probleemhouder;
	}

	public String huidigProces() {
		return huidigProces;
	}

	public String waaromAi() {
		return waaromAi;
	}

	public String alternatieven() {
		return alternatieven;
	}

	public String criteriaVersie() {
		return criteriaVersie;
	}

	public Map<String, Object> scores() {
		return scores == null ? Map.of() : scores;
	}

	public Intakeuitkomst intakeUitkomst() {
		return intakeUitkomst;
	}

	public String intakeRedenen() {
		return intakeRedenen;
	}

	public String leerdoelen() {
		return leerdoelen;
	}

	public List<UUID> teams() {
		return teamIds == null || teamIds.isBlank() ? List.of()
				: Arrays.stream(teamIds.split(",")).map(UUID::fromString).toList();
	}

	public Integer aantalDeelnemers() {
		return aantalDeelnemers;
	}

	public LocalDate startdatum() {
		return startdatum;
	}

	public LocalDate einddatum() {
		return einddatum;
	}

	public List<String> kpis() {
		return kpis == null || kpis.isBlank() ? List.of() : List.of(kpis.split(","));
	}

	public LocalDate vervolgmetingOp() {
		return vervolgmetingOp;
	}

	public OrSoort orSoort() {
		return orSoort;
	}

	public LocalDate orDatum() {
		return orDatum;
	}

	public String orUitkomst() {
		return orUitkomst;
	}

	public boolean orStapGedaan() {
		return orSoort != null && orDatum != null;
	}

	public LocalDate medewerkersGeinformeerdOp() {
		return medewerkersGeinformeerdOp;
	}

	public Instant gestartOp() {
		return gestartOp;
	}

	public Besluit besluit() {
		return besluit;
	}

	public String besluitRedenen() {
		return besluitRedenen;
	}

	public Map<String, Object> bewijs() {
		return bewijs;
	}

	public Instant beslotenOp() {
		return beslotenOp;
	}

	public String beslotenDoorNaam() {
		return beslotenDoorNaam;
	}

	public String lessen() {
		return lessen;
	}

	public boolean lessenDeelbaar() {
		return lessenDeelbaar;
	}

	public Instant aangemaakt() {
		return aangemaakt;
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
