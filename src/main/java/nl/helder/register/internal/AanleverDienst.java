// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.helder.shared.OngeldigeInvoer;

/**
 * Submitting to the national Algoritmeregister: the export of a version, and sending a published toepassing (create
 * or update, then release). Which national id belongs to which toepassing is kept in {@code register.aanlevering}.
 */
@Service
public class AanleverDienst {

	private final RegisterDienst register;

	private final OpenbaarRegister openbaar;

	private final AanleverExport export;

	private final AlgoritmeregisterClient client;

	private final AlgoritmeregisterInstellingen instellingen;

	private final JdbcClient jdbc;

	private final Clock klok;

	AanleverDienst(RegisterDienst register, OpenbaarRegister openbaar, AanleverExport export,
			AlgoritmeregisterClient client, AlgoritmeregisterInstellingen instellingen, JdbcClient jdbc,
			Clock klok) {
		this.register = register;
		this.openbaar = openbaar;
		this.export = export;
		this.client = client;
		this.instellingen = instellingen;
		this.jdbc = jdbc;
		this.klok = klok;
	}

	/** What Helder has sent for a toepassing: the national id and when. */
	public record Aanlevering(UUID toepassingId, String externId, Instant laatstVerstuurd, boolean nieuw) {
	}

	/** The work version (concept or not) as the aanleverAPI would receive it. */
	public Map<String, Object> werkversie(String organisatieCode, UUID id) {
		RegisterDienst.Stand stand = register.toon(organisatieCode, id);
		return export.algoritme(stand.werk().standaard(), id.toString());
	}

	/** All published toepassingen of the organisation as the aanleverAPI would receive them. */
	public List<Map<String, Object>> gepubliceerd(String organisatieCode) {
		return openbaar.gepubliceerd(organisatieCode).stream().map(this::uitOpenbaar).toList();
	}

	/** Sends the published version to the national register and releases it there for publication. */
	public Aanlevering lever(String organisatieCode, UUID id) {
		register.toon(organisatieCode, id);
		Map<String, Object> algoritme = openbaar.gepubliceerd(organisatieCode, id)
			.map(this::uitOpenbaar)
			.orElseThrow(() -> new OngeldigeInvoer("werkstatus", "register.aanlevering.niet-gepubliceerd"));
		String organisatieId = instellingen.getOrganisaties().get(organisatieCode);
		if (organisatieId == null || organisatieId.isBlank()) {
			throw new OngeldigeInvoer("organisatie", "register.aanlevering.geen-organisatie");
		}
		String bekend = externId(id).orElse(null);
		AlgoritmeregisterClient.Resultaat resultaat = client.lever(organisatieId, algoritme, bekend);
		Instant nu = klok.instant();
		jdbc.sql("""
				insert into register.aanlevering (toepassing_id, extern_id, laatst_verstuurd) values (:id, :extern, :nu)
				on conflict (toepassing_id) do update set extern_id = excluded.extern_id, laatst_verstuurd = excluded.laatst_verstuurd
				""").param("id", id).param("extern", resultaat.externId()).param("nu", java.sql.Timestamp.from(nu)).update();
		client.vrijgeven(organisatieId, resultaat.externId());
		return new Aanlevering(id, resultaat.externId(), nu, resultaat.nieuw());
	}

	public Optional<String> externId(UUID id) {
		return jdbc.sql("select extern_id from register.aanlevering where toepassing_id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** The public map carries Helder's id as lars and the publication time; the national register sets its own. */
	private Map<String, Object> uitOpenbaar(Map<String, Object> velden) {
		Map<String, Object> standaard = new LinkedHashMap<>(velden);
		Object lars = standaard.remove("lars");
		standaard.remove("publication_dt");
		return export.algoritme(standaard, lars == null ? null : lars.toString());
	}

}
