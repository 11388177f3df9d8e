package ru.registratura.interfaces.staff.web;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.RegisterImportService;
import ru.registratura.application.RegisterImportService.ImportView;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.attachment.RegisterFileFormat;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Регистр прикреплённого населения» ({@code staff/register.xhtml}, admins): the file's format, the upload (to
 * {@link RegisterUploadServlet}) and the latest imports.
 */
@Named
@RequestScoped
public class RegisterPage {

    private static final Set<String> ERRORS = Set.of("token", "empty", "tooLarge", "noRows", "columns.missing");

    @Inject
    RegisterImportService imports;

    @Inject
    CurrentStaff current;

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
