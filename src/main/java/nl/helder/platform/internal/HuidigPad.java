// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Gives pages the current path, so the menu can mark where the user is (aria-current). */
@Configuration(proxyBeanMethods = false)
class HuidigPad implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView pagina) {
				// Not for redirects: model attributes of a redirect become query parameters.
				if (pagina != null && pagina.getViewName() != null && !pagina.getViewName().startsWith("redirect:")) {
					pagina.addObject("huidigPad", request.getRequestURI().substring(request.getContextPath().length()));
				}
			}
		});
	}

}
