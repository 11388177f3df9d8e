package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.FullName;
import ru.registratura.domain.card.InvalidValueException;
import ru.registratura.domain.directory.DirectoryFilter;
import ru.registratura.domain.directory.DirectoryRepository;
import ru.registratura.domain.directory.District;
import ru.registratura.domain.directory.DistrictKind;
import ru.registratura.domain.directory.Division;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.InstitutionRepository;
import ru.registratura.domain.directory.Municipality;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.directory.Sex;
import ru.registratura.domain.directory.Specialty;

/**
 * The region's directory kept by admins: institutions (with their code for the register file), their
 * divisions and districts, doctors, and specialties with their age and sex limits. Each form is checked whole
 * (message keys {@code directory.error.<key>}) and refused with every wrong field, changing nothing; each
 * change is audited. A doctor with booked future appointments cannot stop receiving patients (cancel them by an
 * absence first); one who stops has their free slots withdrawn at once.
 */
@Stateless
public class DirectoryAdminService {

    @Inject
    Event<PublicContentChanged> changes;

    @Inject
    DirectoryRepository directory;

    @Inject
    InstitutionRepository institutions;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    public record InstitutionForm(String name, String shortName, String address, String phone, PatientGroup patients,
                                  String omsCode, Long municipalityId, String workingHours) implements Serializable {
    }

    public record DivisionForm(String name, String address, String phone) implements Serializable {
    }

    public record DistrictForm(String number, DistrictKind kind, Long doctorId) implements Serializable {
    }

    public record DoctorForm(String lastName, String firstName, String middleName, Long specialtyId, Long divisionId,
                             String cabinet, boolean active, boolean referralRequired) implements Serializable {
    }

    public record SpecialtyForm(String federalCode, String name, Integer minAge, Integer maxAge, Sex sex,
                                DistrictKind districtKind, boolean referralRequired) implements Serializable {
    }

    public List<Institution> institutions(StaffActor admin) {
        requireAdmin(admin);
        return institutions.findAllWithDivisions();
    }

    /** A page of the institutions the filter selects, for the directory's lazy table. */
    public List<Institution> institutions(StaffActor admin, DirectoryFilter filter, int first, int max) {
        requireAdmin(admin);
        return directory.institutions(filter, first, max);
    }

    public long countInstitutions(StaffActor admin, DirectoryFilter filter) {
        requireAdmin(admin);
        return directory.countInstitutions(filter);
    }

    /** A page of an institution's doctors the filter selects. */
    public List<Doctor> doctors(StaffActor admin, long institutionId, DirectoryFilter filter, int first, int max) {
        requireAdmin(admin);
        return directory.doctorsOf(institutionId, filter, first, max);
    }

    public long countDoctors(StaffActor admin, long institutionId, DirectoryFilter filter) {
        requireAdmin(admin);
        return directory.countDoctorsOf(institutionId, filter);
    }

    /** A page of the specialties the filter selects. */
    public List<Specialty> specialties(StaffActor admin, DirectoryFilter filter, int first, int max) {
        requireAdmin(admin);
        return directory.specialties(filter, first, max);
    }

    public long countSpecialties(StaffActor admin, DirectoryFilter filter) {
        requireAdmin(admin);
        return directory.countSpecialties(filter);
    }

    public Optional<Institution> institution(StaffActor admin, long id) {
        requireAdmin(admin);
        return directory.institution(id);
    }

    public List<District> districts(StaffActor admin, long institutionId) {
        requireAdmin(admin);
        return directory.districtsOf(institutionId);
    }

    public List<Doctor> doctors(StaffActor admin, long institutionId) {
        requireAdmin(admin);
        return directory.doctorsOf(institutionId);
    }

    public Optional<Doctor> doctor(StaffActor admin, long id) {
        requireAdmin(admin);
        return directory.doctor(id);
    }

    public List<Specialty> specialties(StaffActor admin) {
        requireAdmin(admin);
        return directory.specialties();
    }

    public Optional<Specialty> specialty(StaffActor admin, long id) {
        requireAdmin(admin);
        return directory.specialty(id);
    }

