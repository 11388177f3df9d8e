package ru.registratura.domain.content;

import java.util.List;
import java.util.Optional;

public interface LegalActRepository {

    /** Every act: federal first, then the region's, each in its order. */
    List<LegalAct> all();

    Optional<LegalAct> find(long id);

    void store(LegalAct act);

    void remove(LegalAct act);
}
