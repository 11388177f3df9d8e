package ru.registratura.infrastructure.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.staff.StaffLoginLock;
import ru.registratura.domain.staff.StaffLoginLockRepository;
import ru.registratura.domain.staff.StaffUser;

@ApplicationScoped
public class JpaStaffLoginLockRepository implements StaffLoginLockRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public Optional<StaffLoginLock> find(String username, String remoteAddress) {
        return Optional.ofNullable(em.find(StaffLoginLock.class,
                new StaffLoginLock.Key(StaffUser.normalize(username), remoteAddress == null ? "" : remoteAddress)));
    }

    @Override
    public void store(StaffLoginLock lock) {
        if (!em.contains(lock)) {
            em.persist(lock);
        }
    }

    @Override
    public void remove(StaffLoginLock lock) {
        em.remove(lock);
    }

    @Override
    public void clear(String username) {
        em.createQuery("delete from StaffLoginLock l where l.username = :username")
                .setParameter("username", StaffUser.normalize(username))
                .executeUpdate();
    }

    @Override
    public Map<String, Instant> lockedNow(Instant now) {
        Map<String, Instant> locked = new HashMap<>();
        for (Object[] row : em.createQuery("select l.username, max(l.lockedUntil) from StaffLoginLock l "
                        + "where l.lockedUntil > :now group by l.username", Object[].class)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList()) {
            locked.put((String) row[0], ((OffsetDateTime) row[1]).toInstant());
        }
        return locked;
    }
}
