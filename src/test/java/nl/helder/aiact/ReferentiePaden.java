// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptableObject;

/**
 * Every path through the official beslishulp, enumerated WITHOUT Helder's engine: the tree comes from the edges CSV
 * (one row per answer or redirect), and each condition is run verbatim by Rhino, a real JavaScript engine, with
 * {@code labels} bound to an object whose keys are the labels gathered (so {@code "x" in labels} is JavaScript's own
 * {@code in}). This is the expectation the engine is held against.
 */
final class ReferentiePaden {

	static final Path MAP = Path.of("../shared/reference");

	static final Path BOOM = MAP.resolve("beslishulp_ai_verordening_tree.json");

	static final Path RANDEN = MAP.resolve("beslishulp_ai_verordening_edges.csv");

	/** One answer on a path: question, its 0-based position among the question's answers, and its text. */
	record Stap(String vraagId, int index, String antwoord) {
	}

	record Pad(List<Stap> stappen, String conclusieId, Set<String> labels) {
	}

	private record Rand(List<String> labels, String voorwaarde, String naarVraag, String naarConclusie) {
	}

	private ReferentiePaden() {
	}

	static boolean beschikbaar() {
		return Files.isRegularFile(BOOM) && Files.isRegularFile(RANDEN);
	}

	static List<Pad> alle() throws IOException {
		List<List<String>> rijen = Csv.lees(Files.readString(RANDEN, StandardCharsets.UTF_8));
		List<String> kop = rijen.get(0);
		if (!kop.equals(List.of("from_question", "answer", "labels_added", "subresult", "condition", "to_question",
				"to_conclusion"))) {
			throw new IllegalStateException("Onverwachte kolommen in " + RANDEN + ": " + kop);
		}
		// question -> answer text (in order of first appearance) -> its rows in order
		Map<String, Map<String, List<Rand>>> boom = new LinkedHashMap<>();
		for (List<String> rij : rijen.subList(1, rijen.size())) {
			List<String> labels = rij.get(2).isEmpty() ? List.of() : List.of(rij.get(2).split("\\|"));
			boom.computeIfAbsent(rij.get(0), v -> new LinkedHashMap<>())
				.computeIfAbsent(rij.get(1), a -> new ArrayList<>())
				.add(new Rand(labels, rij.get(4), leeg(rij.get(5)), leeg(rij.get(6))));
		}
		List<Pad> paden = new ArrayList<>();
		Context cx = Context.enter();
		try {
			cx.setInterpretedMode(true);
			ScriptableObject wereld = cx.initSafeStandardObjects();
			Map<String, Script> scripts = new LinkedHashMap<>();
			String eerste = boom.keySet().iterator().next();
			loop(boom, eerste, new TreeSet<>(), new ArrayList<>(), paden, cx, wereld, scripts);
		}
		finally {
			Context.exit();
		}
		return paden;
	}

	private static void loop(Map<String, Map<String, List<Rand>>> boom, String vraag, Set<String> labels,
			List<Stap> pad, List<Pad> paden, Context cx, ScriptableObject wereld, Map<String, Script> scripts) {
		if (pad.size() > 100) {
			throw new IllegalStateException("Pad zonder einde: " + pad);
		}
		Map<String, List<Rand>> antwoorden = boom.get(vraag);
		if (antwoorden == null) {
			throw new IllegalStateException("Vraag " + vraag + " staat niet in de randen");
		}
		int index = 0;
		for (Map.Entry<String, List<Rand>> antwoord : antwoorden.entrySet()) {
			Set<String> nieuw = new TreeSet<>(labels);
			antwoord.getValue().forEach(r -> nieuw.addAll(r.labels()));
			List<Stap> verder = new ArrayList<>(pad);
			verder.add(new Stap(vraag, index++, antwoord.getKey()));
			Rand gekozen = null;
			for (Rand rand : antwoord.getValue()) {
				if (rand.voorwaarde().isEmpty() || waar(rand.voorwaarde(), nieuw, cx, wereld, scripts)) {
					gekozen = rand;
					break;
				}
			}
			if (gekozen == null) {
				throw new IllegalStateException("Geen vervolg na " + verder + " met " + nieuw);
			}
			if (gekozen.naarConclusie() != null) {
				paden.add(new Pad(List.copyOf(verder), gekozen.naarConclusie(), Set.copyOf(nieuw)));
			}
			else {
				loop(boom, gekozen.naarVraag(), nieuw, verder, paden, cx, wereld, scripts);
			}
		}
	}

	private static boolean waar(String voorwaarde, Set<String> labels, Context cx, ScriptableObject wereld,
			Map<String, Script> scripts) {
		ScriptableObject bereik = (ScriptableObject) cx.newObject(wereld);
		bereik.setPrototype(wereld);
		bereik.setParentScope(null);
		NativeObject js = new NativeObject();
		labels.forEach(l -> ScriptableObject.putProperty(js, l, Boolean.TRUE));
		ScriptableObject.putProperty(bereik, "labels", js);
		Script script = scripts.computeIfAbsent(voorwaarde, v -> cx.compileString(v, "voorwaarde", 1, null));
		Object uitkomst = script.exec(cx, bereik);
		if (!(uitkomst instanceof Boolean waarde)) {
			throw new IllegalStateException(voorwaarde + " gaf " + uitkomst);
		}
		return waarde;
	}

	private static String leeg(String tekst) {
		return tekst.isEmpty() ? null : tekst;
	}

	/** RFC 4180: commas, double quotes around a field, "" for a quote inside one. */
	static final class Csv {

		private Csv() {
		}

		static List<List<String>> lees(String tekst) {
			List<List<String>> rijen = new ArrayList<>();
			List<String> rij = new ArrayList<>();
			StringBuilder veld = new StringBuilder();
			boolean binnen = false;
			for (int i = 0; i < tekst.length(); i++) {
				char c = tekst.charAt(i);
				if (binnen) {
					if (c == '"' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '"') {
						veld.append('"');
						i++;
					}
					else if (c == '"') {
						binnen = false;
					}
					else {
						veld.append(c);
					}
				}
				else if (c == '"') {
					binnen = true;
				}
				else if (c == ',') {
					rij.add(veld.toString());
					veld.setLength(0);
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '\n') {
						i++;
					}
					rij.add(veld.toString());
					veld.setLength(0);
					rijen.add(rij);
					rij = new ArrayList<>();
				}
				else {
					veld.append(c);
				}
			}
			if (veld.length() > 0 || !rij.isEmpty()) {
				rij.add(veld.toString());
				rijen.add(rij);
			}
			return rijen;
		}

	}

}
