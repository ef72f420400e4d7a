// SPDX-License-Identifier: EUPL-1.2
/**
 * The register of toepassingen: every algorithm, AI system and tool of a municipality as one record with versions,
 * the fields of the national Algoritmeregister standard v1.0 plus internal fields, and the publication workflow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register")
package nl.helder.register;
