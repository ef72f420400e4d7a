// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import archvoorbeelden.alfa.Binnendringer;
import archvoorbeelden.alfa.Kring;
import archvoorbeelden.beta.Terug;
import archvoorbeelden.beta.internal.Geheim;
import archvoorbeelden.web.OpenbareController;
import nl.helder.organisaties.internal.ApiToken;
import nl.helder.organisaties.internal.ApiTokens;
import nl.helder.organisaties.internal.Gebruiker;
import nl.helder.organisaties.internal.Gebruikers;
import nl.helder.organisaties.internal.HelderPrincipal;
import nl.helder.organisaties.internal.WachtwoordBeleid;
import nl.helder.shared.Openbaar;
import nl.helder.shared.Toegang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The structure rules of Helder, checked on the compiled production classes. Each rule is also run once against
 * small, deliberately wrong classes in the test package {@code archvoorbeelden}, so that a rule that can no longer
 * fail (a typo in a package name, an annotation that moved) is noticed. ArchUnit's default to fail when a rule
 * matches no class at all stays on.
 */
class ArchitectuurTest {

	private static final String HELDER = "nl.helder";

	private static final String VOORBEELDEN = "archvoorbeelden";

	private static final JavaClasses PRODUCTIE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(HELDER);

	/** A class in module A may not use module B's internal package; only B's base package is its API. */
	static ArchRule geenInterneKlassenVanAndereModulen(String basis) {
		return classes().that()
			.resideInAPackage(basis + "..")
			.should(gebruikGeenInternVanAnderModule(basis))
			.because("een module gebruikt van een andere module alleen het basispakket, nooit ..internal..");
	}

	/** Only the organisaties module knows identities; others see the caller through Aanvrager. */
	static ArchRule identiteitAlleenInOrganisaties() {
		return noClasses().that()
			.resideOutsideOfPackage(HELDER + ".organisaties..")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(Gebruiker.class, Gebruikers.class, HelderPrincipal.class, ApiToken.class, ApiTokens.class,
					WachtwoordBeleid.class)
			.because("andere modulen zien de aanvrager alleen via nl.helder.shared.Aanvrager");
	}

	/** The static twin of the runtime check in ToegangsControle: no handler without an access rule. */
	static ArchRule elkeHandlerHeeftEenToegangsregel() {
		return methods().that()
			.areMetaAnnotatedWith(RequestMapping.class)
			.and()
			.areDeclaredInClassesThat()
			.areMetaAnnotatedWith(Controller.class)
			.and()
			.areNotPrivate()
			.should(dragenToegangOfOpenbaar())
			.because("een vergeten toegangsregel mag nooit 'open voor iedereen' betekenen");
	}

	static ArchRule controllersZijnNietPubliek() {
		return classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.notBePublic()
			.because("controllers zijn de buitenkant van een module en worden door niemand anders aangeroepen");
	}

	static ArchRule geenKringenTussenModulen(String basis) {
		return slices().matching(basis + ".(*)..").should().beFreeOfCycles();
	}

	@Test
	void geenModuleGebruiktHetInterneVanEenAndere() {
		geenInterneKlassenVanAndereModulen(HELDER).check(PRODUCTIE);
	}

	@Test
	void alleenOrganisatiesKentIdentiteiten() {
		identiteitAlleenInOrganisaties().check(PRODUCTIE);
	}

	@Test
	void elkeHandlerDraagtToegangOfOpenbaar() {
		elkeHandlerHeeftEenToegangsregel().check(PRODUCTIE);
	}

	@Test
	void controllersZijnPakketPrivaat() {
		controllersZijnNietPubliek().check(PRODUCTIE);
	}

	@Test
	void modulenHangenNietInEenKringAfVanElkaar() {
		geenKringenTussenModulen(HELDER).check(PRODUCTIE);
	}

	// --- every rule against classes that break it on purpose (in archvoorbeelden), and ones that keep to it

