package ru.registratura.domain.attachment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface RegisterImportRepository {

    /** Stores a new import (RUNNING) and writes it at once. */
    void add(RegisterImport started);

    /** The import as committed now (not a copy read earlier in the transaction). */
    Optional<RegisterImport> find(long id);

    /** The latest imports first. */
    List<RegisterImport> latest(int limit);

    /** The first rejected lines of the import, by line number. */
    List<RegisterRejection> rejections(long importId, int limit);

    /** The rejected lines of the import with this reason (null: any), by line, from {@code offset}, at most {@code limit}. */
    List<RegisterRejection> rejections(long importId, String reason, int offset, int limit);

    /** How many lines of the import were rejected with this reason (null: any). */
    long countRejections(long importId, String reason);

    /** The reasons the import's lines were rejected for, each once. */
    List<String> rejectionReasons(long importId);

    /** The job runs: its execution id in the batch runtime of the instance named. */
    void executionStarted(long importId, long jobExecutionId, String instance);

    void loaded(long importId, Instant at);

    void completed(long importId, int searchesRerun, int searchesFound, Instant at);

    /** Marks a RUNNING import FAILED (its job failed or was stopped); returns whether it was running. */
    boolean failed(long importId, Instant at);
}
