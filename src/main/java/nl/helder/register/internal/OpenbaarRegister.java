// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

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

	private final Toepassingen toepassingen;

	private final ToepassingVersies versies;

	private final JdbcClient jdbc;

	OpenbaarRegister(Toepassingen toepassingen, ToepassingVersies versies, JdbcClient jdbc) {
		this.toepassingen = toepassingen;
		this.versies = versies;
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

	@Transactional(readOnly = true)
	public List<Map<String, Object>> gepubliceerd(String organisatieCode) {
		return toepassingen.findByOrganisatieCodeAndGepubliceerdeVersieNotNullOrderByNaam(organisatieCode)
			.stream()
			.map(this::alsStandaard)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Map<String, Object>> gepubliceerd(String organisatieCode, UUID id) {
		return toepassingen.findByIdAndOrganisatieCode(id, organisatieCode)
			.filter(t -> t.gepubliceerdeVersie() != null)
			.map(this::alsStandaard);
	}

	/** The published version with the register's system fields: lars (Helder's id) and publication_dt. */
	private Map<String, Object> alsStandaard(Toepassing toepassing) {
		ToepassingVersie versie = versies.findByToepassingIdAndNummer(toepassing.id(), toepassing.gepubliceerdeVersie())
			.orElseThrow();
		Map<String, Object> velden = new LinkedHashMap<>();
		velden.put("lars", toepassing.id().toString());
		velden.putAll(versie.standaard());
		velden.values().removeIf(Veldcontrole::isLeeg);
		velden.put("publication_dt", toepassing.gepubliceerdOp().toString());
		return velden;
	}

}
