package ru.registratura.domain.card;

/** Whom a card is for, seen from the account holder: the holder themselves or a relative. */
public enum Kinship {
    SELF, SON, DAUGHTER, WARD;

    public boolean relative() {
        return this != SELF;
    }
}
