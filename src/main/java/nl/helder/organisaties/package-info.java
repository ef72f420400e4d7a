// SPDX-License-Identifier: EUPL-1.2
/**
 * Municipalities and sector bodies (the tenants), their teams, users, roles, login and API tokens. The only module
 * that knows who a person is; every other module sees the caller through {@link nl.helder.shared.Aanvrager}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisaties")
package nl.helder.organisaties;
