package ru.registratura.interfaces.staff.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.DirectoryService;
import ru.registratura.application.StaffActor;
import ru.registratura.domain.directory.Institution;

/** The workspace's first page: who is signed in, with which roles, for which institutions. */
@Named
@RequestScoped
public class StaffHomePage {

    @Inject
    CurrentStaff current;

    @Inject
    DirectoryService directory;

    /** The roles' names in a fixed order (ADMIN, REGISTRAR). */
    public List<String> getRoles() {
        StaffActor actor = current.actor();
        return actor == null ? List.of() : actor.roles().stream().map(Enum::name).sorted().toList();
    }

    /** The short names of the operator's institutions. */
    public List<String> getInstitutions() {
        StaffActor actor = current.actor();
        if (actor == null) {
            return List.of();
        }
        return directory.institutions().stream()
                .filter(i -> actor.institutionIds().contains(i.getId()))
                .map(Institution::getShortName)
                .toList();
    }
}
