package ru.registratura.domain.account;

import java.util.Optional;

/** Patients' accounts. */
public interface PatientAccountRepository {

    Optional<PatientAccount> findByEsiaOid(String esiaOid);

    Optional<PatientAccount> find(long id);

    void store(PatientAccount account);
}
