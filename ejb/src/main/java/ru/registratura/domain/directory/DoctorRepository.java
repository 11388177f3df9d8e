package ru.registratura.domain.directory;

import java.util.List;

public interface DoctorRepository {

    Doctor find(long id);

    /** Ids of the doctors who currently receive patients. */
    List<Long> findActiveIds();
}
