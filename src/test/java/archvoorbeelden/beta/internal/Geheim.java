// SPDX-License-Identifier: EUPL-1.2
package archvoorbeelden.beta.internal;

/** Internal to the example module beta. */
public class Geheim {

}
