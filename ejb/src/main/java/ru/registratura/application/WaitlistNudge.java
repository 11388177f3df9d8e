package ru.registratura.application;

/**
 * A slot may have become free for the waitlist (a cancellation, a move, an offer ended): after the transaction
 * commits, the waitlist's queue is run soon rather than at its next period.
 */
public record WaitlistNudge() {
}
