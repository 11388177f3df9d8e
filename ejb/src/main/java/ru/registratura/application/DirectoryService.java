package ru.registratura.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.InstitutionRepository;

/** Reading the region's directory for the public pages. */
@Stateless
public class DirectoryService {

    @Inject
    private InstitutionRepository institutions;

    /** The region's institutions by name, each with its divisions. */
    public List<Institution> institutions() {
        return institutions.findAllWithDivisions();
    }
}
