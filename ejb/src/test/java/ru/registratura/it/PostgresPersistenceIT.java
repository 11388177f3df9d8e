package ru.registratura.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.registratura.application.DirectoryService;
import ru.registratura.domain.content.Banner;
import ru.registratura.domain.content.BannerRepository;
import ru.registratura.domain.directory.Division;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.infrastructure.migration.DatabaseMigration;

/** The schema and the repositories on the PostgreSQL that the test command says the suite runs on. */
@ExtendWith(ArquillianExtension.class)
class PostgresPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("persistence-it", PostgresPersistenceIT.class);
    }

    @PersistenceContext(unitName = "registratura")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    DatabaseMigration migration;

    @Inject
    DirectoryService directory;

    @Inject
    BannerRepository banners;

    @Test
    void theDatabaseIsPostgresqlWithEveryMigrationApplied() {
        String version = (String) em.createNativeQuery("select version()").getSingleResult();
        assertTrue(version.startsWith("PostgreSQL"), version);
        assertTrue(migration.status().isApplied(), migration.status().toString());
        Number failed = (Number) em.createNativeQuery(
                "select count(*) from flyway_schema_history where success = false").getSingleResult();
        assertEquals(0, failed.intValue());
        Number applied = (Number) em.createNativeQuery(
                "select count(*) from flyway_schema_history where version = '1' and success").getSingleResult();
        assertEquals(1, applied.intValue());
        // The tabs' unread counts are read from their partial index alone (V27).
        String unread = (String) em.createNativeQuery(
                "select indexdef from pg_indexes where indexname = 'patient_message_unread_idx'").getSingleResult();
        assertTrue(unread.endsWith("INCLUDE (id) WHERE (read_at IS NULL)"), unread);
    }

    @Test
    void institutionsAreListedByNameWithTheirDivisions() throws Exception {
        tx.begin();
        Institution institution = new Institution("ААА Тестовая поликлиника " + System.nanoTime(), "Тест",
                "г. Иркутск, ул. Тестовая, 1", "+7 (3952) 00-00-00", PatientGroup.MIXED);
        em.persist(institution);
        em.persist(new Division(institution, "Отделение Б", null, null));
        em.persist(new Division(institution, "Отделение А", "ул. Другая, 2", "+7 (3952) 00-00-01"));
        tx.commit();
        em.clear();

        List<Institution> all = directory.institutions();
        Institution found = all.stream().filter(i -> i.getId().equals(institution.getId())).findFirst().orElseThrow();
        assertEquals(List.of("Отделение А", "Отделение Б"),
                found.getDivisions().stream().map(Division::getName).toList());
        assertEquals(all.size(), all.stream().map(Institution::getId).distinct().count(), "each institution once");
        assertTrue(all.indexOf(found) < all.size() - 1, "«ААА…» sorts before the others by name");
        assertEquals(found.getName(), all.stream().map(Institution::getName)
                .filter(n -> n.startsWith("ААА")).findFirst().orElseThrow());
    }

    @Test
    void bannersAreShownOnlyWithinTheirPeriodAndInOrder() throws Exception {
        LocalDate day = LocalDate.of(2030, 3, 1);
        tx.begin();
        banners.store(new Banner("second", "b", null, null, day, day, 2));
        banners.store(new Banner("first", "a", null, null, day.minusDays(5), null, 1));
        banners.store(new Banner("expired", "c", null, null, day.minusDays(5), day.minusDays(1), 0));
        banners.store(new Banner("future", "d", null, null, day.plusDays(1), null, 0));
        tx.commit();
        try {
            List<String> shown = banners.findShownOn(day).stream().map(Banner::getTitle)
                    .filter(t -> List.of("first", "second", "expired", "future").contains(t)).toList();
            assertEquals(List.of("first", "second"), shown);
        } finally {
            // Banners without an end would show on the home page from 2030 on and change what other tests see.
            tx.begin();
            banners.all().stream().filter(b -> List.of("first", "second", "expired", "future").contains(b.getTitle()))
                    .forEach(banners::remove);
            tx.commit();
        }
    }
}
