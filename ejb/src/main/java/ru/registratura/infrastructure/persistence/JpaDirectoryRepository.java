package ru.registratura.infrastructure.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.registratura.domain.directory.DirectoryFilter;
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

    private static final Map<String, String> INSTITUTION_ORDERS = Map.of("shortName", "i.shortName", "omsCode", "i.omsCode",
            "name", "i.name");
    private static final String INSTITUTION_TEXT = "(lower(i.shortName) like :text escape '\\' "
            + "or lower(i.name) like :text escape '\\' or lower(i.omsCode) like :text escape '\\')";
    private static final Map<String, String> DOCTOR_ORDERS = Map.of("name", "d.lastName, d.firstName", "specialty",
            "sp.name", "cabinet", "d.cabinet");
    private static final String DOCTOR_TEXT = "(lower(d.lastName) like :text escape '\\' "
            + "or lower(d.firstName) like :text escape '\\' or lower(sp.name) like :text escape '\\' "
            + "or lower(d.cabinet) like :text escape '\\')";
    private static final Map<String, String> SPECIALTY_ORDERS = Map.of("name", "s.name", "federalCode", "s.federalCode");
    private static final String SPECIALTY_TEXT = "(lower(s.name) like :text escape '\\' "
            + "or lower(s.federalCode) like :text escape '\\')";

    @Override
    public List<Institution> institutions(DirectoryFilter filter, int first, int max) {
        return page(em.createQuery("select i from Institution i " + where(filter, INSTITUTION_TEXT, null)
                + orderBy(filter, INSTITUTION_ORDERS, "i.shortName", "i.id"), Institution.class), filter, first, max);
    }

    @Override
    public long countInstitutions(DirectoryFilter filter) {
        return bound(em.createQuery("select count(i) from Institution i " + where(filter, INSTITUTION_TEXT, null),
                Long.class), filter).getSingleResult();
    }

    @Override
    public List<Doctor> doctorsOf(long institutionId, DirectoryFilter filter, int first, int max) {
        return page(em.createQuery("select d from Doctor d join fetch d.specialty sp left join fetch d.division "
                        + where(filter, DOCTOR_TEXT, "d.institution.id = :institution and ")
                        + orderBy(filter, DOCTOR_ORDERS, "d.lastName, d.firstName", "d.id"), Doctor.class)
                .setParameter("institution", institutionId), filter, first, max);
    }

    @Override
    public long countDoctorsOf(long institutionId, DirectoryFilter filter) {
        return bound(em.createQuery("select count(d) from Doctor d join d.specialty sp "
                + where(filter, DOCTOR_TEXT, "d.institution.id = :institution and "), Long.class)
                .setParameter("institution", institutionId), filter).getSingleResult();
    }

    @Override
    public List<Specialty> specialties(DirectoryFilter filter, int first, int max) {
        return page(em.createQuery("select s from Specialty s " + where(filter, SPECIALTY_TEXT, null)
                + orderBy(filter, SPECIALTY_ORDERS, "s.name", "s.id"), Specialty.class), filter, first, max);
    }

    @Override
    public long countSpecialties(DirectoryFilter filter) {
        return bound(em.createQuery("select count(s) from Specialty s " + where(filter, SPECIALTY_TEXT, null),
                Long.class), filter).getSingleResult();
    }

    /** {@code where} of a list: the fixed condition ending in "and", then the text's. */
    private static String where(DirectoryFilter filter, String text, String fixed) {
        String condition = (fixed == null ? "" : fixed) + (filter.pattern() == null ? "" : text + " and ");
        return condition.isEmpty() ? "" : "where " + condition.substring(0, condition.length() - " and ".length()) + " ";
    }

    /**
     * {@code order by} the column chosen among the list's own (never a text from the request), then by id; a column
     * left empty (an OMS code, a room) sorts last either way.
     */
    private static String orderBy(DirectoryFilter filter, Map<String, String> orders, String byDefault, String id) {
        String columns = filter.sortBy() == null ? null : orders.get(filter.sortBy());
        if (columns == null) {
            return "order by " + byDefault + ", " + id;
        }
        String direction = filter.descending() ? " desc nulls last" : " nulls last";
        return "order by " + String.join(direction + ", ", columns.split(", ")) + direction + ", " + id
                + (filter.descending() ? " desc" : "");
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, DirectoryFilter filter) {
        if (filter.pattern() != null) {
            query.setParameter("text", filter.pattern());
        }
        return query;
    }

    private static <T> List<T> page(TypedQuery<T> query, DirectoryFilter filter, int first, int max) {
        return bound(query, filter).setFirstResult(first).setMaxResults(max).getResultList();
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
        return em.createNativeQuery("update slot set withdrawn = true, held_by = null, held_until = null, version = version + 1 where doctor_id = ? "
                        + "and appointment_id is null and withdrawn = false and starts_at > ?")
                .setParameter(1, doctorId).setParameter(2, now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
