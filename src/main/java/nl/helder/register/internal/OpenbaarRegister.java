// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

	OpenbaarRegister(Toepassingen toepassingen, ToepassingVersies versies) {
		this.toepassingen = toepassingen;
		this.versies = versies;
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
