package ru.registratura.domain.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The region's directory as admins keep it: every institution, division, district, doctor and specialty. */
public interface DirectoryRepository {

    Optional<Institution> institution(long id);

    Optional<Division> division(long id);

    Optional<District> district(long id);

    Optional<Doctor> doctor(long id);

    Optional<Specialty> specialty(long id);

    /** The institution's districts by number (numbers as text sort by length, then value: 2 before 11). */
    List<District> districtsOf(long institutionId);

    /** The institution's doctors, inactive ones too, by name. */
    List<Doctor> doctorsOf(long institutionId);

    /** Every specialty, by name. */
    List<Specialty> specialties();

    /** A page of the institutions the filter selects (by short name, or short name / OMS code / name). */
    List<Institution> institutions(DirectoryFilter filter, int first, int max);

    long countInstitutions(DirectoryFilter filter);

    /** A page of an institution's doctors (inactive too) the filter selects (by name, or name / specialty / cabinet). */
    List<Doctor> doctorsOf(long institutionId, DirectoryFilter filter, int first, int max);

    long countDoctorsOf(long institutionId, DirectoryFilter filter);

    /** A page of the specialties the filter selects (by name, or name / federal code). */
    List<Specialty> specialties(DirectoryFilter filter, int first, int max);

    long countSpecialties(DirectoryFilter filter);

    void add(Object entity);

    /** Every doctor who receives patients, with specialty, institution and division, by name. */
    List<Doctor> activeDoctors();

    /** The region's municipal districts in their order. */
    List<Municipality> municipalities();

    Optional<Municipality> municipality(long id);

    boolean municipalityNameTaken(String name, Long exceptId);

    /** How many institutions name the municipal district. */
    long institutionsIn(long municipalityId);

    void remove(Municipality municipality);

    /** Whether another institution (not {@code exceptId}) has this code. */
    boolean omsCodeTaken(String code, Long exceptId);

    boolean specialtyCodeTaken(String federalCode, Long exceptId);

    boolean districtNumberTaken(long institutionId, String number, Long exceptId);

    /** How many booked appointments of the doctor start after {@code now}. */
    long futureAppointments(long doctorId, Instant now);

    /** Withdraws the doctor's free slots after {@code now} (a doctor who stops receiving patients); returns how many. */
    int withdrawFreeSlots(long doctorId, Instant now);
}
