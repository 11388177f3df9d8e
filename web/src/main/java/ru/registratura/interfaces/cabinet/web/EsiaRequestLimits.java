package ru.registratura.interfaces.cabinet.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.application.RateWindows;

/**
 * What one client address may cost the ESIA login, in memory on this server. Starting a login makes a session and a
 * signature: at most {@code registratura.esia.login.per-address-per-minute} requests to {@code /auth/esia/login} a
 * minute (a login takes two). A failed callback (ESIA's error, a forged or replayed one) and a refused consent are
 * each written to the audit trail and the log once per address in {@code registratura.esia.callback.failure-window-
 * seconds} (ten minutes); their repeats are answered the same but not written, so that anyone's loop cannot fill
 * the audit trail. An address that is not known (an unlisted proxy's) is never limited.
 */
@ApplicationScoped
public class EsiaRequestLimits {

    @Inject
    @ConfigProperty(name = "registratura.esia.login.per-address-per-minute", defaultValue = "60")
    int loginsPerMinute;

    @Inject
    @ConfigProperty(name = "registratura.esia.callback.failure-window-seconds", defaultValue = "600")
    int failureWindowSeconds;

    @Inject
    Clock clock;

    private RateWindows logins;
    private RateWindows refusals;
    private RateWindows failures;

    @PostConstruct
    void init() {
        logins = new RateWindows(loginsPerMinute, Duration.ofMinutes(1));
        refusals = new RateWindows(1, Duration.ofSeconds(failureWindowSeconds));
        failures = new RateWindows(1, Duration.ofSeconds(failureWindowSeconds));
    }

    /** Counts a request to start or complete a login; over the limit it is refused. */
    public RateWindows.Answer login(String knownAddress) {
        return knownAddress == null ? RateWindows.Answer.WITHIN : logins.hit(knownAddress, clock.instant());
    }

    /** Whether a consent refusal from the address is to be recorded (the first in its window). */
    public boolean recordRefusal(String knownAddress) {
        return knownAddress == null || refusals.hit(knownAddress, clock.instant()) == RateWindows.Answer.WITHIN;
    }

    /** Whether a failed callback (ESIA's error, a forged or replayed one) from the address is to be recorded. */
    public boolean recordFailure(String knownAddress) {
        return knownAddress == null || failures.hit(knownAddress, clock.instant()) == RateWindows.Answer.WITHIN;
    }
}