	@Test
	void regelOverInternFaaltOpVoorbeeld() {
		assertThatThrownBy(() -> geenInterneKlassenVanAndereModulen(VOORBEELDEN)
			.check(new ClassFileImporter().importClasses(Binnendringer.class, Geheim.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining(Binnendringer.class.getName())
			.hasMessageContaining(Geheim.class.getName());
		assertThatCode(() -> geenInterneKlassenVanAndereModulen(VOORBEELDEN)
			.check(new ClassFileImporter().importClasses(Geheim.class, Terug.class)))
			.doesNotThrowAnyException();
	}

	@Test
	void regelOverIdentiteitFaaltOpVoorbeeld() {
		assertThatThrownBy(() -> identiteitAlleenInOrganisaties()
			.check(new ClassFileImporter().importClasses(Binnendringer.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining(HelderPrincipal.class.getName());
	}

	@Test
	void regelOverToegangFaaltOpVoorbeeld() {
		JavaClasses web = new ClassFileImporter().importPackages(VOORBEELDEN + ".web");
		assertThatThrownBy(() -> elkeHandlerHeeftEenToegangsregel().check(web))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("OnbeschermdeController.vergeten()")
			.hasMessageContaining("(1 times)")
			.hasMessageNotContaining("geregeld()")
			.hasMessageNotContaining("BeschermdeController.beschermd()")
			.hasMessageNotContaining("OpenbareController.openbaar()");
	}

	@Test
	void regelOverPubliekeControllerFaaltOpVoorbeeld() {
		JavaClasses web = new ClassFileImporter().importPackages(VOORBEELDEN + ".web");
		assertThatThrownBy(() -> controllersZijnNietPubliek().check(web))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining(OpenbareController.class.getName())
			.hasMessageContaining("(1 times)");
	}

	@Test
	void regelOverKringenFaaltOpVoorbeeld() {
		assertThatThrownBy(() -> geenKringenTussenModulen(VOORBEELDEN)
			.check(new ClassFileImporter().importClasses(Kring.class, Terug.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle detected");
	}

	@Test
	void regelZonderKlassenFaaltOok() {
		// The 'should' of a rule that matches no class fails, so a renamed package cannot silence a rule.
		assertThatThrownBy(() -> controllersZijnNietPubliek()
			.check(new ClassFileImporter().importClasses(Geheim.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("failed to check any classes");
	}

	private static ArchCondition<JavaClass> gebruikGeenInternVanAnderModule(String basis) {
		Pattern intern = Pattern.compile(Pattern.quote(basis) + "\\.([^.]+)\\.internal(\\..*)?");
		return new ArchCondition<>("not depend on the internal package of another module") {
			@Override
			public void check(JavaClass klasse, ConditionEvents gebeurtenissen) {
				String eigen = module(basis, klasse.getPackageName());
				for (Dependency afhankelijkheid : klasse.getDirectDependenciesFromSelf()) {
					Matcher doel = intern.matcher(afhankelijkheid.getTargetClass().getPackageName());
					if (doel.matches() && !doel.group(1).equals(eigen)) {
						gebeurtenissen.add(SimpleConditionEvent.violated(afhankelijkheid, afhankelijkheid.getDescription()));
					}
				}
			}
		};
	}

	/** The module of a package: the first package below the base, or null for the base itself. */
	private static String module(String basis, String pakket) {
		if (!pakket.startsWith(basis + ".")) {
			return null;
		}
		String rest = pakket.substring(basis.length() + 1);
		int punt = rest.indexOf('.');
		return punt < 0 ? rest : rest.substring(0, punt);
	}

	private static ArchCondition<JavaMethod> dragenToegangOfOpenbaar() {
		return new ArchCondition<>("carry @Toegang or @Openbaar on the method or its class") {
			@Override
			public void check(JavaMethod methode, ConditionEvents gebeurtenissen) {
				JavaClass klasse = methode.getOwner();
				boolean geregeld = methode.isAnnotatedWith(Toegang.class) || methode.isAnnotatedWith(Openbaar.class)
						|| klasse.isAnnotatedWith(Toegang.class) || klasse.isAnnotatedWith(Openbaar.class);
				if (!geregeld) {
					gebeurtenissen.add(SimpleConditionEvent.violated(methode,
							methode.getFullName() + " heeft geen @Toegang of @Openbaar"));
				}
			}
		};
	}

}
