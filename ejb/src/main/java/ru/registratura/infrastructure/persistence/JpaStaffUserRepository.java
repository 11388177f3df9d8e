package ru.registratura.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.staff.StaffRole;
import ru.registratura.domain.staff.StaffUser;
import ru.registratura.domain.staff.StaffUserRepository;

@ApplicationScoped
public class JpaStaffUserRepository implements StaffUserRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public Optional<StaffUser> find(long id) {
        return Optional.ofNullable(em.find(StaffUser.class, id));
    }

    @Override
    public Optional<StaffUser> findForUpdate(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", StaffUser.normalize(username))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean anyAdmin() {
        return !em.createQuery("select u.id from StaffUser u join u.roles r where r = :admin and u.enabled = true and u.demo = false", Long.class)
                .setParameter("admin", StaffRole.ADMIN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<StaffUser> all() {
        return em.createQuery("select u from StaffUser u order by u.fullName, u.username", StaffUser.class).getResultList();
    }

    @Override
    public void store(StaffUser user) {
        if (user.getId() == null) {
            em.persist(user);
        }
    }
}