    /** Adds (id null) or changes an institution; returns its id. */
    public long saveInstitution(StaffActor admin, Long id, InstitutionForm form) {
        requireAdmin(admin);
        Institution institution = id == null ? null : directory.institution(id).orElseThrow(() -> notFound("institution"));
        List<FieldError> errors = new ArrayList<>();
        String name = DirectoryFields.text(form.name(), "name", 300, true, errors);
        String shortName = DirectoryFields.text(form.shortName(), "shortName", 120, true, errors);
        String address = DirectoryFields.text(form.address(), "address", 300, true, errors);
        String phone = DirectoryFields.text(form.phone(), "phone", 60, true, errors);
        if (form.patients() == null) {
            errors.add(new FieldError("patients", "directory.error.required"));
        }
        String hours = DirectoryFields.text(form.workingHours(), "workingHours", 300, false, errors);
        Municipality municipality = form.municipalityId() == null ? null
                : directory.municipality(form.municipalityId()).orElseThrow(() -> notFound("municipality"));
        String code = DirectoryFields.text(form.omsCode(), "omsCode", 6, false, errors);
        if (code != null && !code.matches("\\d{6}")) {
            errors.add(new FieldError("omsCode", "directory.error.omsCode"));
        } else if (code != null && directory.omsCodeTaken(code, id)) {
            errors.add(new FieldError("omsCode", "directory.error.omsCode.taken"));
        }
        DirectoryFields.check(errors);
        if (institution == null) {
            institution = new Institution(name, shortName, address, phone, form.patients());
            institution.change(name, shortName, address, phone, form.patients(), code);
            directory.add(institution);
        } else {
            institution.change(name, shortName, address, phone, form.patients(), code);
        }
        institution.place(municipality, hours);
        record(admin, "institution " + institution.getId() + (id == null ? " added" : " changed"));
        return institution.getId();
    }

    public long saveDivision(StaffActor admin, long institutionId, Long id, DivisionForm form) {
        requireAdmin(admin);
        Institution institution = directory.institution(institutionId).orElseThrow(() -> notFound("institution"));
        Division division = id == null ? null : directory.division(id)
                .filter(d -> d.getInstitution().getId().equals(institutionId)).orElseThrow(() -> notFound("division"));
        List<FieldError> errors = new ArrayList<>();
        String name = DirectoryFields.text(form.name(), "divisionName", 300, true, errors);
        String address = DirectoryFields.text(form.address(), "divisionAddress", 300, false, errors);
        String phone = DirectoryFields.text(form.phone(), "divisionPhone", 60, false, errors);
        DirectoryFields.check(errors);
        if (division == null) {
            division = new Division(institution, name, address, phone);
            directory.add(division);
        } else {
            division.change(name, address, phone);
        }
        record(admin, "division " + division.getId() + " of institution " + institutionId + (id == null ? " added" : " changed"));
        return division.getId();
    }

    public long saveDistrict(StaffActor admin, long institutionId, Long id, DistrictForm form) {
        requireAdmin(admin);
        Institution institution = directory.institution(institutionId).orElseThrow(() -> notFound("institution"));
        District district = id == null ? null : directory.district(id)
                .filter(d -> d.getInstitution().getId().equals(institutionId)).orElseThrow(() -> notFound("district"));
        List<FieldError> errors = new ArrayList<>();
        String number = DirectoryFields.text(form.number(), "districtNumber", 10, true, errors);
        if (number != null && directory.districtNumberTaken(institutionId, number, id)) {
            errors.add(new FieldError("districtNumber", "directory.error.district.taken"));
        }
        if (form.kind() == null) {
            errors.add(new FieldError("districtKind", "directory.error.required"));
        }
        Doctor doctor = null;
        if (form.doctorId() != null) {
            doctor = directory.doctor(form.doctorId())
                    .filter(d -> d.getInstitution().getId().equals(institutionId) && d.isActive()).orElse(null);
            if (doctor == null) {
                errors.add(new FieldError("districtDoctor", "directory.error.doctor.elsewhere"));
            }
        }
        DirectoryFields.check(errors);
        if (district == null) {
            district = new District(institution, number, form.kind(), doctor);
            directory.add(district);
        } else {
            district.change(number, form.kind(), doctor);
        }
        record(admin, "district " + district.getId() + " of institution " + institutionId + (id == null ? " added" : " changed"));
        return district.getId();
    }

