package ru.registratura.infrastructure.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one clock of the application; services take time from it so that tests can fix it. */
@ApplicationScoped
public class ClockProducer {

    // Dependent scope: java.time.Clock cannot be proxied by CDI.
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
