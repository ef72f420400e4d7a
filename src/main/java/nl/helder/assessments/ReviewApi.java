// SPDX-License-Identifier: EUPL-1.2
package nl.helder.assessments;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.helder.assessments.internal.ReviewDienst;
import nl.helder.assessments.internal.Reviewschema;
import nl.helder.shared.Toegang;

/** The periodic reviews of a municipality, as the page /reviews shows them: what is due, when, and what is late. */
@RestController
@RequestMapping(path = "/api/v1/organisaties/{code}/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reviews", description = "Periodieke reviews van toepassingen: ritme, laatste en volgende review")
class ReviewApi {

	private final ReviewDienst reviews;

	ReviewApi(ReviewDienst reviews) {
		this.reviews = reviews;
	}

	@Operation(summary = "De reviews van alle toepassingen, zoals de pagina Reviews ze toont",
			description = "dagen: het ritme in dagen (leeg: geen review in deze levensfase); eigenRitme: een eigen ritme "
					+ "in plaats van dat van de levensfase; laatste en volgende: datums; status: OP_SCHEMA, BINNENKORT, "
					+ "VANDAAG of TE_LAAT; dagenTeLaat: hoeveel dagen te laat.")
	@Toegang(ingelogd = true)
	@GetMapping
	List<Reviewschema.Stand> overzicht(@PathVariable String code) {
		return reviews.overzicht(code);
	}

}
