// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of the register: only published versions, in the field names of the standard. A concept never
 * reaches this class's answers.
 */
@Service
public class OpenbaarRegister {

	private static final JsonKolom STANDAARD = new JsonKolom();

	private static final String GEPUBLICEERD = """
			select t.id, t.gepubliceerd_op, v.standaard
			  from register.toepassing t
			  join register.toepassing_versie v on v.toepassing_id = t.id and v.nummer = t.gepubliceerde_versie
			 where t.organisatie_code = :code and t.gepubliceerde_versie is not null
			""";

	private final JdbcClient jdbc;

	OpenbaarRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The published toepassingen that match a search, best first. Dutch full-text search (so "meldingen" finds
	 * "melding") on name, description, goal, search terms and supplier, without accents and HTML; when that finds
	 * nothing for a word, trigram similarity catches typing errors ("afvl" finds "afval").
	 */
	@Transactional(readOnly = true)
	public List<UUID> zoek(String organisatieCode, String zoekterm) {
		return jdbc.sql("""
				with doc as (
				  select t.id, t.naam,
				         unaccent(lower(regexp_replace(concat_ws(' ', v.standaard ->> 'name', v.standaard ->> 'description_short',
				             v.standaard ->> 'goal', v.standaard ->> 'tags', v.standaard ->> 'provider'), '<[^>]+>', ' ', 'g'))) as tekst
				    from register.toepassing t
				    join register.toepassing_versie v on v.toepassing_id = t.id and v.nummer = t.gepubliceerde_versie
				   where t.organisatie_code = :code and t.gepubliceerde_versie is not null
				), vraag as (
				  select websearch_to_tsquery('dutch', unaccent(lower(:term))) as q, unaccent(lower(:term)) as term
				)
				select doc.id
				  from doc, vraag
				 where to_tsvector('dutch', doc.tekst) @@ vraag.q or word_similarity(vraag.term, doc.tekst) >= 0.5
				 order by ts_rank(to_tsvector('dutch', doc.tekst), vraag.q) desc,
				          word_similarity(vraag.term, doc.tekst) desc, doc.naam
				""").param("code", organisatieCode).param("term", zoekterm.strip()).query(UUID.class).list();
	}

	/**
	 * One query joins each toepassing to its published version; reading them one by one cost a query per
	 * toepassing (bench/register.sh). The id breaks ties between equal names, so the order, and thus the ETag, is stable.
	 */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> gepubliceerd(String organisatieCode) {
		return jdbc.sql(GEPUBLICEERD + " order by t.naam, t.id")
			.param("code", organisatieCode)
			.query(this::alsStandaard)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Map<String, Object>> gepubliceerd(String organisatieCode, UUID id) {
		return jdbc.sql(GEPUBLICEERD + " and t.id = :id")
			.param("code", organisatieCode)
			.param("id", id)
			.query(this::alsStandaard)
			.optional();
	}

	/** The published version with the register's system fields: lars (Helder's id) and publication_dt. */
	private Map<String, Object> alsStandaard(ResultSet rij, int nummer) throws SQLException {
		Map<String, Object> velden = new LinkedHashMap<>();
		velden.put("lars", rij.getObject("id", UUID.class).toString());
		// The same conversion as the entity's, so the fields keep the order they had when read through JPA.
		velden.putAll(STANDAARD.convertToEntityAttribute(rij.getString("standaard")));
		velden.values().removeIf(Veldcontrole::isLeeg);
		velden.put("publication_dt", rij.getObject("gepubliceerd_op", OffsetDateTime.class).toInstant().toString());
		return velden;
	}

}
