// SPDX-License-Identifier: EUPL-1.2
package nl.helder.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.OngeldigeInvoer.Veldfout;

/** The filters of the audit page and API as typed in, checked and turned into a query. */
public record AuditZoekvraag(String entiteitType, String entiteitId, String actie, String actor, String van,
		String tot, Integer pagina, Integer paginaGrootte) {

	public static final int MAXIMALE_PAGINAGROOTTE = 200;

	private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

	public AuditOpslag.Filter filter() {
		List<Veldfout> fouten = new ArrayList<>();
		String schoneActie = leeg(actie) == null ? null : actie.strip().toUpperCase(Locale.ROOT);
		if (schoneActie != null && !List.of("AANGEMAAKT", "GEWIJZIGD", "VERWIJDERD").contains(schoneActie)) {
			fouten.add(new Veldfout("actie", "audit.actie.ongeldig"));
		}
		Instant vanaf = moment("van", van, false, fouten);
		Instant totMet = moment("tot", tot, true, fouten);
		if (vanaf != null && totMet != null && !vanaf.isBefore(totMet)) {
			fouten.add(new Veldfout("tot", "audit.periode.omgekeerd"));
		}
		if (pagina != null && pagina < 1) {
			fouten.add(new Veldfout("pagina", "audit.pagina.ongeldig"));
		}
		if (paginaGrootte != null && (paginaGrootte < 1 || paginaGrootte > MAXIMALE_PAGINAGROOTTE)) {
			fouten.add(new Veldfout("paginaGrootte", "audit.paginagrootte.ongeldig"));
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		return new AuditOpslag.Filter(leeg(entiteitType), leeg(entiteitId), schoneActie, leeg(actor), vanaf, totMet);
	}

	public int paginaOfEerste() {
		return pagina == null ? 1 : pagina;
	}

	public int grootteOfStandaard() {
		return paginaGrootte == null ? 50 : paginaGrootte;
	}

	/** A date (a whole day in Dutch time) or an ISO 8601 moment in UTC. */
	private static Instant moment(String veld, String tekst, boolean totEnMet, List<Veldfout> fouten) {
		String schoon = leeg(tekst);
		if (schoon == null) {
			return null;
		}
		try {
			if (schoon.length() == 10) {
				LocalDate dag = LocalDate.parse(schoon);
				return (totEnMet ? dag.plusDays(1) : dag).atStartOfDay(NEDERLAND).toInstant();
			}
			return Instant.parse(schoon);
		}
		catch (DateTimeParseException fout) {
			fouten.add(new Veldfout(veld, "audit.moment.ongeldig"));
			return null;
		}
	}

	private static String leeg(String tekst) {
		return tekst == null || tekst.isBlank() ? null : tekst.strip();
	}

}
