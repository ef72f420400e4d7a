// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import nl.helder.shared.Openbaar;

/**
 * Errors that no controller handled: problem+json for the API, a Dutch page for people. Never a stack trace.
 */
@Controller
class FoutController implements ErrorController {

	private final MessageSource berichten;

	FoutController(MessageSource berichten) {
		this.berichten = berichten;
	}

	@Openbaar
	@RequestMapping("/error")
	Object fout(HttpServletRequest request) {
		HttpStatus status = status(request);
		String pad = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		Locale taal = LocaleContextHolder.getLocale();
		String titel = berichten.getMessage("fout." + status.value() + ".titel", null,
				berichten.getMessage("fout.titel", null, taal), taal);
		String detail = berichten.getMessage("fout." + status.value() + ".detail", null,
				berichten.getMessage("fout.detail", null, taal), taal);
		if (pad.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, detail);
			probleem.setTitle(titel);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
		}
		var pagina = new ModelAndView("fout", Map.of("status", status.value(), "titel", titel, "detail", detail));
		pagina.setStatus(status);
		return pagina;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer waarde) {
			HttpStatus status = HttpStatus.resolve(waarde);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
