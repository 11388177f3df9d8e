package ru.registratura.interfaces.staff.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.LegalActAdminService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.content.LegalAct;
import ru.registratura.interfaces.shared.web.PageMessages;

/** «Законодательство» of an admin: every act, federal first, to change or delete. */
@Named
@RequestScoped
public class LegalActsPage {

    @Inject
    LegalActAdminService admin;

    @Inject
    CurrentStaff current;

    private List<LegalAct> acts;

    public List<LegalAct> getActs() {
        if (acts == null) {
            try {
                acts = admin.all(current.actor());
            } catch (StaffAccessDeniedException e) {
                acts = List.of();
                PageMessages.error(null, "staff.forbidden.admin");
            }
        }
        return acts;
    }

    public String delete(long id) {
        admin.delete(current.actor(), id);
        PageMessages.flash("staff.legal.deleted");
        return "/staff/legal-acts?faces-redirect=true";
    }
}
