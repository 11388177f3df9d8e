package ru.registratura.interfaces.staff.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import ru.registratura.application.RegisterImportService;
import ru.registratura.application.RegisterImportService.ImportView;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.attachment.InvalidRegisterFileException;
import ru.registratura.domain.attachment.RegisterFileFormat;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Регистр прикреплённого населения» ({@code staff/register.xhtml}, admins): the file's format, the upload
 * (PrimeFaces' uploader with its progress; without JavaScript, {@link RegisterUploadServlet}) and the latest imports.
 */
@Named
@RequestScoped
public class RegisterPage {

    private static final Set<String> ERRORS = Set.of("token", "empty", "tooLarge", "noRows", "columns.missing");

    @Inject
    RegisterImportService imports;

    @Inject
    CurrentStaff current;

    @Inject
    @ConfigProperty(name = "registratura.register.import-dir")
    Optional<String> importDir;

    private String error;
    private String arg;
    private List<ImportView> latest;

    public void load() {
        try {
            latest = imports.latest(current.actor());
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
            return;
        }
        if (error != null) {
            PageMessages.error(null, "register.file." + (ERRORS.contains(error) ? error : "empty"), arg == null ? "" : arg);
        }
    }

    /**
     * A file sent by the page's uploader: written to the import folder, then the import job starts on it and the
     * browser goes to its progress; a file that is not a register says why and changes nothing.
     */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        if (file == null || file.getSize() == 0) {
            PageMessages.error(null, "register.file.empty", "");
            return;
        }
        long id;
        try (InputStream in = file.getInputStream()) {
            id = RegisterUploads.start(imports, current.actor(), file.getFileName(), in, importDir);
        } catch (InvalidRegisterFileException e) {
            PageMessages.error(null, "register.file." + (ERRORS.contains(e.key()) ? e.key() : "empty"),
                    e.argument() == null ? "" : e.argument());
            return;
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.admin");
            return;
        } finally {
            file.delete();
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/staff/register-import.xhtml?id=" + id);
    }

    public String getToken() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        return RegisterUploadServlet.token(session);
    }

    public List<String> getRequiredColumns() {
        return RegisterFileFormat.REQUIRED;
    }

    public List<ImportView> getLatest() {
        return latest;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    public String getArg() {
        return arg;
    }

    public void setArg(String arg) {
        this.arg = arg;
    }
}
