package ru.registratura.domain.directory;

/** The kind of a district (участок), and of the district specialty that serves it. */
public enum DistrictKind {
    THERAPEUTIC, PEDIATRIC, GENERAL_PRACTICE
}