    public long saveDoctor(StaffActor admin, long institutionId, Long id, DoctorForm form) {
        requireAdmin(admin);
        Institution institution = directory.institution(institutionId).orElseThrow(() -> notFound("institution"));
        Doctor doctor = id == null ? null : directory.doctor(id)
                .filter(d -> d.getInstitution().getId().equals(institutionId)).orElseThrow(() -> notFound("doctor"));
        List<FieldError> errors = new ArrayList<>();
        FullName name = null;
        try {
            name = new FullName(form.lastName(), form.firstName(), form.middleName());
        } catch (InvalidValueException e) {
            String field = e.key().startsWith("name.last") ? "lastName" : e.key().startsWith("name.first") ? "firstName"
                    : "middleName";
            errors.add(new FieldError(field, "card.error." + e.key()));
        }
        Specialty specialty = form.specialtyId() == null ? null : directory.specialty(form.specialtyId()).orElse(null);
        if (specialty == null) {
            errors.add(new FieldError("specialty", "directory.error.required"));
        }
        Division division = null;
        if (form.divisionId() != null) {
            division = directory.division(form.divisionId())
                    .filter(d -> d.getInstitution().getId().equals(institutionId)).orElse(null);
            if (division == null) {
                errors.add(new FieldError("division", "directory.error.division.elsewhere"));
            }
        }
        String cabinet = DirectoryFields.text(form.cabinet(), "cabinet", 20, true, errors);
        if (doctor != null && doctor.isActive() && !form.active()) {
            long booked = directory.futureAppointments(doctor.getId(), clock.instant());
            if (booked > 0) {
                errors.add(new FieldError("active", "directory.error.doctor.booked", List.of(booked)));
            }
        }
        DirectoryFields.check(errors);
        if (doctor == null) {
            doctor = new Doctor(institution, specialty, name.lastName(), name.firstName(), name.middleName(), cabinet);
            doctor.change(specialty, division, name.lastName(), name.firstName(), name.middleName(), cabinet, form.active());
            doctor.setReferralRequired(form.referralRequired());
            directory.add(doctor);
        } else {
            boolean stops = doctor.isActive() && !form.active();
            doctor.change(specialty, division, name.lastName(), name.firstName(), name.middleName(), cabinet, form.active());
            doctor.setReferralRequired(form.referralRequired());
            if (stops) {
                directory.withdrawFreeSlots(doctor.getId(), clock.instant());
            }
        }
        record(admin, "doctor " + doctor.getId() + " of institution " + institutionId + (id == null ? " added" : " changed")
                + (form.active() ? "" : ", not receiving"));
        return doctor.getId();
    }

    public long saveSpecialty(StaffActor admin, Long id, SpecialtyForm form) {
        requireAdmin(admin);
        Specialty specialty = id == null ? null : directory.specialty(id).orElseThrow(() -> notFound("specialty"));
        List<FieldError> errors = new ArrayList<>();
        String code = DirectoryFields.text(form.federalCode(), "federalCode", 10, true, errors);
        if (code != null && directory.specialtyCodeTaken(code, id)) {
            errors.add(new FieldError("federalCode", "directory.error.federalCode.taken"));
        }
        String name = DirectoryFields.text(form.name(), "name", 200, true, errors);
        DirectoryFields.age(form.minAge(), "minAge", errors);
        DirectoryFields.age(form.maxAge(), "maxAge", errors);
        if (form.minAge() != null && form.maxAge() != null && form.minAge() > form.maxAge()) {
            errors.add(new FieldError("maxAge", "directory.error.age.order"));
        }
        DirectoryFields.check(errors);
        if (specialty == null) {
            specialty = new Specialty(code, name, form.minAge(), form.maxAge(), form.sex(), form.districtKind());
            specialty.setReferralRequired(form.referralRequired());
            directory.add(specialty);
        } else {
            specialty.change(code, name, form.minAge(), form.maxAge(), form.sex(), form.districtKind());
            specialty.setReferralRequired(form.referralRequired());
        }
        record(admin, "specialty " + specialty.getId() + (id == null ? " added" : " changed"));
        return specialty.getId();
    }

    private static StaffAccessDeniedException notFound(String what) {
        return new StaffAccessDeniedException(what);
    }

    /** A change made: audited, and the public pages' copy of the directory dropped once it has committed. */
    private void record(StaffActor admin, String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.DIRECTORY_CHANGED, AuditOutcome.SUCCESS,
                admin.userId(), admin.username(), admin.remoteAddress(), null, detail));
        changes.fire(new PublicContentChanged(PublicContentChanged.What.DIRECTORY));
    }

    private static void requireAdmin(StaffActor actor) {
        if (!actor.admin()) {
            throw new StaffAccessDeniedException("directory");
        }
    }
}
