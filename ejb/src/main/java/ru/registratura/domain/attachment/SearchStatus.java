package ru.registratura.domain.attachment;

/** Where a card's attachment search stands. */
public enum SearchStatus {
    /** Asked for; the background search has not finished yet. */
    PENDING,
    /** The register has an entry for the person. */
    FOUND,
    /** The register has no entry matching the card. */
    NOT_FOUND,
    /**
     * The register has an entry with the card's name and birth date only, and the card was typed by hand: any
     * namesake would match, so nothing of the entry is kept or shown; the patient is asked to call the registry.
     */
    NAME_ONLY,
    /** The search could not run (the register was unreachable, say): the patient may retry. */
    FAILED
}
