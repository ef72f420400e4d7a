// SPDX-License-Identifier: EUPL-1.2
/**
 * Deliberately wrong classes for ArchitectuurTest, to prove that each structure rule can fail. They live outside
 * nl.helder so that component scanning never registers them in the application.
 */
package archvoorbeelden;
