// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.helder.platform.CsvLezer;
import nl.helder.shared.OngeldigeInvoer;

/**
 * An HR or LMS export as rows of text: xlsx (first sheet; a date cell becomes yyyy-mm-dd) or CSV with ";" or ",",
 * quotes and a byte-order mark. POI's own secure XML settings refuse a DOCTYPE and external entities.
 */
final class Tabel {

	static final int MAX_RIJEN = 100_000;

	private Tabel() {
	}

	/** A row: its number in the file as the user sees it (header = 1) and its cells. */
	record Rij(int nummer, List<String> cellen) {

		boolean isLeeg() {
			return cellen.stream().allMatch(String::isBlank);
		}

		String cel(int kolom) {
			return kolom < 0 || kolom >= cellen.size() ? "" : cellen.get(kolom).strip();
		}

	}

	static List<Rij> lees(byte[] bestand) {
		List<Rij> rijen = isXlsx(bestand) ? leesXlsx(bestand) : leesCsv(bestand);
		if (rijen.isEmpty()) {
			throw new OngeldigeInvoer("bestand", "geletterdheid.import.leeg");
		}
		if (rijen.stream().skip(1).allMatch(Rij::isLeeg)) {
			throw new OngeldigeInvoer("bestand", "geletterdheid.import.geen-rijen");
		}
		if (rijen.size() > MAX_RIJEN + 1) {
			throw new OngeldigeInvoer("bestand", "geletterdheid.import.te-veel-rijen");
		}
		return rijen;
	}

	/** The column of a header name, ignoring case, spaces, dashes and underscores; -1 when absent. */
	static int kolom(Rij kop, String... namen) {
		for (int i = 0; i < kop.cellen().size(); i++) {
			String kopnaam = normaal(kop.cellen().get(i));
			for (String naam : namen) {
				if (kopnaam.equals(normaal(naam))) {
					return i;
				}
			}
		}
		return -1;
	}

	private static String normaal(String tekst) {
		return tekst.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
	}

	static boolean isXlsx(byte[] bestand) {
		return bestand.length >= 4 && bestand[0] == 'P' && bestand[1] == 'K' && bestand[2] == 3 && bestand[3] == 4;
	}

	private static List<Rij> leesXlsx(byte[] bestand) {
		try (XSSFWorkbook boek = new XSSFWorkbook(new ByteArrayInputStream(bestand))) {
			if (boek.getNumberOfSheets() == 0) {
				return List.of();
			}
			Sheet blad = boek.getSheetAt(0);
			if (blad.getLastRowNum() > MAX_RIJEN + 1) {
				throw new OngeldigeInvoer("bestand", "geletterdheid.import.te-veel-rijen");
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Row kopRij = blad.getRow(0);
			int breedte = kopRij == null ? 0 : Math.max(0, kopRij.getLastCellNum());
			List<Rij> rijen = new ArrayList<>();
			for (Row rij : blad) {
				List<String> cellen = new ArrayList<>();
				for (int i = 0; i < breedte; i++) {
					cellen.add(tekst(rij.getCell(i), formatter));
				}
				rijen.add(new Rij(rij.getRowNum() + 1, cellen));
			}
			return rijen;
		}
		catch (OngeldigeInvoer fout) {
			throw fout;
		}
		catch (Exception fout) {
			throw new OngeldigeInvoer("bestand", "geletterdheid.import.onleesbaar");
		}
	}

	private static String tekst(Cell cel, DataFormatter formatter) {
		if (cel == null) {
			return "";
		}
		CellType type = cel.getCellType() == CellType.FORMULA ? cel.getCachedFormulaResultType() : cel.getCellType();
		return switch (type) {
			case STRING -> cel.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cel)
					? cel.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
					: formatter.formatCellValue(cel);
			case BOOLEAN -> String.valueOf(cel.getBooleanCellValue());
			default -> "";
		};
	}

	private static List<Rij> leesCsv(byte[] bestand) {
		List<CsvLezer.Regel> regels = CsvLezer.lees(bestand, MAX_RIJEN + 1);
		if (regels.size() > MAX_RIJEN + 1) {
			throw new OngeldigeInvoer("bestand", "geletterdheid.import.te-veel-rijen");
		}
		return regels.stream().map(r -> new Rij(r.nummer(), r.cellen())).toList();
	}

}
