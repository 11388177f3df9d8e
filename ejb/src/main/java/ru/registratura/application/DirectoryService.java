package ru.registratura.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.directory.DirectoryRepository;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.InstitutionRepository;
import ru.registratura.domain.directory.Municipality;

/** Reading the region's directory for the public pages. */
@Stateless
public class DirectoryService {

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private DirectoryRepository directory;

    /** The region's institutions by name, each with its divisions. */
    public List<Institution> institutions() {
        return institutions.findAllWithDivisions();
    }

    /** The region's municipal districts in their order. */
    public List<Municipality> municipalities() {
        return directory.municipalities();
    }

    /** The doctors who receive patients, as the public pages show them, by name. */
    public List<PublicDoctor> doctors() {
        return directory.activeDoctors().stream().map(DirectoryService::publicDoctor).toList();
    }

    private static PublicDoctor publicDoctor(Doctor d) {
        Institution i = d.getInstitution();
        return new PublicDoctor(d.getId(), d.getFullName(), d.getSpecialty().getId(), d.getSpecialty().getName(),
                i.getId(), i.getShortName(), i.getMunicipality() == null ? null : i.getMunicipality().getId(),
                d.getDivision() == null ? null : d.getDivision().getName(), d.getCabinet());
    }
}
