package ru.registratura.emulator.esia;

import java.util.Optional;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The emulator logs anybody in as any test person: it must never run beside a real portal. It starts only on a
 * domain that says it is for development or tests ({@code esia.emulator.development=true}, which the launcher sets
 * on its dev, test and bench domains); anywhere else its deployment fails with the reason.
 */
@WebListener
public class DevelopmentOnly implements ServletContextListener {

    static final String FLAG = "esia.emulator.development";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        require(ConfigProvider.getConfig().getOptionalValue(FLAG, Boolean.class));
    }

    static void require(Optional<Boolean> development) {
        if (!development.orElse(false)) {
            throw new IllegalStateException("The ESIA emulator is for development and tests only and refuses to start: "
                    + "this domain does not set " + FLAG + "=true (./registratura run, test and bench set it)");
        }
    }
}
