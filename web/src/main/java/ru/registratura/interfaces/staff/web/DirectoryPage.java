package ru.registratura.interfaces.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import ru.registratura.application.DirectoryAdminService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.directory.DirectoryFilter;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Справочники» ({@code staff/directory.xhtml}, admins): the institutions and the specialties in lazy tables, each
 * searched, sorted and paged on the server, each row to its page.
 */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    DirectoryAdminService directory;

    @Inject
    CurrentStaff current;

    private final DirectoryRows<Institution> institutions = new DirectoryRows<>(new DirectoryRows.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(DirectoryFilter filter) {
            return directory.countInstitutions(current.actor(), filter);
        }

        @Override
        public java.util.List<Institution> page(DirectoryFilter filter, int first, int max) {
            return directory.institutions(current.actor(), filter, first, max);
        }
    }, Institution::getId);

    private final DirectoryRows<Specialty> specialties = new DirectoryRows<>(new DirectoryRows.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(DirectoryFilter filter) {
            return directory.countSpecialties(current.actor(), filter);
        }

        @Override
        public java.util.List<Specialty> page(DirectoryFilter filter, int first, int max) {
            return directory.specialties(current.actor(), filter, first, max);
        }
    }, Specialty::getId);

    /** An operator who is not an admin gets «not found», as for any admin page. */
    public void load() {
        try {
            directory.countSpecialties(current.actor(), DirectoryFilter.ALL);
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    public LazyDataModel<Institution> getInstitutions() {
        return institutions;
    }

    public LazyDataModel<Specialty> getSpecialties() {
        return specialties;
    }
}
