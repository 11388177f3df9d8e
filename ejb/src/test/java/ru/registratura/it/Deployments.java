package ru.registratura.it;

import java.io.File;
import java.net.URISyntaxException;

import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The test archive: the EJB module's classes and resources with the libraries the EAR carries. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application(String name, Class<?>... tests) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, "ru.registratura.domain", "ru.registratura.application",
                        "ru.registratura.infrastructure")
                .addClasses(tests)
                .addClass(StaffFixtures.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("db/migration/V1__directory_and_scheduling.sql")
                .addAsResource("db/migration/V2__patient_accounts_and_audit.sql")
                .addAsResource("db/migration/V3__card_file_and_attachment.sql")
                .addAsResource("db/migration/V4__patient_messages.sql")
                .addAsResource("db/migration/V5__booking.sql")
                .addAsResource("db/migration/V6__appointment_reminders.sql")
                .addAsResource("db/migration/V7__staff_users.sql")
                .addAsResource("db/migration/V8__registry_bookings.sql")
                .addAsResource("db/migration/V9__schedule_changes.sql")
                .addAsResource("db/migration/V10__register_import.sql")
                .addAsResource("db/migration/V11__booking_api.sql")
                .addAsResource("ru/registratura/application/reminder.properties")
                .addAsResource("ru/registratura/application/reminder_ru.properties")
                .addAsResource("ru/registratura/application/reminder_en.properties")
                .addAsResource("ru/registratura/application/cancellation.properties")
                .addAsResource("ru/registratura/application/cancellation_ru.properties")
                .addAsResource("ru/registratura/application/cancellation_en.properties")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
                .addAsLibraries(jarOf(Flyway.class), jarOf(PostgreSQLConfigurationExtension.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
