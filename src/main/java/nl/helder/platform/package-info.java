// SPDX-License-Identifier: EUPL-1.2
/**
 * What every request and every start needs: the embedded database, request ids, the API version header, Dutch error
 * pages and problem+json, language choice and the start page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package nl.helder.platform;
