package ru.registratura.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import ru.registratura.domain.attachment.InvalidRegisterFileException;
import ru.registratura.domain.attachment.RegisterFileFormat;
import ru.registratura.domain.attachment.RegisterImport;
import ru.registratura.domain.attachment.RegisterImportRepository;
import ru.registratura.domain.attachment.RegisterRejection;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.staff.StaffUserRepository;
import ru.registratura.infrastructure.batch.RegisterFiles;
import ru.registratura.infrastructure.cluster.ThisInstance;

/**
 * The attachment register import by an admin: the uploaded file is checked (a header with the required
 * columns) and the Jakarta Batch job {@code register-import} started on it; the page follows the import's
 * counters, and reads its report (the rejected lines with their reasons) when it is done. After the load the
 * job re-runs the pending and NOT_FOUND attachment searches ({@link #researchAfter}).
 */
@Stateless
public class RegisterImportService {

    public static final String JOB = "register-import";
    private static final Logger LOG = Logger.getLogger(RegisterImportService.class.getName());
    private static final EnumSet<BatchStatus> ENDED_BADLY =
            EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    @EJB
    RegisterImportService self;

    @Inject
    RegisterImportRepository imports;

    @Inject
    StaffUserRepository staffUsers;

    @Inject
    AttachmentSearchService searches;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /** An import as the pages show it. */
    public record ImportView(long id, String fileName, String startedBy, Instant startedAt, Instant loadedAt,
                             Instant finishedAt, String status, int lines, int read, int added, int updated,
                             int unchanged, int rejected, Integer searchesRerun, Integer searchesFound)
            implements Serializable {

        /** How far the load is, 0 to 100. */
        public int percent() {
            if ("COMPLETED".equals(status)) {
                return 100;
            }
            return lines == 0 ? 0 : (int) Math.min(100, read * 100L / lines);
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    /**
     * Starts the import of the uploaded file (kept until the job is done). Refused before anything starts when
     * the file has no header with the required columns.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(StaffActor admin, String fileName, Path file) {
        requireAdmin(admin);
        int lines;
        try (BufferedReader reader = RegisterFiles.open(file)) {
            RegisterFileFormat.ofHeader(reader.readLine());
            lines = RegisterFiles.countLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines < 2) {
            throw new InvalidRegisterFileException("noRows", null);
        }
        long id = self.create(admin, fileName, lines);
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(id));
        parameters.setProperty("file", file.toAbsolutePath().toString());
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        self.executionStarted(id, execution, ThisInstance.NAME);
        return id;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(StaffActor admin, String fileName, int lines) {
        String name = fileName == null || fileName.isBlank() ? "register.csv" : Path.of(fileName).getFileName().toString();
        RegisterImport started = new RegisterImport(name.length() > 255 ? name.substring(0, 255) : name, lines,
                admin.userId(), clock.instant());
        imports.add(started);
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.REGISTER_IMPORT_STARTED, AuditOutcome.SUCCESS,
                admin.userId(), admin.username(), admin.remoteAddress(), started.getId(),
                "import " + started.getId() + ", " + (lines - 1) + " lines"));
        return started.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void executionStarted(long importId, long execution, String instance) {
        imports.executionStarted(importId, execution, instance);
    }

    /** The latest imports, newest first. */
    public List<ImportView> latest(StaffActor admin) {
        requireAdmin(admin);
        return imports.latest(20).stream().map(this::view).toList();
    }

    /**
     * The import; one whose job ended badly is marked FAILED on the way. In a cluster the job runs on the instance
     * where the admin started it, and only that instance's batch runtime knows it (execution ids are counted per
     * instance): on another instance the import is shown as it is.
     */
    public Optional<ImportView> find(StaffActor admin, long id) {
        requireAdmin(admin);
        return imports.find(id).map(found -> {
            if (found.getStatus() == RegisterImport.Status.RUNNING && found.getJobExecutionId() != null
                    && (found.getJobInstance() == null || found.getJobInstance().equals(ThisInstance.NAME))
                    && ENDED_BADLY.contains(jobStatus(found.getJobExecutionId())) && imports.failed(id, clock.instant())) {
                return imports.find(id).orElseThrow();
            }
            return found;
        }).map(this::view);
    }

    /** A page of the import's rejected lines with this reason (null: any), by line. */
    public List<RegisterRejection> rejections(StaffActor admin, long id, String reason, int offset, int limit) {
        requireAdmin(admin);
        return imports.rejections(id, reason, offset, Math.max(1, Math.min(100, limit)));
    }

    /** How many of the import's lines were rejected with this reason (null: any). */
    public long countRejections(StaffActor admin, long id, String reason) {
        requireAdmin(admin);
        return imports.countRejections(id, reason);
    }

    /** The reasons the import's lines were rejected for. */
    public List<String> rejectionReasons(StaffActor admin, long id) {
        requireAdmin(admin);
        return imports.rejectionReasons(id);
    }

    /** The first rejected lines of the import with their reasons. */
    public List<RegisterRejection> rejections(StaffActor admin, long id, int limit) {
        requireAdmin(admin);
        return imports.rejections(id, limit);
    }

    /**
     * The job's last step: the register is loaded, so each pending and NOT_FOUND card is searched again (each in
     * a transaction of its own; one that fails is left as it was); then the import is COMPLETED.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void researchAfter(long importId) {
        self.loaded(importId);
        int rerun = 0;
        int found = 0;
        for (long cardId : searches.unresolved()) {
            rerun++;
            try {
                if (searches.research(cardId)) {
                    found++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Attachment search of card " + cardId + " after register import " + importId
                        + " failed", e);
            }
        }
        self.completed(importId, rerun, found);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loaded(long importId) {
        imports.loaded(importId, clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void completed(long importId, int rerun, int found) {
        imports.completed(importId, rerun, found, clock.instant());
    }

    /** The job's status in this instance's batch runtime; ABANDONED when the runtime does not know it. */
    private static BatchStatus jobStatus(long execution) {
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            return operator.getJobExecution(execution).getBatchStatus();
        } catch (RuntimeException e) {
            return BatchStatus.ABANDONED;
        }
    }

    private ImportView view(RegisterImport i) {
        String by = staffUsers.find(i.getStaffUserId()).map(u -> u.getFullName()).orElse("—");
        return new ImportView(i.getId(), i.getFileName(), by, i.getStartedAt(), i.getLoadedAt(), i.getFinishedAt(),
                i.getStatus().name(), i.getDataLines(), i.getRead(), i.getAdded(), i.getUpdated(), i.getUnchanged(),
                i.getRejected(), i.getSearchesRerun(), i.getSearchesFound());
    }

    private static void requireAdmin(StaffActor actor) {
        if (!actor.admin()) {
            throw new StaffAccessDeniedException("register import");
        }
    }
}
