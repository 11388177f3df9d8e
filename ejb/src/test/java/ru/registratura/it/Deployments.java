package ru.registratura.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test archive: the EJB module's classes, its migrations and bundles (whole folders) and the libraries the EAR
 * carries.
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application(String name, Class<?>... tests) {
        WebArchive archive = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, "ru.registratura.domain", "ru.registratura.application",
                        "ru.registratura.infrastructure")
                .addClasses(tests)
                .addClasses(StaffFixtures.class, PatientFixtures.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
                .addAsLibraries(jarOf(Flyway.class), jarOf(PostgreSQLConfigurationExtension.class));
        // Whole folders, so that a new migration or bundle is in every test archive without a line here.
        addFolder(archive, "db/migration");
        addFolder(archive, "ru/registratura");
        return archive;
    }

    /** Every file under the folder of the module's resources, at the same path in the archive's classpath. */
    private static void addFolder(WebArchive archive, String folder) {
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(resources.resolve(folder))) {
            files.filter(Files::isRegularFile).forEach(file -> archive.addAsResource(file.toFile(),
                    resources.relativize(file).toString().replace(File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
