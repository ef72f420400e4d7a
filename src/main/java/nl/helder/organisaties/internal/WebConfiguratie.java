// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.List;

import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.helder.shared.Aanvrager;
import nl.helder.shared.Aanvragers;

@Configuration(proxyBeanMethods = false)
class WebConfiguratie implements WebMvcConfigurer, ApplicationListener<ContextRefreshedEvent> {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ToegangsControle());
	}

	/** Controllers may ask for the caller as a parameter of type {@link Aanvrager}. */
	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return Aanvrager.class.equals(parameter.getParameterType());
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
					NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
				return Aanvragers.huidige().orElse(null);
			}
		});
	}

	/** A handler without an access rule stops the start: a forgotten rule must never mean "open to all". */
	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		event.getApplicationContext()
			.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach(mapping -> {
				List<String> fout = ToegangsControle.fouteRegels(mapping.getHandlerMethods());
				if (!fout.isEmpty()) {
					throw new IllegalStateException("Eindpunten zonder geldige toegangsregel: " + fout);
				}
			});
	}

}
