// SPDX-License-Identifier: EUPL-1.2
package nl.helder.geletterdheid.internal;

/** The report of a file import, dry run or real: the pages only need to know whether any line was refused. */
public interface Importverslag {

	boolean heeftFouten();

}
