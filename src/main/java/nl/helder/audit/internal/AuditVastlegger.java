// SPDX-License-Identifier: EUPL-1.2
package nl.helder.audit.internal;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

import nl.helder.shared.Aanvrager;
import nl.helder.shared.Aanvragers;
import nl.helder.shared.HoortBijOrganisatie;
import nl.helder.shared.Vertrouwelijk;

/**
 * Hooks into Hibernate so that no module can forget the audit log: every insert, update and delete of an entity is
 * written to audit.gebeurtenis on the same connection, so the entry commits or rolls back with the change itself.
 */
@Component
class AuditVastlegger implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	static final String VERBORGEN = "[verborgen]";

	private final EntityManagerFactory entityManagerFactory;

	private final AuditOpslag opslag;

	private final Map<Class<?>, Set<String>> vertrouwelijkeVelden = new ConcurrentHashMap<>();

	AuditVastlegger(EntityManagerFactory entityManagerFactory, AuditOpslag opslag) {
		this.entityManagerFactory = entityManagerFactory;
		this.opslag = opslag;
	}

	@PostConstruct
	void registreer() {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		vastleggen(event.getEntity(), event.getId(), Actie.AANGEMAAKT, null,
				toestand(event.getPersister(), event.getEntity(), event.getState()));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		Object entiteit = event.getEntity();
		vastleggen(entiteit, event.getId(), Actie.GEWIJZIGD,
				event.getOldState() == null ? null : toestand(event.getPersister(), entiteit, event.getOldState()),
				toestand(event.getPersister(), entiteit, event.getState()));
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		vastleggen(event.getEntity(), event.getId(), Actie.VERWIJDERD,
				toestand(event.getPersister(), event.getEntity(), event.getDeletedState()), null);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void vastleggen(Object entiteit, Object id, Actie actie, Map<String, Object> voor, Map<String, Object> na) {
		Aanvrager aanvrager = Aanvragers.huidige().orElse(null);
		String organisatie = entiteit instanceof HoortBijOrganisatie eigen ? eigen.organisatieCode()
				: aanvrager == null ? null : aanvrager.organisatieCode();
		opslag.voegToe(new AuditOpslag.NieuweGebeurtenis(aanvrager == null ? "systeem" : aanvrager.actorType(),
				aanvrager == null ? "systeem" : aanvrager.actorId(),
				aanvrager == null ? "Helder (systeem)" : aanvrager.weergavenaam(), organisatie,
				entiteit.getClass().getSimpleName(), String.valueOf(id), actie, voor, na, MDC.get("requestId")));
	}

	private Map<String, Object> toestand(EntityPersister persister, Object entiteit, Object[] waarden) {
		String[] namen = persister.getPropertyNames();
		Set<String> geheim = vertrouwelijkeVelden.computeIfAbsent(entiteit.getClass(), AuditVastlegger::geheim);
		Map<String, Object> toestand = new LinkedHashMap<>();
		for (int i = 0; i < namen.length; i++) {
			Object waarde = waarden[i];
			toestand.put(namen[i], geheim.contains(namen[i]) && waarde != null ? VERBORGEN : waarde);
		}
		return toestand;
	}

	private static Set<String> geheim(Class<?> type) {
		Set<String> namen = ConcurrentHashMap.newKeySet();
		ReflectionUtils.doWithFields(type, (Field veld) -> namen.add(veld.getName()),
				veld -> veld.isAnnotationPresent(Vertrouwelijk.class));
		return Set.copyOf(namen);
	}

}
