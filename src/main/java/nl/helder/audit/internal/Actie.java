// SPDX-License-Identifier: EUPL-1.2
package nl.helder.audit.internal;

public enum Actie {

	AANGEMAAKT, GEWIJZIGD, VERWIJDERD

}
