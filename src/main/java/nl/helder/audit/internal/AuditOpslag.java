// SPDX-License-Identifier: EUPL-1.2
package nl.helder.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads audit.gebeurtenis with plain SQL; the table itself refuses updates and deletes. */
@Component
public class AuditOpslag {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditOpslag(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	record NieuweGebeurtenis(String actorType, String actorId, String actorNaam, String organisatieCode,
			String entiteitType, String entiteitId, Actie actie, Map<String, Object> voor, Map<String, Object> na,
			String verzoekId) {
	}

	/** One entry as shown on the page and in the API. */
	public record Gebeurtenis(long id, Instant tijdstip, String actorType, String actorId, String actorNaam,
			String organisatieCode, String entiteitType, String entiteitId, String actie, JsonNode voor,
			JsonNode na, String verzoekId) {
	}

	public record Filter(String entiteitType, String entiteitId, String actie, String actor, Instant van,
			Instant tot) {
	}

	public record Pagina(List<Gebeurtenis> resultaten, int pagina, int paginaGrootte, long totaal) {

		public int aantalPaginas() {
			return (int) Math.max(1, (totaal + paginaGrootte - 1) / paginaGrootte);
		}

	}

	void voegToe(NieuweGebeurtenis g) {
		jdbc.sql("""
				insert into audit.gebeurtenis (actor_type, actor_id, actor_naam, organisatie_code, entiteit_type,
				    entiteit_id, actie, voor, na, verzoek_id)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
				""")
			.params(g.actorType(), g.actorId(), g.actorNaam(), g.organisatieCode(), g.entiteitType(), g.entiteitId(),
					g.actie().name(), g.voor() == null ? null : json.writeValueAsString(g.voor()),
					g.na() == null ? null : json.writeValueAsString(g.na()), g.verzoekId())
			.update();
	}

	public Pagina zoek(String organisatieCode, Filter filter, int pagina, int paginaGrootte) {
		StringBuilder waar = new StringBuilder(" where organisatie_code = :organisatie");
		List<Object[]> parameters = new ArrayList<>();
		parameters.add(new Object[] { "organisatie", organisatieCode });
		if (filter.entiteitType() != null) {
			waar.append(" and entiteit_type = :type");
			parameters.add(new Object[] { "type", filter.entiteitType() });
		}
		if (filter.entiteitId() != null) {
			waar.append(" and entiteit_id = :entiteit");
			parameters.add(new Object[] { "entiteit", filter.entiteitId() });
		}
		if (filter.actie() != null) {
			waar.append(" and actie = :actie");
			parameters.add(new Object[] { "actie", filter.actie() });
		}
		if (filter.actor() != null) {
			waar.append(" and (actor_id = :actor or actor_naam ilike :actorZoek)");
			parameters.add(new Object[] { "actor", filter.actor() });
			parameters.add(new Object[] { "actorZoek", "%" + filter.actor().replace("%", "\\%") + "%" });
		}
		if (filter.van() != null) {
			waar.append(" and tijdstip >= :van");
			parameters.add(new Object[] { "van", Timestamp.from(filter.van()) });
		}
		if (filter.tot() != null) {
			waar.append(" and tijdstip < :tot");
			parameters.add(new Object[] { "tot", Timestamp.from(filter.tot()) });
		}
		var telling = jdbc.sql("select count(*) from audit.gebeurtenis" + waar);
		var lijst = jdbc.sql("select * from audit.gebeurtenis" + waar
				+ " order by tijdstip desc, id desc limit :limiet offset :vanaf");
		for (Object[] p : parameters) {
			telling = telling.param((String) p[0], p[1]);
			lijst = lijst.param((String) p[0], p[1]);
		}
		long totaal = telling.query(Long.class).single();
		List<Gebeurtenis> resultaten = lijst.param("limiet", paginaGrootte)
			.param("vanaf", (long) (pagina - 1) * paginaGrootte)
			.query(this::lees)
			.list();
		return new Pagina(resultaten, pagina, paginaGrootte, totaal);
	}

	/** The distinct entity types that occur in an organisation's log, for the filter on the page. */
	public List<String> entiteitTypen(String organisatieCode) {
		return jdbc.sql("select distinct entiteit_type from audit.gebeurtenis where organisatie_code = ? order by 1")
			.param(organisatieCode)
			.query(String.class)
			.list();
	}

	private Gebeurtenis lees(ResultSet rs, int rij) throws SQLException {
		return new Gebeurtenis(rs.getLong("id"), rs.getTimestamp("tijdstip").toInstant(), rs.getString("actor_type"),
				rs.getString("actor_id"), rs.getString("actor_naam"), rs.getString("organisatie_code"),
				rs.getString("entiteit_type"), rs.getString("entiteit_id"), rs.getString("actie"),
				jsonOfNull(rs.getString("voor")), jsonOfNull(rs.getString("na")), rs.getString("verzoek_id"));
	}

	private JsonNode jsonOfNull(String tekst) {
		return tekst == null ? null : json.readTree(tekst);
	}

}
