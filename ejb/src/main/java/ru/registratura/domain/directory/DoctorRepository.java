package ru.registratura.domain.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface DoctorRepository {

    Doctor find(long id);

    /** Ids of the doctors who currently receive patients. */
    List<Long> findActiveIds();

    /** The specialties that have at least one doctor receiving patients, by name. */
    List<Specialty> specialtiesWithDoctors();

    /** The specialty's active doctors with their institutions, by institution and name. */
    List<Doctor> activeOf(long specialtyId);

    /** The active doctors of the institutions, by institution, specialty and name. */
    List<Doctor> activeAt(Collection<Long> institutionIds);

    /** The doctor with specialty and institution loaded. */
    Optional<Doctor> findWithInstitution(long id);
}
