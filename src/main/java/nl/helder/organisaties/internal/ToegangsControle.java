// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import nl.helder.shared.Aanvrager;
import nl.helder.shared.Aanvragers;
import nl.helder.shared.Openbaar;
import nl.helder.shared.Rol;
import nl.helder.shared.Toegang;

/**
 * The one place where Helder decides who may call what. A path variable {@code code} must name the caller's own
 * organisation (else 404, so that another municipality's records do not even show that they exist); then the
 * caller needs one of the handler's roles (else 403).
 */
public class ToegangsControle implements HandlerInterceptor {

	/** The name of the path variable that carries the organisation code. */
	public static final String ORGANISATIE_VARIABELE = "code";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod methode)) {
			return true;
		}
		Regel regel = regelVoor(methode)
			.orElseThrow(() -> new IllegalStateException("Geen toegangsregel voor " + methode.getShortLogMessage()));
		if (regel.openbaar()) {
			return true;
		}
		Aanvrager aanvrager = Aanvragers.huidige()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
		@SuppressWarnings("unchecked")
		Map<String, String> variabelen = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String code = variabelen == null ? null : variabelen.get(ORGANISATIE_VARIABELE);
		boolean platform = regel.toegang().platformbeheer() && aanvrager.platformbeheerder();
		if (code != null && !code.equals(aanvrager.organisatieCode()) && !platform) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!magAanroepen(regel.toegang(), aanvrager)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return true;
	}

	static boolean magAanroepen(Toegang toegang, Aanvrager aanvrager) {
		if (toegang.ingelogd()) {
			return true;
		}
		if (toegang.platformbeheer() && aanvrager.platformbeheerder()) {
			return true;
		}
		for (Rol rol : toegang.value()) {
			if (aanvrager.heeftRol(rol)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The access rule of a handler: {@link Openbaar}, or {@link Toegang} on the method or else on its class.
	 * springdoc's own handlers serve the OpenAPI description, which is public by design and cannot carry our
	 * annotations.
	 */
	public static Optional<Regel> regelVoor(HandlerMethod methode) {
		if (isSpringdoc(methode) || AnnotatedElementUtils.hasAnnotation(methode.getMethod(), Openbaar.class)
				|| methode.getMethod().getAnnotation(Toegang.class) == null
						&& AnnotatedElementUtils.hasAnnotation(methode.getBeanType(), Openbaar.class)) {
			return Optional.of(new Regel(true, null));
		}
		Toegang toegang = Optional.ofNullable(methode.getMethod().getAnnotation(Toegang.class))
			.orElse(methode.getBeanType().getAnnotation(Toegang.class));
		return Optional.ofNullable(toegang).map(t -> new Regel(false, t));
	}

	/** Handlers whose rule is missing or contradicts itself; Helder does not start while there are any. */
	public static List<String> fouteRegels(Map<?, HandlerMethod> handlers) {
		List<String> fout = new ArrayList<>();
		handlers.values().forEach(methode -> {
			if (isSpringdoc(methode)) {
				return;
			}
			Optional<Regel> regel = regelVoor(methode);
			if (regel.isEmpty()) {
				fout.add(methode.getShortLogMessage() + ": geen @Toegang of @Openbaar");
			}
			else if (!regel.get().openbaar()) {
				Toegang t = regel.get().toegang();
				if (t.value().length == 0 && !t.ingelogd() && !t.platformbeheer()) {
					fout.add(methode.getShortLogMessage() + ": @Toegang zonder rollen, ingelogd of platformbeheer");
				}
				if (t.value().length > 0 && t.ingelogd()) {
					fout.add(methode.getShortLogMessage() + ": @Toegang met rollen én ingelogd=true");
				}
			}
		});
		return fout;
	}

	private static boolean isSpringdoc(HandlerMethod methode) {
		return methode.getBeanType().getName().startsWith("org.springdoc");
	}

	public record Regel(boolean openbaar, Toegang toegang) {
	}

}
