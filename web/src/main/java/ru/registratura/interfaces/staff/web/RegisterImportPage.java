package ru.registratura.interfaces.staff.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.RegisterImportService;
import ru.registratura.application.RegisterImportService.ImportView;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.attachment.RegisterRejection;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * An import's progress and report ({@code staff/register-import.xhtml?id=}): a progress bar while the job runs
 * (the page reloads itself), then the counts and the rejected lines with their reasons.
 */
@Named
@RequestScoped
public class RegisterImportPage {

    /** Rejected lines shown on the page; the counts give the total. */
    public static final int SHOWN_REJECTIONS = 1000;

    @Inject
    RegisterImportService imports;

    @Inject
    CurrentStaff current;

    private Long id;
    private ImportView view;
    private List<RegisterRejection> rejections;

    public void load() {
        try {
            view = id == null ? null : imports.find(current.actor(), id).orElse(null);
            if (view == null) {
                PageMessages.notFound();
                return;
            }
            rejections = imports.rejections(current.actor(), id, SHOWN_REJECTIONS);
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    public ImportView getView() {
        return view;
    }

    public List<RegisterRejection> getRejections() {
        return rejections;
    }

    public int getShownRejections() {
        return SHOWN_REJECTIONS;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
