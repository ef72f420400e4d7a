// SPDX-License-Identifier: EUPL-1.2
package nl.helder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HelderApplication {

	public static void main(String[] args) {
		SpringApplication.run(HelderApplication.class, args);
	}

}
