package ru.registratura.domain.directory;

/** A person's sex as ESIA and the OMS register record it. */
public enum Sex {
    M, F
}
