// SPDX-License-Identifier: EUPL-1.2
package nl.helder.aiact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import nl.helder.aiact.internal.BeslisboomBestand;
import nl.helder.aiact.internal.BeslisboomBestanden;
import nl.helder.aiact.internal.BeslisboomLezer;
import nl.helder.aiact.internal.StandaardBoom;
import nl.helder.shared.Aanvrager;
import nl.helder.shared.OngeldigeInvoer;

/**
 * The decision trees Helder knows: the one it ships (read and checked at start-up, never stored) and those a
 * platform administrator uploaded (stored as sent, checked on upload and again when first read). Trees are the
 * same for every organisation.
 * <p>
 * For a wizard: {@link #boom(String)} gives the questions, explanations and sources; {@link Beslisboom#start()} the
 * first question; {@link Beslisboom#beantwoord(Stand, Keuze)} or {@link #evalueer(String, List)} the next step.
 */
@Service
public class Beslishulp {

	/** The id of the shipped tree: readable and stable, so a stored classification can name the tree it used. */
	public static final String STANDAARD_PREFIX = "helder-";

	private final BeslisboomBestanden bestanden;

	private final MessageSource berichten;

	private final GeladenBoom standaard;

	/** Uploaded trees are immutable, so a parsed copy can be kept for as long as the application runs. */
	private final Map<UUID, Beslisboom> gelezen = new ConcurrentHashMap<>();

	Beslishulp(BeslisboomBestanden bestanden, MessageSource berichten,
			@Value("${helder.aiact.standaardboom:" + StandaardBoom.BESTAND + "}") String standaardBestand) {
		this.bestanden = bestanden;
		this.berichten = berichten;
		BeslisboomLezer.Gelezen gelezenStandaard = StandaardBoom.laad(standaardBestand, berichten);
		Beslisboom boom = gelezenStandaard.boom();
		this.standaard = new GeladenBoom(new BoomInfo(STANDAARD_PREFIX + boom.versie(), boom.naam(), boom.versie(),
				boom.geldigVanaf().orElse(null), true, Boomformaat.JSON, "Helder", null), boom);
	}

	/** What a list of trees shows about one tree. {@code geuploadDoor}/{@code geuploadOp} are empty for the shipped one. */
	public record BoomInfo(String id, String naam, String versie, LocalDate geldigVanaf, boolean standaard,
			Boomformaat formaat, String geuploadDoor, Instant geuploadOp) {
	}

	public record GeladenBoom(BoomInfo info, Beslisboom boom) {
	}

	/** The shipped tree first, then the uploaded ones by name and version. */
	public List<BoomInfo> bomen() {
		List<BoomInfo> lijst = new ArrayList<>();
		lijst.add(standaard.info());
		bestanden.findAllByOrderByNaamAscVersieAsc().stream().map(Beslishulp::info).forEach(lijst::add);
		return lijst;
	}

	public GeladenBoom standaard() {
		return standaard;
	}

	public Optional<GeladenBoom> boom(String id) {
		if (standaard.info().id().equals(id)) {
			return Optional.of(standaard);
		}
		Optional<UUID> uuid = alsUuid(id);
		if (uuid.isEmpty()) {
			return Optional.empty();
		}
		return bestanden.findById(uuid.get())
			.map(b -> new GeladenBoom(info(b),
					gelezen.computeIfAbsent(b.id(), i -> BeslisboomLezer.lees(b.bron(), b.formaat()).boom())));
	}

	/**
	 * Follows the answers in the tree.
	 *
	 * @return empty when there is no such tree
	 * @throws OngeldigeKeuze naming the first step that does not fit
	 */
	public Optional<Stand> evalueer(String boomId, List<Keuze> keuzes) {
		return boom(boomId).map(b -> b.boom().volg(keuzes));
	}

	/**
	 * Checks and stores a tree. The same name and version as a known tree (the shipped one included) is refused
	 * with 400, because a classification must always be able to say exactly which tree it used.
	 *
	 * @throws OngeldigeInvoer with every finding, in the caller's language
	 */
	public BoomInfo upload(String tekst, Boomformaat formaat, Aanvrager aanvrager) {
		BeslisboomLezer.Gelezen gelezenBoom;
		try {
			gelezenBoom = BeslisboomLezer.lees(tekst, formaat);
		}
		catch (OngeldigeBeslisboom fout) {
			throw new OngeldigeInvoer(fout.meldingen().stream()
				.map(m -> new OngeldigeInvoer.Veldfout("body", tekst(m)))
				.toList());
		}
		String naam = gelezenBoom.naam();
		String versie = gelezenBoom.versie();
		boolean alsStandaard = naam.equals(standaard.info().naam()) && versie.equals(standaard.info().versie());
		if (alsStandaard || bestanden.existsByNaamAndVersie(naam, versie)) {
			throw bestaatAl(naam, versie);
		}
		BeslisboomBestand bestand = new BeslisboomBestand(naam, versie, gelezenBoom.boom().geldigVanaf().orElse(null),
				formaat, tekst, aanvrager.actorId(), aanvrager.weergavenaam(), Instant.now());
		try {
			bestanden.saveAndFlush(bestand);
		}
		catch (DataIntegrityViolationException fout) {
			// Two uploads of the same name and version at once: the unique constraint decides, the loser gets 400.
			throw bestaatAl(naam, versie);
		}
		gelezen.put(bestand.id(), gelezenBoom.boom());
		return info(bestand);
	}

	/** A message of this module in the language of the current request. */
	public String tekst(Melding melding) {
		return melding.tekst(berichten, LocaleContextHolder.getLocale());
	}

	private OngeldigeInvoer bestaatAl(String naam, String versie) {
		return new OngeldigeInvoer("versie", tekst(Melding.van("aiact.boom.bestaat-al", naam, versie)));
	}

	private static BoomInfo info(BeslisboomBestand b) {
		return new BoomInfo(b.id().toString(), b.naam(), b.versie(), b.geldigVanaf(), false, b.formaat(),
				b.geuploadDoorNaam(), b.geuploadOp());
	}

	private static Optional<UUID> alsUuid(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException | NullPointerException fout) {
			return Optional.empty();
		}
	}

}
