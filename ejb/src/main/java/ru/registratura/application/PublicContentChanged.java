package ru.registratura.application;

/**
 * An admin changed what the public pages show: the directory (institutions, divisions, districts, doctors,
 * specialties), the banners, the help centre's articles or the legal acts. Fired in the change's transaction; {@link PublicContent} drops its copy once the
 * transaction has committed.
 */
public record PublicContentChanged(What what) {

    public enum What {
        DIRECTORY,
        BANNERS,
        HELP,
        LEGAL_ACTS
    }
}
