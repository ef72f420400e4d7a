// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One expression from a definition file (a condition, a calculation or a rule), parsed once when the definition is
 * loaded. Expressions are Apache Commons JEXL over the answers, by question id: {@code gebruikt_ai == 'ja'},
 * {@code 'profilering' =~ ap_lijst}, {@code size(ap_lijst) >= 2}. They can only read: no assignments, loops,
 * method calls, new objects or scripts, so a definition written by a municipality cannot make Helder do anything.
 */
public final class Voorwaarde {

	private static final Logger LOG = LoggerFactory.getLogger(Voorwaarde.class);

	private static final JexlFeatures ALLEEN_LEZEN = new JexlFeatures().script(false)
		.sideEffect(false)
		.sideEffectGlobal(false)
		.loops(false)
		.lambda(false)
		.thinArrow(false)
		.fatArrow(false)
		.newInstance(false)
		.methodCall(false)
		.localVar(false)
		.pragma(false)
		.annotation(false)
		.importPragma(false)
		.namespacePragma(false)
		.register(false);

	private static final JexlEngine JEXL = new JexlBuilder().features(ALLEEN_LEZEN)
		.permissions(JexlPermissions.RESTRICTED)
		.strict(false)
		.safe(true)
		.silent(false)
		.cache(512)
		.create();

	private final String tekst;

	private final JexlScript script;

	private Voorwaarde(String tekst, JexlScript script) {
		this.tekst = tekst;
		this.script = script;
	}

	/** Parses the expression; a syntax error or a forbidden construct is an {@link IllegalArgumentException}. */
	public static Voorwaarde lees(String tekst) {
		try {
			return new Voorwaarde(tekst, JEXL.createScript(tekst));
		}
		catch (JexlException fout) {
			throw new IllegalArgumentException(uitleg(fout), fout);
		}
	}

	/** True when the text is a name an expression can use as a variable (not a JEXL word such as size or new). */
	public static boolean isVariabelenaam(String naam) {
		try {
			Set<List<String>> variabelen = JEXL.createScript(naam).getVariables();
			return variabelen.equals(Set.of(List.of(naam)));
		}
		catch (JexlException fout) {
			return false;
		}
	}

	@JsonValue
	public String tekst() {
		return tekst;
	}

	/** The names the expression reads (for a.b only a), in order of appearance. */
	public Set<String> namen() {
		Set<String> namen = new LinkedHashSet<>();
		script.getVariables().forEach(pad -> namen.add(pad.get(0)));
		return namen;
	}

	/** The value of the expression; an error while evaluating (a number compared to a list) gives null. */
	public Object waarde(Map<String, Object> waarden) {
		try {
			return script.execute(new MapContext(new java.util.HashMap<>(waarden)));
		}
		catch (JexlException | ArithmeticException fout) {
			LOG.warn("Uitdrukking '{}' kon niet worden berekend: {}", tekst, fout.getMessage());
			return null;
		}
	}

	/** Only a real true counts: a text or a number is not a yes. */
	public boolean isWaar(Map<String, Object> waarden) {
		return Boolean.TRUE.equals(waarde(waarden));
	}

	private static String uitleg(JexlException fout) {
		String bericht = fout.getMessage() == null ? fout.getClass().getSimpleName() : fout.getMessage();
		// JEXL starts with its own class and position ("Voorwaarde.lees:1@1:5 parsing error in '=='"); keep the reason.
		int spatie = bericht.indexOf(' ');
		return spatie > 0 && bericht.substring(0, spatie).contains("@") ? bericht.substring(spatie + 1) : bericht;
	}

	@Override
	public String toString() {
		return tekst;
	}

}
