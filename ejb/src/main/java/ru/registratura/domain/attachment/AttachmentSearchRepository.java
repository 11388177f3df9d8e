package ru.registratura.domain.attachment;

import java.util.List;
import java.util.Optional;

public interface AttachmentSearchRepository {

    Optional<AttachmentSearch> find(long cardId);

    void store(AttachmentSearch search);

    /** Ids of the cards whose search is PENDING or NOT_FOUND. */
    List<Long> unresolved();
}
