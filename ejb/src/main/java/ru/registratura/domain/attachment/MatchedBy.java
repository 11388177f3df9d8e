package ru.registratura.domain.attachment;

/** How a card was matched to the register: by policy number first, else SNILS, else name and birth date. */
public enum MatchedBy {
    POLICY, SNILS, NAME
}
