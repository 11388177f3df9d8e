package ru.registratura.infrastructure.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.attachment.RegisterImport;
import ru.registratura.domain.attachment.RegisterImportRepository;
import ru.registratura.domain.attachment.RegisterRejection;

@ApplicationScoped
public class JpaRegisterImportRepository implements RegisterImportRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public void add(RegisterImport started) {
        em.persist(started);
        em.flush();
    }

    @Override
    public Optional<RegisterImport> find(long id) {
        RegisterImport found = em.find(RegisterImport.class, id);
        if (found != null) {
            em.refresh(found);
        }
        return Optional.ofNullable(found);
    }

    @Override
    public List<RegisterImport> latest(int limit) {
        return em.createQuery("select i from RegisterImport i order by i.startedAt desc, i.id desc", RegisterImport.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<RegisterRejection> rejections(long importId, int limit) {
        List<?> rows = em.createNativeQuery("select line_number, reason, argument from register_import_rejection "
                        + "where import_id = ? order by line_number")
                .setParameter(1, importId)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new RegisterRejection(((Number) r[0]).intValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    @Override
    public List<RegisterRejection> rejections(long importId, String reason, int offset, int limit) {
        var query = em.createNativeQuery("select line_number, reason, argument from register_import_rejection "
                        + "where import_id = ?" + (reason == null ? "" : " and reason = ?") + " order by line_number "
                        + "limit " + Math.max(0, limit) + " offset " + Math.max(0, offset))
                .setParameter(1, importId);
        if (reason != null) {
            query.setParameter(2, reason);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new RegisterRejection(((Number) r[0]).intValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    @Override
    public long countRejections(long importId, String reason) {
        var query = em.createNativeQuery("select count(*) from register_import_rejection where import_id = ?"
                        + (reason == null ? "" : " and reason = ?"))
                .setParameter(1, importId);
        if (reason != null) {
            query.setParameter(2, reason);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public List<String> rejectionReasons(long importId) {
        return ((List<?>) em.createNativeQuery("select distinct reason from register_import_rejection "
                        + "where import_id = ? order by reason")
                .setParameter(1, importId)
                .getResultList()).stream().map(String::valueOf).toList();
    }

    @Override
    public void executionStarted(long importId, long jobExecutionId, String instance) {
        em.createNativeQuery("update register_import set job_execution_id = ?, job_instance = ? where id = ?")
                .setParameter(1, jobExecutionId).setParameter(2, instance).setParameter(3, importId).executeUpdate();
    }

    @Override
    public void loaded(long importId, Instant at) {
        em.createNativeQuery("update register_import set loaded_at = ? where id = ?")
                .setParameter(1, utc(at)).setParameter(2, importId).executeUpdate();
    }

    @Override
    public void completed(long importId, int searchesRerun, int searchesFound, Instant at) {
        em.createNativeQuery("update register_import set status = 'COMPLETED', searches_rerun = ?, searches_found = ?, "
                        + "finished_at = ? where id = ?")
                .setParameter(1, searchesRerun).setParameter(2, searchesFound).setParameter(3, utc(at))
                .setParameter(4, importId).executeUpdate();
    }

    @Override
    public boolean failed(long importId, Instant at) {
        return em.createNativeQuery("update register_import set status = 'FAILED', finished_at = ? where id = ? "
                        + "and status = 'RUNNING'")
                .setParameter(1, utc(at)).setParameter(2, importId).executeUpdate() == 1;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
