// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import nl.helder.shared.HoortBijOrganisatie;

/**
 * One classification of a toepassing with a decision tree: the answers so far (each with the user's remark), the
 * question that is open, or the conclusion and its labels. A finished classification does not change; classifying
 * again starts a new one.
 */
@Entity
@Table(name = "classificatie", schema = "aiact")
public class Classificatie implements HoortBijOrganisatie {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String organisatieCode;

	@Column(nullable = false, updatable = false)
	private UUID toepassingId;

	@Column(nullable = false, updatable = false)
	private String boomId;

	@Column(nullable = false, updatable = false)
	private String boomVersie;

	@Convert(converter = JsonLijst.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(nullable = false, columnDefinition = "jsonb")
	private List<Object> antwoorden;

	private String openVraag;

	/** The remark of someone who did not know the answer to the open question yet; the wizard shows it back. */
	private String weetNiet;

	private String conclusieId;

	@Convert(converter = JsonLijst.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(nullable = false, columnDefinition = "jsonb")
	private List<Object> labels;

	@Column(nullable = false, updatable = false)
	private String gestartDoor;

	@Column(nullable = false, updatable = false)
	private Instant gestartOp;

	@Column(nullable = false)
	private Instant gewijzigdOp;

	private Instant afgerondOp;

	@Version
	private long versie;

	protected Classificatie() {
	}

	Classificatie(String organisatieCode, UUID toepassingId, String boomId, String boomVersie, String eersteVraag,
			String gestartDoor, Instant nu) {
		this.id = UUID.randomUUID();
		this.organisatieCode = organisatieCode;
		this.toepassingId = toepassingId;
		this.boomId = boomId;
		this.boomVersie = boomVersie;
		this.antwoorden = new ArrayList<>();
		this.labels = new ArrayList<>();
		this.openVraag = eersteVraag;
		this.gestartDoor = gestartDoor;
		this.gestartOp = nu;
		this.gewijzigdOp = nu;
	}

	/** Records where the answers lead now: the next open question, or the conclusion. */
	void zet(List<Map<String, Object>> antwoorden, String openVraag, String conclusieId, List<String> labels,
			Instant nu) {
		this.antwoorden = new ArrayList<>(antwoorden);
		this.openVraag = openVraag;
		this.conclusieId = conclusieId;
		this.labels = new ArrayList<>(labels);
		this.weetNiet = null;
		this.gewijzigdOp = nu;
		this.afgerondOp = conclusieId == null ? null : nu;
	}

	void weetNiet(String opmerking, Instant nu) {
		this.weetNiet = opmerking;
		this.gewijzigdOp = nu;
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

	public String boomId() {
		return boomId;
	}

	public String boomVersie() {
		return boomVersie;
	}

	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> antwoorden() {
		return antwoorden.stream().map(a -> (Map<String, Object>) a).toList();
	}

	public String openVraag() {
		return openVraag;
	}

	public String weetNiet() {
		return weetNiet;
	}

	public String conclusieId() {
		return conclusieId;
	}

	public List<String> labels() {
		return labels.stream().map(String::valueOf).toList();
	}

	public String gestartDoor() {
		return gestartDoor;
	}

	public Instant gestartOp() {
		return gestartOp;
	}

	public Instant afgerondOp() {
		return afgerondOp;
	}

	public boolean klaar() {
		return conclusieId != null;
	}

	public long versie() {
		return versie;
	}

}
