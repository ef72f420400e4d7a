// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.helder.HelderIntegratieTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file over the upload limit is refused by the server before any controller sees it; over real HTTP (MockMvc
 * would skip the container's limit) the user still gets a Dutch problem+json and nothing is imported.
 */
class GrootBestandTest extends HelderIntegratieTest {

	@Test
	void eenTeGrootBestandKrijgtEenNederlandseMelding() throws Exception {
		long voor = jdbc.sql("select count(*) from register.toepassing").query(Long.class).single();
		String grens = "----helder" + System.nanoTime();
		byte[] inhoud = new byte[7 * 1024 * 1024];
		Arrays.fill(inhoud, (byte) 'a');
		byte[] begin = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groot.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] eind = ("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basisUrl() + "/api/v1/organisaties/" + AALSTEDE
				+ "/toepassingen/import?proef=true"))
			.header("Authorization", bearer("register-beheerder@aalstede.demo"))
			.header("Content-Type", "multipart/form-data; boundary=" + grens)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(begin, inhoud, eind)))
			.build();

		HttpResponse<String> antwoord = HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString());

		assertThat(antwoord.statusCode()).as(antwoord.headers().map() + " " + antwoord.body()).isEqualTo(413);
		assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(antwoord.body()).contains("Bestand te groot").contains("5 MB");
		assertThat(jdbc.sql("select count(*) from register.toepassing").query(Long.class).single()).isEqualTo(voor);
	}

}
