// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import nl.helder.register.internal.RegisterImport;
import nl.helder.register.internal.RegisterImport.Actie;
import nl.helder.register.internal.RegisterImport.Rapport;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping("/api/v1/organisaties/{code}/toepassingen")
@Tag(name = "Toepassingen")
class ToepassingImportApi {

	/** The largest file we accept; spring.servlet.multipart allows a little more, so this check gives the answer. */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	private final RegisterBestanden bestanden;

	private final RegisterImport importeur;

	private final MessageSource berichten;

	ToepassingImportApi(RegisterBestanden bestanden, RegisterImport importeur, MessageSource berichten) {
		this.bestanden = bestanden;
		this.importeur = importeur;
		this.berichten = berichten;
	}

	record FoutJson(String veld, String melding) {
	}

	record RijJson(int rij, Actie actie, String naam, List<FoutJson> fouten) {
	}

	record ImportJson(boolean proef, boolean foutloos, long nieuw, long bijwerken, long ongewijzigd, List<RijJson> rijen) {
	}

	@Operation(summary = "Het register als spreadsheet (xlsx), in de kolommen van het Algoritmeregister",
			description = "Eén rij per toepassing (de werkversie), een kolom per veld van de publicatiestandaard.")
	@Toegang(ingelogd = true)
	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable String code) {
		return bestanden.xlsx(code);
	}

	@Operation(summary = "Het register als CSV (puntkomma, UTF-8 met BOM), in de kolommen van het Algoritmeregister")
	@Toegang(ingelogd = true)
	@GetMapping("/export.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable String code) {
		return bestanden.csv(code);
	}

	@Operation(summary = "Een spreadsheet (xlsx of CSV) inlezen",
			description = "Met proef=true (standaard) wordt niets opgeslagen: u krijgt per rij wat er zou gebeuren (nieuw, "
					+ "bijwerken, ongewijzigd) en wat er niet klopt. Met proef=false wordt alles in één keer opgeslagen, "
					+ "of niets als één rij een fout heeft (400 met het verslag in 'rijen'). Rijen worden gekoppeld "
					+ "op source_id; hoogstens 2.000 rijen en 5 MB.")
	@Toegang({ Rol.REGISTER_BEHEERDER, Rol.AI_COORDINATOR })
	@PostMapping("/import")
	ResponseEntity<?> importeer(@PathVariable String code, @RequestParam(name = "bestand", required = false) MultipartFile bestand,
			@RequestParam(defaultValue = "true") boolean proef, Aanvrager aanvrager) {
		byte[] inhoud = inhoud(bestand);
		if (proef) {
			return ResponseEntity.ok(json(true, importeur.proef(code, inhoud)));
		}
		Rapport rapport = importeur.importeer(code, inhoud, aanvrager);
		if (!rapport.heeftFouten()) {
			return ResponseEntity.ok(json(false, rapport));
		}
		ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, tekst("register.import.niets-opgeslagen"));
		probleem.setTitle(tekst("fout.400.titel"));
		probleem.setProperty("invalidParams", rapport.rijen()
			.stream()
			.flatMap(r -> r.fouten()
				.stream()
				.map(f -> Map.of("name", "rij " + r.rij() + ": " + f.veld(), "code", "invalid", "reason", f.melding())))
			.toList());
		probleem.setProperty("rijen", json(false, rapport).rijen());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
	}

	/** The file's bytes, at most {@link #MAX_BYTES}. */
	static byte[] inhoud(MultipartFile bestand) {
		if (bestand == null) {
			throw new OngeldigeInvoer("bestand", "register.import.leeg");
		}
		if (bestand.getSize() > MAX_BYTES) {
			throw new OngeldigeInvoer("bestand", "register.import.te-groot");
		}
		if (bestand.isEmpty()) {
			throw new OngeldigeInvoer("bestand", "register.import.leeg");
		}
		try {
			return bestand.getBytes();
		}
		catch (IOException fout) {
			throw new UncheckedIOException(fout);
		}
	}

	private static ImportJson json(boolean proef, Rapport rapport) {
		return new ImportJson(proef, !rapport.heeftFouten(), rapport.aantal(Actie.nieuw), rapport.aantal(Actie.bijwerken),
				rapport.aantal(Actie.ongewijzigd),
				rapport.rijen()
					.stream()
					.map(r -> new RijJson(r.rij(), r.actie(), r.naam(),
							r.fouten().stream().map(f -> new FoutJson(f.veld(), f.melding())).toList()))
					.toList());
	}

	private String tekst(String sleutel) {
		return berichten.getMessage(sleutel, null, LocaleContextHolder.getLocale());
	}

}
