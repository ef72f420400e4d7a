// SPDX-License-Identifier: EUPL-1.2
package nl.helder.organisaties.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import nl.helder.shared.Rol;

/** Roles as a sorted, comma-separated text column: one value, so the audit log sees before and after. */
@Converter
class RollenConverter implements AttributeConverter<Set<Rol>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Rol> rollen) {
		return rollen == null ? "" : rollen.stream().sorted().map(Rol::code).collect(Collectors.joining(","));
	}

	@Override
	public Set<Rol> convertToEntityAttribute(String kolom) {
		if (kolom == null || kolom.isBlank()) {
			return Set.of();
		}
		EnumSet<Rol> rollen = EnumSet.noneOf(Rol.class);
		Arrays.stream(kolom.split(",")).map(Rol::vanCode).forEach(r -> r.ifPresent(rollen::add));
		return Set.copyOf(rollen);
	}

}
