package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.DirectoryService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.application.StaffAdminService;
import ru.registratura.application.StaffAdminService.StaffForm;
import ru.registratura.application.StaffAdminService.StaffSummary;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.staff.Passwords;
import ru.registratura.domain.staff.StaffRole;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * A staff account of an admin ({@code staff/user.xhtml}, {@code ?id=} to change one): user name (new ones),
 * full name, roles, institutions of a registrar, may log in; an initial password for a new one; a password
 * reset for an existing one. Each problem next to its field; nothing changes on a refusal.
 */
@Named
@ViewScoped
public class StaffUserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAdminService admin;

    @Inject
    DirectoryService directory;

    @Inject
    CurrentStaff current;

    private Long id;
    private String username;
    private String fullName;
    private List<String> roles = new ArrayList<>();
    private List<String> institutions = new ArrayList<>();
    private boolean enabled = true;
    private boolean secondFactor;
    private String password;
    private String newPassword;
    private List<Institution> allInstitutions;

    public void load() {
        try {
            allInstitutions = directory.institutions();
            if (id != null) {
                Optional<StaffSummary> user = admin.find(current.actor(), id);
                if (user.isEmpty()) {
                    PageMessages.notFound();
                    return;
                }
                StaffSummary u = user.get();
                username = u.username();
                fullName = u.fullName();
                roles = u.roles().stream().map(Enum::name).sorted().collect(Collectors.toCollection(ArrayList::new));
                institutions = u.institutionIds().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
                enabled = u.enabled();
                secondFactor = u.secondFactor();
            }
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    public String save() {
        StaffForm form = new StaffForm(username, fullName, roleSet(), institutionSet(), enabled);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        try {
            if (id == null) {
                admin.create(current.actor(), form, secret);
            } else {
                admin.change(current.actor(), id, form);
            }
        } catch (InvalidCardException e) {
            errors(e.errors());
            return null;
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.admin");
            return null;
        } finally {
            Passwords.wipe(secret);
        }
        PageMessages.flash("staff.user.saved");
        return "/staff/users?faces-redirect=true";
    }

    public String resetPassword() {
        char[] secret = newPassword == null ? new char[0] : newPassword.toCharArray();
        newPassword = null;
        try {
            admin.resetPassword(current.actor(), id, secret);
        } catch (InvalidCardException e) {
            errors(e.errors());
            return null;
        } finally {
            Passwords.wipe(secret);
        }
        PageMessages.flash("staff.user.passwordReset");
        return "/staff/users?faces-redirect=true";
    }

    /** Removes the user's second factor (a lost phone): they set up a new one at the next login (an admin must). */
    public String resetSecondFactor() {
        admin.resetSecondFactor(current.actor(), id);
        PageMessages.flash("staff.user.secondFactor.wasReset");
        return "/staff/users?faces-redirect=true";
    }

    /** Whether the user has a second factor now. */
    public boolean isSecondFactor() {
        return secondFactor;
    }

    private static void errors(List<FieldError> errors) {
        for (FieldError error : errors) {
            String form = "newPassword".equals(error.field()) ? "resetForm:" : "userForm:";
            PageMessages.error(error.field() == null ? null : form + error.field(), error.key(),
                    error.arguments().toArray());
        }
    }

    private Set<StaffRole> roleSet() {
        Set<StaffRole> set = EnumSet.noneOf(StaffRole.class);
        for (String role : roles) {
            try {
                set.add(StaffRole.valueOf(role));
            } catch (IllegalArgumentException e) {
                // Not a role: a tampered form; ignored, the roles check refuses an empty set.
            }
        }
        return set;
    }

    private Set<Long> institutionSet() {
        Set<Long> set = new HashSet<>();
        for (String institution : institutions) {
            try {
                set.add(Long.valueOf(institution));
            } catch (NumberFormatException e) {
                set.add(-1L);
            }
        }
        return set;
    }

    public boolean isAdding() {
        return id == null;
    }

    public List<Institution> getAllInstitutions() {
        return allInstitutions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getInstitutions() {
        return institutions;
    }

    public void setInstitutions(List<String> institutions) {
        this.institutions = institutions;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
