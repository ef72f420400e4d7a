// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import nl.helder.platform.CsvLezer;
import nl.helder.shared.OngeldigeInvoer;

/**
 * The register in the columns of the Algoritmeregister spreadsheet: one row per toepassing, a column per field of
 * the standard (its key as header, in catalogue order). Choices as "a, b", groups as "titel (https://link); titel2
 * (https://link2)", HTML as it is stored. Writes and reads xlsx and CSV (semicolon, byte-order mark).
 */
@Component
public class RegisterSpreadsheet {

	/** At most this many data rows in one file. */
	public static final int MAX_RIJEN = 2000;

	/** The largest part of an xlsx (a sheet, the shared strings) once unpacked: far above 5 MB of real data. */
	static final long MAX_ONDERDEEL = 100L * 1024 * 1024;

	private static final Pattern GROEPITEM = Pattern.compile("(?s)^(.*?)\\s*\\((\\S+)\\)$");

	static {
		// Zip-bomb protection: a part may not unpack to more than 100 times its packed size, nor above 100 MB.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_ONDERDEEL);
	}

	private final Veldcatalogus catalogus;

	RegisterSpreadsheet(Veldcatalogus catalogus) {
		this.catalogus = catalogus;
	}

	/** The header: the keys of the standard, in catalogue order. */
	public List<String> kolommen() {
		return catalogus.velden().stream().map(Veld::sleutel).toList();
	}

	/** One toepassing's fields as the texts of its cells, in column order. */
	public List<String> cellen(Map<String, Object> standaard) {
		return catalogus.velden().stream().map(v -> alsTekst(v, standaard.get(v.sleutel()))).toList();
	}

