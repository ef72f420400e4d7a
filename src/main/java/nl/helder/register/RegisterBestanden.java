// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import nl.helder.register.internal.RegisterDienst;
import nl.helder.register.internal.RegisterSpreadsheet;

/** The register as a download, in the columns of the Algoritmeregister: the same file from the API and the page. */
@Component
class RegisterBestanden {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final RegisterDienst dienst;

	private final RegisterSpreadsheet spreadsheet;

	RegisterBestanden(RegisterDienst dienst, RegisterSpreadsheet spreadsheet) {
		this.dienst = dienst;
		this.spreadsheet = spreadsheet;
	}

	ResponseEntity<byte[]> xlsx(String code) {
		return bestand(spreadsheet.xlsx(werkversies(code)), XLSX, code + ".xlsx");
	}

	ResponseEntity<byte[]> csv(String code) {
		return bestand(spreadsheet.csv(werkversies(code)).getBytes(StandardCharsets.UTF_8), CSV, code + ".csv");
	}

	private List<Map<String, Object>> werkversies(String code) {
		return dienst.lijst(code).stream().map(s -> s.werk().standaard()).toList();
	}

	private static ResponseEntity<byte[]> bestand(byte[] inhoud, MediaType type, String naam) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("algoritmeregister-" + naam).build().toString())
			.body(inhoud);
	}

}
