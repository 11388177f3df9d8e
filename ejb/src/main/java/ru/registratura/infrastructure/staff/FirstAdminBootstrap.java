package ru.registratura.infrastructure.staff;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import ru.registratura.application.StaffLoginService;

/**
 * Creates the region's first admin at the application's start when {@code server-config/create-admin.sh}
 * has asked for one: the user name in {@code registratura.staff.first-admin} (and the full name in
 * {@code registratura.staff.first-admin-name}), the password in the Payara password alias
 * {@code registratura-first-admin-password}, which Payara's password config source makes a config value.
 * The script removes both afterwards; there is no default admin and no default password.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdminBootstrap {

    private static final Logger LOG = Logger.getLogger(FirstAdminBootstrap.class.getName());

    @Inject
    Config config;

    @Inject
    StaffLoginService staff;

    @PostConstruct
    void createFirstAdmin() {
        Optional<String> username = config.getOptionalValue("registratura.staff.first-admin", String.class);
        if (username.isEmpty() || username.get().isBlank()) {
            return;
        }
        Optional<String> password = config.getOptionalValue("registratura-first-admin-password", String.class);
        if (password.isEmpty()) {
            LOG.severe("First admin: registratura.staff.first-admin is set but the password alias "
                    + "registratura-first-admin-password is not; nothing created");
            return;
        }
        String name = config.getOptionalValue("registratura.staff.first-admin-name", String.class).orElse(null);
        try {
            staff.createFirstAdmin(username.get(), name, password.get().toCharArray());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "First admin: could not be created", e);
        }
    }
}
