// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;
import nl.helder.shared.Toegang;

@RestController
@RequestMapping(path = "/api/v1/beslishulp/bomen", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Beslishulp AI-verordening", description = "Beslisbomen als data: de boom die Helder meelevert en bomen die "
		+ "de platformbeheerder toevoegt (JSON of YAML, in de opbouw van de officiële beslishulp), en het doorlopen "
		+ "van een boom met antwoorden.")
class BeslishulpApi {

	static final String YAML = "application/yaml";

	private final Beslishulp beslishulp;

	BeslishulpApi(Beslishulp beslishulp) {
		this.beslishulp = beslishulp;
	}

	record BoomSamenvatting(String id, String naam, String versie, LocalDate geldigVanaf, boolean standaard,
			Boomformaat formaat, String geuploadDoor, Instant geuploadOp) {
	}

	record Toegevoegd(String id, String naam, String versie) {
	}

	record BoomJson(String id, String naam, String versie, LocalDate geldigVanaf, boolean standaard,
			String eersteVraagId, List<VraagJson> vragen, List<ConclusieJson> conclusies) {
	}

	record VraagJson(String vraagId, String vraag, String uitleg, String categorie, String subcategorie,
			List<Bron> bronnen, List<AntwoordJson> antwoorden) {
	}

	record AntwoordJson(int index, String antwoord, List<String> labels, String subresultaat) {
	}

	record ConclusieJson(String conclusieId, String conclusie, String uitleg, List<Bron> bronnen) {
	}

	record EvaluatieInvoer(List<Keuze> antwoorden) {
	}

	record EvaluatieJson(String boomId, String status, String conclusieId, String volgendeVraagId, List<String> labels,
			List<String> pad, ConclusieJson conclusie, VraagJson volgendeVraag) {
	}

	@Operation(summary = "Een beslisboom toevoegen (JSON of YAML)",
			description = "Stuur de boom in de opbouw van de officiële beslishulp (questions met questionId en answers; "
					+ "conclusions met conclusionId), met naam (of name) en versie (of version); geldigVanaf mag. "
					+ "Content-Type application/json of application/yaml. Helder controleert de hele boom: ids, "
					+ "verwijzingen, voorwaarden, kringlopen en elk pad. Fouten staan in invalidParams. Dezelfde naam "
					+ "en versie als een bekende boom geeft ook 400.")
	@Toegang(platformbeheer = true)
	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, YAML, "application/x-yaml", "text/yaml" })
	ResponseEntity<Toegevoegd> voegToe(@RequestBody(required = false) byte[] inhoud,
			@RequestHeader("Content-Type") String soort, Aanvrager aanvrager) {
		MediaType type = MediaType.parseMediaType(soort);
		Boomformaat formaat = MediaType.APPLICATION_JSON.isCompatibleWith(type) ? Boomformaat.JSON : Boomformaat.YAML;
		// Without a charset the text is UTF-8 (JSON requires it; YAML files from the official repository are UTF-8).
		String tekst = inhoud == null ? null
				: new String(inhoud, type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset());
		Beslishulp.BoomInfo info = beslishulp.upload(tekst, formaat, aanvrager);
		return ResponseEntity.created(URI.create("/api/v1/beslishulp/bomen/" + info.id()))
			.body(new Toegevoegd(info.id(), info.naam(), info.versie()));
	}

	@Operation(summary = "Alle beslisbomen; de meegeleverde boom heeft standaard = true")
	@Toegang(ingelogd = true)
	@GetMapping
	List<BoomSamenvatting> lijst() {
		return beslishulp.bomen().stream()
			.map(b -> new BoomSamenvatting(b.id(), b.naam(), b.versie(), b.geldigVanaf(), b.standaard(), b.formaat(),
					b.geuploadDoor(), b.geuploadOp()))
			.toList();
	}

	@Operation(summary = "Eén beslisboom met al zijn vragen (met uitleg en bronnen), antwoorden en conclusies")
	@Toegang(ingelogd = true)
	@GetMapping("/{id}")
	BoomJson toon(@PathVariable String id) {
		Beslishulp.GeladenBoom geladen = beslishulp.boom(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Beslisboom boom = geladen.boom();
		return new BoomJson(geladen.info().id(), boom.naam(), boom.versie(), boom.geldigVanaf().orElse(null),
				geladen.info().standaard(), boom.eersteVraag().vraagId(),
				boom.vragen().stream().map(BeslishulpApi::json).toList(),
				boom.conclusies().stream().map(BeslishulpApi::json).toList());
	}

	@Operation(summary = "Een boom doorlopen met antwoorden",
			description = "antwoorden: per stap {\"vraagId\", \"antwoord\"} (de tekst) of {\"vraagId\", \"antwoordIndex\"} "
					+ "(0 = het eerste antwoord). Antwoord: status 'vraag' met volgendeVraagId (nog niet klaar) of "
					+ "'conclusie' met conclusieId, de verzamelde labels en het pad (de beantwoorde vragen). Een stap die "
					+ "niet past geeft 400 met het stapnummer (vanaf 1).")
	@Toegang(ingelogd = true)
	@PostMapping(path = "/{id}/evaluaties", consumes = MediaType.APPLICATION_JSON_VALUE)
	EvaluatieJson evalueer(@PathVariable String id, @RequestBody(required = false) EvaluatieInvoer invoer) {
		Beslishulp.GeladenBoom geladen = beslishulp.boom(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Keuze> keuzes = invoer == null || invoer.antwoorden() == null ? List.of() : invoer.antwoorden();
		Stand stand;
		try {
			stand = geladen.boom().volg(keuzes);
		}
		catch (OngeldigeKeuze fout) {
			throw new OngeldigeInvoer("antwoorden[" + (fout.stap() - 1) + "]", beslishulp.tekst(fout.melding()));
		}
		Beslisboom boom = geladen.boom();
		return stand.klaar()
				? new EvaluatieJson(geladen.info().id(), "conclusie", stand.conclusieId(), null, stand.labels(),
						stand.pad(), json(boom.conclusie(stand.conclusieId()).orElseThrow()), null)
				: new EvaluatieJson(geladen.info().id(), "vraag", null, stand.vraagId(), stand.labels(), stand.pad(),
						null, json(boom.vraag(stand.vraagId()).orElseThrow()));
	}

	private static VraagJson json(Vraag vraag) {
		List<Antwoord> antwoorden = vraag.antwoorden();
		return new VraagJson(vraag.vraagId(), vraag.tekst(), vraag.uitleg(), vraag.categorie(), vraag.subcategorie(),
				vraag.bronnen(), IntStream.range(0, antwoorden.size())
					.mapToObj(i -> new AntwoordJson(i, antwoorden.get(i).tekst(), antwoorden.get(i).labels(),
							antwoorden.get(i).subresultaat()))
					.toList());
	}

	private static ConclusieJson json(Conclusie conclusie) {
		return new ConclusieJson(conclusie.conclusieId(), conclusie.tekst(), conclusie.uitleg(), conclusie.bronnen());
	}

}
