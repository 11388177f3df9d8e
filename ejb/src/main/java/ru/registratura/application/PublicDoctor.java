package ru.registratura.application;

import java.io.Serializable;

/**
 * A doctor as the public pages show them («Врачи», an institution's page): who, which specialty, where, which cabinet.
 * Values only, kept by {@link PublicContent} until the directory changes.
 */
public record PublicDoctor(long id, String fullName, long specialtyId, String specialty, long institutionId,
                           String institution, Long municipalityId, String division, String cabinet)
        implements Serializable {
}
