// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.helder.shared.OngeldigeInvoer;

/** The rules for a wave's reminder dates, without Spring: at most three, each strictly between opening and closing. */
final class Herinneringsdata {

	static final int HOOGSTENS = 3;

	static final String VELD = "herinneringen";

	private Herinneringsdata() {
	}

	/**
	 * Reads the dates as typed (blank entries are skipped), sorted and without duplicates; all problems at once in
	 * {@link OngeldigeInvoer} under the field {@value #VELD}.
	 */
	static List<LocalDate> controleer(List<String> invoer, LocalDate opent, LocalDate sluit) {
		List<OngeldigeInvoer.Veldfout> fouten = new ArrayList<>();
		TreeSet<LocalDate> data = new TreeSet<>();
		for (String tekst : invoer == null ? List.<String>of() : invoer) {
			if (tekst == null || tekst.isBlank()) {
				continue;
			}
			try {
				LocalDate datum = LocalDate.parse(tekst.strip());
				if (!datum.isAfter(opent) || !datum.isBefore(sluit)) {
					voegToe(fouten, "pulse.herinnering.fout.buiten");
				}
				else if (!data.add(datum)) {
					voegToe(fouten, "pulse.herinnering.fout.dubbel");
				}
			}
			catch (DateTimeParseException fout) {
				voegToe(fouten, "pulse.herinnering.fout.datum");
			}
		}
		if (data.size() > HOOGSTENS) {
			voegToe(fouten, "pulse.herinnering.fout.te-veel");
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
		return List.copyOf(data);
	}

	private static void voegToe(List<OngeldigeInvoer.Veldfout> fouten, String sleutel) {
		if (fouten.stream().noneMatch(f -> f.melding().equals(sleutel))) {
			fouten.add(new OngeldigeInvoer.Veldfout(VELD, sleutel));
		}
	}

	/**
	 * The paragraph for an invitation that announces the reminders still to come, so people keep the mail: a reminder
	 * has no link. Empty when there are none.
	 */
	static String aankondiging(List<LocalDate> data, LocalDate vandaag) {
		List<String> komend = data.stream()
			.filter(d -> d.isAfter(vandaag))
			.map(d -> d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.forLanguageTag("nl"))))
			.toList();
		if (komend.isEmpty()) {
			return "";
		}
		String wanneer = komend.size() == 1 ? komend.get(0)
				: String.join(", ", komend.subList(0, komend.size() - 1)) + " en " + komend.get(komend.size() - 1);
		return "\nOp " + wanneer + " krijgt iedereen die is uitgenodigd een herinnering, ook wie al heeft meegedaan"
				+ " (Helder weet niet wie dat is). In de herinnering staat geen link: bewaar deze e-mail.\n";
	}

	static String tekst(List<LocalDate> data) {
		return data.stream().sorted().distinct().map(LocalDate::toString).collect(Collectors.joining(","));
	}

	static List<LocalDate> lees(String tekst) {
		return tekst == null || tekst.isBlank() ? List.of()
				: Arrays.stream(tekst.split(",")).map(String::strip).map(LocalDate::parse).toList();
	}

}
