// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.Collection;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * HTML of the standard's text fields for the page. Stored HTML was already checked, but the page does not rely on
 * that: everything is escaped, then only the allowed tags without attributes are let through again.
 */
@Component
public class RegisterHtml {

	public String veilig(Object waarde, Collection<String> toegestaan) {
		String veilig = HtmlUtils.htmlEscape(String.valueOf(waarde));
		for (String tag : toegestaan) {
			veilig = Pattern.compile("&lt;(/?)" + Pattern.quote(tag) + "\\s*/?&gt;", Pattern.CASE_INSENSITIVE)
				.matcher(veilig)
				.replaceAll("<$1" + tag.toLowerCase(java.util.Locale.ROOT) + ">");
		}
		return veilig;
	}

}
