package ru.registratura.emulator.esia;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Faults switchable at run time on the emulator's admin page ({@code /admin}), to show how the portal
 * behaves when ESIA misbehaves: maintenance, slow answers, and errors or bad tokens from the token endpoint.
 */
@ApplicationScoped
public class FaultModes {

    /** What the token endpoint does instead of answering correctly. */
    public enum TokenFault {
        NONE("Отвечает правильно"),
        UNAVAILABLE("HTTP 503, сервис недоступен"),
        SERVER_ERROR("HTTP 500 без тела"),
        ESIA_ERROR("HTTP 400 с ошибкой ESIA-007007"),
        TAMPERED_ID_TOKEN("Маркер идентификации изменён после подписи"),
        FOREIGN_KEY("Маркер идентификации подписан чужим ключом"),
        WRONG_ISSUER("Неверный iss"),
        WRONG_AUDIENCE("Неверный aud"),
        EXPIRED("Просроченный маркер идентификации"),
        ALG_NONE("Маркер без подписи (alg: none)"),
        STATE_MISMATCH("В ответе другой state");

        private final String title;

        TokenFault(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private volatile boolean maintenance;
    private volatile long delayMillis;
    private volatile TokenFault tokenFault = TokenFault.NONE;

    public boolean maintenance() {
        return maintenance;
    }

    public long delayMillis() {
        return delayMillis;
    }

    public TokenFault tokenFault() {
        return tokenFault;
    }

    public void set(boolean maintenance, long delayMillis, TokenFault tokenFault) {
        this.maintenance = maintenance;
        this.delayMillis = Math.max(0, Math.min(delayMillis, 120_000));
        this.tokenFault = tokenFault;
    }

    /** Sleeps as long as the "slow responses" mode says. */
    public void delay() {
        long millis = delayMillis;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
