// SPDX-License-Identifier: EUPL-1.2
/**
 * The AI Act (AI-verordening): decision trees as data (the beslishulp), loaded from JSON or YAML, checked on load
 * and evaluated step by step. Later: classifications, the legal timeline and obligations.
 * <p>
 * Public API for other modules and for the wizard: {@link nl.helder.aiact.Beslishulp} (the loaded trees, start,
 * evaluate) and the immutable tree types {@link nl.helder.aiact.Beslisboom}, {@link nl.helder.aiact.Vraag},
 * {@link nl.helder.aiact.Antwoord}, {@link nl.helder.aiact.Conclusie}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "AI-verordening")
package nl.helder.aiact;
