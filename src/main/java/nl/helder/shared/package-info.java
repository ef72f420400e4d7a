// SPDX-License-Identifier: EUPL-1.2
/**
 * Small value types that every module may use: roles, the access annotations and the view on the caller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gedeeld", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.helder.shared;
