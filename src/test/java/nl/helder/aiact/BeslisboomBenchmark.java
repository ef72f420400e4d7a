// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import nl.helder.aiact.internal.BeslisboomLezer;

/**
 * Throughput of the shipped tree: evaluating a whole answer list (what one API call does) and loading plus checking
 * the tree (what start-up and an upload do). Run with {@code bench/beslisboom.sh}; never part of the test suite.
 * The answer lists are random complete paths, drawn once with a fixed seed, so every run measures the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BeslisboomBenchmark {

	private String tekst;

	private Beslisboom boom;

	private List<List<Keuze>> paden;

	private int volgende;

	@Setup
	public void laad() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/data/aiact/beslishulp-1.0.0.json")) {
			tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		boom = BeslisboomLezer.lees(tekst, Boomformaat.JSON).boom();
		Random toeval = new Random(20261122);
		paden = new ArrayList<>();
		for (int i = 0; i < 1024; i++) {
			List<Keuze> pad = new ArrayList<>();
			Stand stand = boom.start();
			while (!stand.klaar()) {
				Vraag vraag = boom.vraag(stand.vraagId()).orElseThrow();
				Keuze keuze = Keuze.opIndex(vraag.vraagId(), toeval.nextInt(vraag.antwoorden().size()));
				pad.add(keuze);
				stand = boom.beantwoord(stand, keuze);
			}
			paden.add(pad);
		}
	}

	@Benchmark
	public Stand evalueerEenVolledigPad() {
		List<Keuze> pad = paden.get(volgende++ & 1023);
		return boom.volg(pad);
	}

	@Benchmark
	public Beslisboom laadEnControleerDeBoom() {
		return BeslisboomLezer.lees(tekst, Boomformaat.JSON).boom();
	}

}
