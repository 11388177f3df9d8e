package ru.registratura.domain.attachment;

import java.util.Optional;

public interface AttachmentSearchRepository {

    Optional<AttachmentSearch> find(long cardId);

    void store(AttachmentSearch search);
}
