// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterHtmlTest {

	private final RegisterHtml html = new RegisterHtml();

	@Test
	void alleenToegestaneTagsZonderAttributenKomenTerug() {
		String veilig = html.veilig("<P>Doel</p><p onclick=\"x()\">klik</p><script>alert(1)</script>"
				+ "<ul><li>een</li></ul><br/><a href=\"https://x\">link</a>", List.of("p", "ul", "li", "br"));

		assertThat(veilig).startsWith("<p>Doel</p>")
			.contains("&lt;p onclick=&quot;x()&quot;&gt;klik</p>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("<ul><li>een</li></ul><br>")
			.contains("&lt;a href=&quot;https://x&quot;&gt;link&lt;/a&gt;")
			.doesNotContain("<script").doesNotContain("<a ");
	}

}
