package ru.registratura.interfaces.staff.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.DirectoryAdminService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.interfaces.shared.web.PageMessages;

/** «Справочники» ({@code staff/directory.xhtml}, admins): the institutions and the specialties, each to its page. */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    DirectoryAdminService directory;

    @Inject
    CurrentStaff current;

    private List<Institution> institutions = List.of();
    private List<Specialty> specialties = List.of();

    public void load() {
        try {
            institutions = directory.institutions(current.actor());
            specialties = directory.specialties(current.actor());
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    public List<Institution> getInstitutions() {
        return institutions;
    }

    public List<Specialty> getSpecialties() {
        return specialties;
    }
}
