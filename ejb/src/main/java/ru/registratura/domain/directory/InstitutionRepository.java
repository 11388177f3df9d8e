package ru.registratura.domain.directory;

import java.util.List;

public interface InstitutionRepository {

    /** All institutions of the region, by name, with their divisions loaded. */
    List<Institution> findAllWithDivisions();
}
