// SPDX-License-Identifier: EUPL-1.2
package nl.helder.register.internal;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.helder.register.ToepassingTab;

/** The register's own tabs on a toepassing's page: its data first, its versions last. */
@Configuration(proxyBeanMethods = false)
class RegisterTabs {

	@Bean
	ToepassingTab gegevensTab() {
		return tab("gegevens", "register.tab.gegevens", 0, "");
	}

	@Bean
	ToepassingTab versiesTab() {
		return tab("versies", "register.tab.versies", 1000, "/versies");
	}

	private static ToepassingTab tab(String sleutel, String titel, int volgorde, String achtervoegsel) {
		return new ToepassingTab() {

			@Override
			public String sleutel() {
				return sleutel;
			}

			@Override
			public String titel() {
				return titel;
			}

			@Override
			public int volgorde() {
				return volgorde;
			}

			@Override
			public String pad(UUID toepassingId) {
				return "/toepassingen/" + toepassingId + achtervoegsel;
			}

		};
	}

}
