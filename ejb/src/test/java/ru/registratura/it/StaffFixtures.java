package ru.registratura.it;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.EntityManager;

import ru.registratura.application.StaffActor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.staff.StaffRole;
import ru.registratura.domain.staff.StaffUser;

/** What the staff services' Arquillian tests set up alike: an institution of their own and its registry operator. */
final class StaffFixtures {

    private StaffFixtures() {
    }

    /** A new institution (in the caller's transaction). */
    static Institution institution(EntityManager em, String name) {
        Institution institution = new Institution("Тест " + name + " " + System.nanoTime(), name, "адрес",
                "+7 (3952) 00-00-00", PatientGroup.MIXED);
        em.persist(institution);
        return institution;
    }

    /** A new registry operator of the institution, as the services see them (in the caller's transaction). */
    static StaffActor operator(EntityManager em, Institution institution) {
        StaffUser user = new StaffUser("operator." + System.nanoTime(), "Оператор", "PBKDF2WithHmacSHA512:1:AA==:AA==",
                Set.of(StaffRole.REGISTRAR), Set.of(institution.getId()), Instant.now());
        em.persist(user);
        em.flush();
        return new StaffActor(user.getId(), user.getUsername(), user.getFullName(), user.getRoles(),
                user.getInstitutionIds(), "127.0.0.1");
    }
}
