// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import nl.helder.shared.OngeldigeInvoer;

/**
 * Every error of the HTTP API as application/problem+json (RFC 9457) with a Dutch title and explanation, and with
 * {@code invalidParams} per field for invalid input (NL API Design Rules).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiFoutAfhandeling extends ResponseEntityExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ApiFoutAfhandeling.class);

	private final MessageSource berichten;

	ApiFoutAfhandeling(MessageSource berichten) {
		this.berichten = berichten;
		setMessageSource(berichten);
	}

	@ExceptionHandler(OngeldigeInvoer.class)
	ResponseEntity<Object> ongeldigeInvoer(OngeldigeInvoer fout, WebRequest request) {
		List<Map<String, String>> velden = fout.fouten()
			.stream()
			.map(v -> veld(v.veld(), tekst(v.melding())))
			.toList();
		return ongeldig(velden, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> verkeerdType(MethodArgumentTypeMismatchException fout, WebRequest request) {
		return ongeldig(List.of(veld(fout.getName(), tekst("fout.veld.formaat"))), request);
	}

	@ExceptionHandler(nl.helder.shared.Conflict.class)
	ResponseEntity<Object> conflict(nl.helder.shared.Conflict fout, WebRequest request) {
		ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, tekst("fout.409.detail"));
		fout.huidig().forEach(probleem::setProperty);
		return handleExceptionInternal(fout, probleem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> gelijktijdigGewijzigd(OptimisticLockingFailureException fout, WebRequest request) {
		ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, tekst("fout.409.detail"));
		return handleExceptionInternal(fout, probleem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> onverwacht(Exception fout, WebRequest request) {
		LOG.error("Onverwachte fout bij {}", request.getDescription(false), fout);
		ProblemDetail probleem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		return handleExceptionInternal(fout, probleem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException fout,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ongeldig(veldfouten(fout.getBindingResult()), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException fout, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ongeldig(List.of(veld("body", tekst("fout.json.onleesbaar"))), request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException fout,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> velden = fout.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> veld(r.getMethodParameter().getParameterName(),
						berichten.getMessage(e, LocaleContextHolder.getLocale()))))
			.toList();
		return ongeldig(velden, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception fout, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail probleem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
		Locale taal = LocaleContextHolder.getLocale();
		probleem.setTitle(berichten.getMessage("fout." + status.value() + ".titel", null,
				berichten.getMessage("fout.titel", null, taal), taal));
		if (probleem.getDetail() == null || !(fout instanceof OngeldigeInvoer) && isEngelsStandaardDetail(probleem)) {
			probleem.setDetail(berichten.getMessage("fout." + status.value() + ".detail", null,
					berichten.getMessage("fout.detail", null, taal), taal));
		}
		return super.handleExceptionInternal(fout, probleem, headers, status, request);
	}

	/** Spring fills in English defaults ("Failed to read request"); users get the Dutch text instead. */
	private static boolean isEngelsStandaardDetail(ProblemDetail probleem) {
		String detail = probleem.getDetail();
		return detail != null && (detail.startsWith("Failed to") || detail.startsWith("Invalid request")
				|| detail.startsWith("No static resource") || detail.startsWith("Required ")
				|| detail.startsWith("Content-Type") || detail.startsWith("Method '")
				|| detail.startsWith("Acceptable representations") || detail.startsWith("Validation failure"));
	}

	private ResponseEntity<Object> ongeldig(List<Map<String, String>> velden, WebRequest request) {
		ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, tekst("fout.400.detail"));
		probleem.setProperty("invalidParams", velden);
		return handleExceptionInternal(new OngeldigeInvoer(List.of()), probleem, new HttpHeaders(),
				HttpStatus.BAD_REQUEST, request);
	}

	private List<Map<String, String>> veldfouten(BindingResult resultaat) {
		Locale taal = LocaleContextHolder.getLocale();
		return resultaat.getAllErrors().stream().map(fout -> {
			String naam = fout instanceof FieldError veldfout ? veldfout.getField() : fout.getObjectName();
			return veld(naam, berichten.getMessage(fout, taal));
		}).toList();
	}

	private static Map<String, String> veld(String naam, String reden) {
		return Map.of("name", naam, "code", "invalid", "reason", reden);
	}

	/** A message key from the bundle, or the text itself when it is already a sentence. */
	private String tekst(String sleutelOfTekst) {
		return berichten.getMessage(sleutelOfTekst, null, sleutelOfTekst, LocaleContextHolder.getLocale());
	}

}
