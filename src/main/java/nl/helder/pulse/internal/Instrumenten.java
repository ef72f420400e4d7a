// SPDX-License-Identifier: EUPL-1.2
package nl.helder.pulse.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The shipped pulse instruments, read and checked at start-up: one broken file stops Helder with a Dutch reason. */
@Component
public class Instrumenten {

	private final List<Instrument> alle;

	public Instrumenten() throws IOException {
		this("classpath*:data/pulse/instrumenten/*.json");
	}

	Instrumenten(String patroon) throws IOException {
		List<Instrument> gelezen = new ArrayList<>();
		List<String> fouten = new ArrayList<>();
		for (Resource bron : new PathMatchingResourcePatternResolver().getResources(patroon)) {
			try (InputStream invoer = bron.getInputStream()) {
				gelezen.add(InstrumentLezer.lees(bron.getFilename(), invoer));
			}
			catch (OngeldigInstrument fout) {
				fouten.addAll(fout.fouten());
			}
		}
		for (Instrument a : gelezen) {
			if (gelezen.stream().filter(b -> b.id().equals(a.id()) && b.versie().equals(a.versie())).count() > 1) {
				fouten.add("Instrument " + a.id() + " versie " + a.versie() + " staat er twee keer in.");
			}
		}
		if (!fouten.isEmpty()) {
			throw new OngeldigInstrument(fouten.stream().distinct().toList());
		}
		gelezen.sort(Comparator.comparing(Instrument::id).thenComparing(Instrument::geldigVanaf));
		this.alle = List.copyOf(gelezen);
	}

	public List<Instrument> alle() {
		return alle;
	}

	public Optional<Instrument> versie(String id, String versie) {
		return alle.stream().filter(i -> i.id().equals(id) && i.versie().equals(versie)).findFirst();
	}

	/** The version with the latest geldigVanaf that is not in the future. */
	public Optional<Instrument> actueel(String id, java.time.LocalDate vandaag) {
		return alle.stream()
			.filter(i -> i.id().equals(id) && !i.geldigVanaf().isAfter(vandaag))
			.max(Comparator.comparing(Instrument::geldigVanaf));
	}

}
