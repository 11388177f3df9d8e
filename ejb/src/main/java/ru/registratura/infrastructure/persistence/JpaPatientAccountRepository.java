package ru.registratura.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.account.PatientAccount;
import ru.registratura.domain.account.PatientAccountRepository;

@ApplicationScoped
public class JpaPatientAccountRepository implements PatientAccountRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public Optional<PatientAccount> findByEsiaOid(String esiaOid) {
        return em.createQuery("select a from PatientAccount a where a.esiaOid = :oid", PatientAccount.class)
                .setParameter("oid", esiaOid)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PatientAccount> find(long id) {
        return Optional.ofNullable(em.find(PatientAccount.class, id));
    }

    @Override
    public void store(PatientAccount account) {
        if (account.getId() == null) {
            em.persist(account);
        }
    }
}
