package ru.registratura.infrastructure.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.directory.DirectoryRepository;
import ru.registratura.domain.directory.District;
import ru.registratura.domain.directory.Division;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Municipality;
import ru.registratura.domain.directory.Specialty;

@ApplicationScoped
public class JpaDirectoryRepository implements DirectoryRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public Optional<Institution> institution(long id) {
        return find(Institution.class, id);
    }

    @Override
    public Optional<Division> division(long id) {
        return find(Division.class, id);
    }

    @Override
    public Optional<District> district(long id) {
        return find(District.class, id);
    }

    @Override
    public Optional<Doctor> doctor(long id) {
        return find(Doctor.class, id);
    }

    @Override
    public Optional<Specialty> specialty(long id) {
        return find(Specialty.class, id);
    }

    private <T> Optional<T> find(Class<T> type, long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    @Override
    public List<District> districtsOf(long institutionId) {
        return em.createQuery("select d from District d left join fetch d.doctor where d.institution.id = :i",
                        District.class)
                .setParameter("i", institutionId)
                .getResultList().stream()
                .sorted(Comparator.comparing((District d) -> d.getNumber().length()).thenComparing(District::getNumber))
                .toList();
    }

    @Override
    public List<Doctor> doctorsOf(long institutionId) {
        return em.createQuery("select d from Doctor d join fetch d.specialty left join fetch d.division "
                        + "where d.institution.id = :i order by d.lastName, d.firstName, d.id", Doctor.class)
                .setParameter("i", institutionId)
                .getResultList();
    }

    @Override
    public List<Specialty> specialties() {
        return em.createQuery("select s from Specialty s order by s.name", Specialty.class).getResultList();
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    @Override
    public List<Doctor> activeDoctors() {
        return em.createQuery("select d from Doctor d join fetch d.specialty join fetch d.institution"
                + " left join fetch d.division where d.active = true order by d.lastName, d.firstName, d.id", Doctor.class)
                .getResultList();
    }

    @Override
    public List<Municipality> municipalities() {
        return em.createQuery("select m from Municipality m order by m.sortOrder, m.name", Municipality.class)
                .getResultList();
    }

    @Override
    public Optional<Municipality> municipality(long id) {
        return Optional.ofNullable(em.find(Municipality.class, id));
    }

    @Override
    public boolean municipalityNameTaken(String name, Long exceptId) {
        return em.createQuery("select count(m) from Municipality m where lower(m.name) = lower(:n) and m.id <> :id",
                        Long.class)
                .setParameter("n", name).setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
    }

    @Override
    public long institutionsIn(long municipalityId) {
        return em.createQuery("select count(i) from Institution i where i.municipality.id = :m", Long.class)
                .setParameter("m", municipalityId).getSingleResult();
    }

    @Override
    public void remove(Municipality municipality) {
        em.remove(municipality);
    }

    @Override
    public boolean omsCodeTaken(String code, Long exceptId) {
        return em.createQuery("select count(i) from Institution i where i.omsCode = :c and i.id <> :id",
                        Long.class)
                .setParameter("c", code).setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
    }

    @Override
    public boolean specialtyCodeTaken(String federalCode, Long exceptId) {
        return em.createQuery("select count(s) from Specialty s where s.federalCode = :c and s.id <> :id",
                        Long.class)
                .setParameter("c", federalCode).setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
    }

    @Override
    public boolean districtNumberTaken(long institutionId, String number, Long exceptId) {
        return em.createQuery("select count(d) from District d where d.institution.id = :i and d.number = :n "
                        + "and d.id <> :id", Long.class)
                .setParameter("i", institutionId).setParameter("n", number).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    @Override
    public long futureAppointments(long doctorId, Instant now) {
        return em.createQuery("select count(a) from Appointment a where a.slot.doctor.id = :d "
                        + "and a.status = ru.registratura.domain.scheduling.AppointmentStatus.BOOKED "
                        + "and a.slot.startsAt > :now", Long.class)
                .setParameter("d", doctorId).setParameter("now", now.atOffset(ZoneOffset.UTC)).getSingleResult();
    }

    @Override
    public int withdrawFreeSlots(long doctorId, Instant now) {
        return em.createNativeQuery("update slot set withdrawn = true, version = version + 1 where doctor_id = ? "
                        + "and appointment_id is null and withdrawn = false and starts_at > ?")
                .setParameter(1, doctorId).setParameter(2, now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
