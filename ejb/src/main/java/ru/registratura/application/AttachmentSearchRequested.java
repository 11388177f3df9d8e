package ru.registratura.application;

/** A card's attachment search is PENDING: observed after the transaction commits, never inside it. */
public record AttachmentSearchRequested(long cardId) {
}
