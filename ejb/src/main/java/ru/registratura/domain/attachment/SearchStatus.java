package ru.registratura.domain.attachment;

/** Where a card's attachment search stands. */
public enum SearchStatus {
    /** Asked for; the background search has not finished yet. */
    PENDING,
    /** The register has an entry for the person. */
    FOUND,
    /** The register has no entry matching the card. */
    NOT_FOUND,
    /** The search could not run (the register was unreachable, say): the patient may retry. */
    FAILED
}
