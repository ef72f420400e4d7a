// SPDX-License-Identifier: EUPL-1.2
/**
 * AI literacy (AI Act art. 4): the municipality's employees, a training catalogue, requirement rules kept as data,
 * completed trainings (imported, entered or self-reported) and one coverage computation for pages, API and the
 * evidence report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "AI-geletterdheid")
package nl.helder.geletterdheid;
