package ru.registratura.interfaces.staff.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.DirectoryService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.application.StaffAdminService;
import ru.registratura.application.StaffAdminService.StaffSummary;
import ru.registratura.domain.directory.Institution;
import ru.registratura.interfaces.shared.web.PageMessages;

/** «Сотрудники» of an admin: every staff account with roles, institutions and whether it may log in. */
@Named
@RequestScoped
public class StaffUsersPage {

    @Inject
    StaffAdminService admin;

    @Inject
    DirectoryService directory;

    @Inject
    CurrentStaff current;

    private List<StaffSummary> users;
    private Map<Long, String> institutionNames;

    public void load() {
        try {
            users = admin.all(current.actor());
        } catch (StaffAccessDeniedException e) {
            users = List.of();
            PageMessages.error(null, "staff.forbidden.admin");
        }
    }

    public List<StaffSummary> getUsers() {
        return users;
    }

    /** The short names of a user's institutions, comma-separated. */
    public String institutions(StaffSummary user) {
        if (institutionNames == null) {
            institutionNames = directory.institutions().stream()
                    .collect(Collectors.toMap(Institution::getId, Institution::getShortName));
        }
        return user.institutionIds().stream().map(institutionNames::get).sorted().collect(Collectors.joining(", "));
    }
}
