package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.DirectoryAdminService;
import ru.registratura.application.DirectoryAdminService.DoctorForm;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.directory.Division;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * A doctor of the directory ({@code staff/doctor.xhtml?id=}, or {@code ?institution=} for a new one): name,
 * specialty, division, cabinet, and whether they receive patients.
 */
@Named
@ViewScoped
public class DoctorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryAdminService directory;

    @Inject
    CurrentStaff current;

    private Long id;
    private Long institution;
    private String institutionName;
    private String lastName;
    private String firstName;
    private String middleName;
    private Long specialty;
    private Long division;
    private String cabinet;
    private boolean active = true;
    private List<Specialty> specialties = List.of();
    private List<Division> divisions = List.of();

    private boolean referralRequired;

    public void load() {
        try {
            if (id != null) {
                Doctor doctor = directory.doctor(current.actor(), id).orElse(null);
                if (doctor == null) {
                    PageMessages.notFound();
                    return;
                }
                institution = doctor.getInstitution().getId();
                lastName = doctor.getLastName();
                firstName = doctor.getFirstName();
                middleName = doctor.getMiddleName();
                specialty = doctor.getSpecialty().getId();
                division = doctor.getDivision() == null ? null : doctor.getDivision().getId();
                cabinet = doctor.getCabinet();
                active = doctor.isActive();
                referralRequired = doctor.isReferralRequired();
            }
            Institution at = institution == null ? null : directory.institution(current.actor(), institution).orElse(null);
            if (at == null) {
                PageMessages.notFound();
                return;
            }
            institutionName = at.getShortName();
            divisions = List.copyOf(at.getDivisions());
            specialties = directory.specialties(current.actor());
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    public String save() {
        try {
            directory.saveDoctor(current.actor(), institution, id, new DoctorForm(lastName, firstName, middleName,
                    specialty, division, cabinet, active, referralRequired));
            PageMessages.flash("directory.saved");
            return "/staff/institution?faces-redirect=true&id=" + institution;
        } catch (InvalidCardException e) {
            DirectoryForms.errors("doctorForm", e);
            return null;
        }
    }

    public boolean isReferralRequired() {
        return referralRequired;
    }

    public void setReferralRequired(boolean referralRequired) {
        this.referralRequired = referralRequired;
    }

    public boolean isAdding() {
        return id == null;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public List<Specialty> getSpecialties() {
        return specialties;
    }

    public List<Division> getDivisions() {
        return divisions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public Long getSpecialty() {
        return specialty;
    }

    public void setSpecialty(Long specialty) {
        this.specialty = specialty;
    }

    public Long getDivision() {
        return division;
    }

    public void setDivision(Long division) {
        this.division = division;
    }

    public String getCabinet() {
        return cabinet;
    }

    public void setCabinet(String cabinet) {
        this.cabinet = cabinet;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