	public String csv(List<Map<String, Object>> toepassingen) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		regel(csv, kolommen());
		toepassingen.forEach(t -> regel(csv, cellen(t)));
		return csv.toString();
	}

	/** Every cell is written as a text cell, so nothing in it is ever run as a formula. */
	public byte[] xlsx(List<Map<String, Object>> toepassingen) {
		try (XSSFWorkbook boek = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
			Sheet blad = boek.createSheet("Algoritmeregister");
			schrijfRij(blad.createRow(0), kolommen());
			for (int i = 0; i < toepassingen.size(); i++) {
				schrijfRij(blad.createRow(i + 1), cellen(toepassingen.get(i)));
			}
			blad.createFreezePane(0, 1);
			boek.write(uit);
			return uit.toByteArray();
		}
		catch (IOException fout) {
			throw new UncheckedIOException(fout);
		}
	}

	private static void schrijfRij(Row rij, List<String> cellen) {
		for (int i = 0; i < cellen.size(); i++) {
			rij.createCell(i, CellType.STRING).setCellValue(cellen.get(i));
		}
	}

	/** A row of the file as the user sees it: its number in the spreadsheet (header = 1) and its cells. */
	public record Rij(int nummer, List<String> cellen) {

		boolean isLeeg() {
			return cellen.stream().allMatch(String::isBlank);
		}

	}

	/** The rows of an xlsx (recognised by its zip signature "PK") or CSV file; the first row is the header. */
	public List<Rij> lees(byte[] bestand) {
		List<Rij> rijen = isXlsx(bestand) ? leesXlsx(bestand) : leesCsv(bestand);
		if (rijen.isEmpty()) {
			throw new OngeldigeInvoer("bestand", "register.import.leeg");
		}
		long gegevensrijen = rijen.stream().skip(1).filter(r -> !r.isLeeg()).count();
		if (gegevensrijen == 0) {
			// Only a header: importing would silently do nothing; the user probably picked the wrong file.
			throw new OngeldigeInvoer("bestand", "register.import.geen-rijen");
		}
		if (gegevensrijen > MAX_RIJEN) {
			throw new OngeldigeInvoer("bestand", "register.import.te-veel-rijen");
		}
		return rijen;
	}

	static boolean isXlsx(byte[] bestand) {
		return bestand.length >= 4 && bestand[0] == 'P' && bestand[1] == 'K' && bestand[2] == 3 && bestand[3] == 4;
	}

	/**
	 * Only the first sheet, every cell as text; a date becomes yyyy-mm in a month field. POI parses the XML inside the
	 * xlsx with its own secure parser settings: a DOCTYPE is refused and external entities are never resolved (XXE).
	 * Any file POI cannot read, for whatever reason, is answered as "not a valid spreadsheet".
	 */
	private List<Rij> leesXlsx(byte[] bestand) {
		try (XSSFWorkbook boek = new XSSFWorkbook(new ByteArrayInputStream(bestand))) {
			if (boek.getNumberOfSheets() == 0) {
				return List.of();
			}
			Sheet blad = boek.getSheetAt(0);
			if (blad.getLastRowNum() > MAX_RIJEN + 1000) {
				throw new OngeldigeInvoer("bestand", "register.import.te-veel-rijen");
			}
			DataFormatter formatter = new DataFormatter();
			List<String> kop = new ArrayList<>();
			Row kopRij = blad.getRow(0);
			for (int i = 0; kopRij != null && i < kopRij.getLastCellNum(); i++) {
				kop.add(celTekst(kopRij.getCell(i), formatter, ""));
			}
			if (kop.stream().allMatch(String::isBlank)) {
				return List.of();
			}
			List<Rij> rijen = new ArrayList<>();
			rijen.add(new Rij(1, List.copyOf(kop)));
			for (Row rij : blad) {
				if (rij.getRowNum() == 0) {
					continue;
				}
				List<String> cellen = new ArrayList<>();
				for (int i = 0; i < kop.size(); i++) {
					cellen.add(celTekst(rij.getCell(i), formatter, kop.get(i).strip()));
				}
				rijen.add(new Rij(rij.getRowNum() + 1, cellen));
			}
			return rijen;
		}
		catch (OngeldigeInvoer fout) {
			throw fout;
		}
		catch (Exception fout) {
			throw new OngeldigeInvoer("bestand", "register.import.onleesbaar");
		}
	}

	private String celTekst(Cell cel, DataFormatter formatter, String sleutel) {
		if (cel == null) {
			return "";
		}
		CellType type = cel.getCellType() == CellType.FORMULA ? cel.getCachedFormulaResultType() : cel.getCellType();
		return switch (type) {
			case STRING -> cel.getStringCellValue();
			case BOOLEAN -> String.valueOf(cel.getBooleanCellValue());
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cel)) {
					var datum = cel.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC);
					boolean maand = catalogus.veld(sleutel).map(v -> "maand".equals(v.type())).orElse(false);
					yield datum.format(DateTimeFormatter.ofPattern(maand ? "yyyy-MM" : "yyyy-MM-dd"));
				}
				yield cel.getCellType() == CellType.FORMULA ? String.valueOf(cel.getNumericCellValue())
						: formatter.formatCellValue(cel);
			}
			default -> "";
		};
	}

	private static List<Rij> leesCsv(byte[] bestand) {
		List<CsvLezer.Regel> regels = CsvLezer.lees(bestand, MAX_RIJEN + 1000);
		if (regels.size() > MAX_RIJEN + 1000) {
			throw new OngeldigeInvoer("bestand", "register.import.te-veel-rijen");
		}
		return regels.stream()
			.map(r -> new Rij(r.nummer(), r.cellen().stream().map(RegisterSpreadsheet::ontneutraliseer).toList()))
			.toList();
	}

	/** Undoes the apostrophe that the CSV export puts before a formula character, so a round trip changes nothing. */
	private static String ontneutraliseer(String cel) {
		return cel.length() > 1 && cel.charAt(0) == '\'' && "=+-@\t\r".indexOf(cel.charAt(1)) >= 0 ? cel.substring(1) : cel;
	}

	/** The cells of a row back into the standard's fields; empty cells are left out. */
	public Map<String, Object> naarStandaard(List<String> kop, List<String> cellen) {
		Map<String, Object> standaard = new LinkedHashMap<>();
		for (int i = 0; i < kop.size() && i < cellen.size(); i++) {
			String tekst = cellen.get(i).strip();
			if (tekst.isEmpty()) {
				continue;
			}
			Veld veld = catalogus.veld(kop.get(i).strip()).orElse(null);
			if (veld == null) {
				continue;
			}
			standaard.put(veld.sleutel(), switch (veld.type()) {
				case "keuzes" -> keuzes(veld, tekst);
				case "groep" -> groep(tekst);
				default -> tekst;
			});
		}
		return standaard;
	}

	/** "a, b" into a list; a choice that itself contains ", " is recognised whole. */
	private static List<String> keuzes(Veld veld, String tekst) {
		List<String> gekozen = new ArrayList<>();
		String rest = tekst;
		while (!rest.isBlank()) {
			String stukje = rest;
			String bekend = veld.waarden()
				.stream()
				.filter(w -> stukje.equals(w) || stukje.startsWith(w + ","))
				.max((a, b) -> a.length() - b.length())
				.orElse(null);
			String item;
			if (bekend != null) {
				item = bekend;
				rest = rest.substring(bekend.length());
			}
			else {
				int komma = rest.indexOf(',');
				item = (komma < 0 ? rest : rest.substring(0, komma)).strip();
				rest = komma < 0 ? "" : rest.substring(komma);
			}
			gekozen.add(item);
			rest = rest.startsWith(",") ? rest.substring(1).strip() : rest.strip();
		}
		return gekozen;
	}

	private static List<Map<String, Object>> groep(String tekst) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (String stuk : tekst.split(";\\s*(?=\\S)")) {
			String item = stuk.strip();
			if (item.endsWith(";")) {
				item = item.substring(0, item.length() - 1).strip();
			}
			if (item.isEmpty()) {
				continue;
			}
			Map<String, Object> regel = new LinkedHashMap<>();
			Matcher m = GROEPITEM.matcher(item);
			if (m.matches()) {
				if (!m.group(1).isBlank()) {
					regel.put("title", m.group(1).strip());
				}
				regel.put("link", m.group(2));
			}
			else {
				regel.put("title", item);
			}
			items.add(regel);
		}
		return items;
	}

	static String alsTekst(Veld veld, Object waarde) {
		if (waarde == null) {
			return "";
		}
		if (veld.isGroep() && waarde instanceof Collection<?> items) {
			return items.stream().filter(Map.class::isInstance).map(item -> {
				Map<?, ?> m = (Map<?, ?>) item;
				String titel = Veldcontrole.isLeeg(m.get("title")) ? "" : String.valueOf(m.get("title")).strip();
				String link = Veldcontrole.isLeeg(m.get("link")) ? "" : String.valueOf(m.get("link")).strip();
				return link.isEmpty() ? titel : (titel.isEmpty() ? "" : titel + " ") + "(" + link + ")";
			}).filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
		}
		if (waarde instanceof Collection<?> lijst) {
			return lijst.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return String.valueOf(waarde).strip();
	}

	private static void regel(StringBuilder csv, List<String> cellen) {
		csv.append(cellen.stream().map(OpenbaarCsv::cel).collect(Collectors.joining(";"))).append("\r\n");
	}

}
