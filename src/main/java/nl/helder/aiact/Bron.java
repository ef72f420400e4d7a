// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

/** A source behind a question or conclusion, such as an article of the AI Act on EUR-Lex. The url may be absent. */
public record Bron(String titel, String url) {
}
