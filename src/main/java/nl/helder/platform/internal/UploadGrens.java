// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit fails while the request is read, before any controller is chosen; the usual error
 * dispatch would read the same oversized body again and answer with nothing. This answers at once, in Dutch.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadGrens {

	private final MessageSource berichten;

	UploadGrens(MessageSource berichten) {
		this.berichten = berichten;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object teGroot(HttpServletRequest request) {
		Locale taal = LocaleContextHolder.getLocale();
		HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
		String titel = berichten.getMessage("fout.413.titel", null, taal);
		String detail = berichten.getMessage("fout.413.detail", null, taal);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, detail);
			probleem.setTitle(titel);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
		}
		var pagina = new ModelAndView("fout", Map.of("status", status.value(), "titel", titel, "detail", detail));
		pagina.setStatus(status);
		return pagina;
	}

}
