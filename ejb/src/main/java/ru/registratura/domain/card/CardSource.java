package ru.registratura.domain.card;

/** Where a card's data came from: ESIA's person or child record («О себе», «Данные детей»), or typed by hand. */
public enum CardSource {
    ESIA, MANUAL
}
