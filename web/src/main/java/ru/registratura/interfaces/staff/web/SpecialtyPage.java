package ru.registratura.interfaces.staff.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.DirectoryAdminService;
import ru.registratura.application.DirectoryAdminService.SpecialtyForm;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.directory.DistrictKind;
import ru.registratura.domain.directory.Sex;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * A specialty of the directory ({@code staff/specialty.xhtml?id=}; without id a new one): the federal code, the
 * name, the ages and sex it serves, and the district kind for a district specialty.
 */
@Named
@ViewScoped
public class SpecialtyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryAdminService directory;

    @Inject
    CurrentStaff current;

    private Long id;
    private String federalCode;
    private String name;
    private Integer minAge;
    private Integer maxAge;
    private String sex;
    private String districtKind;

    private boolean referralRequired;

    public void load() {
        try {
            if (id == null) {
                directory.specialties(current.actor());
                return;
            }
            Specialty specialty = directory.specialty(current.actor(), id).orElse(null);
            if (specialty == null) {
                PageMessages.notFound();
                return;
            }
            federalCode = specialty.getFederalCode();
            name = specialty.getName();
            minAge = specialty.getMinAge();
            maxAge = specialty.getMaxAge();
            sex = specialty.getSex() == null ? null : specialty.getSex().name();
            districtKind = specialty.getDistrictKind() == null ? null : specialty.getDistrictKind().name();
            referralRequired = specialty.isReferralRequired();
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    public String save() {
        try {
            directory.saveSpecialty(current.actor(), id, new SpecialtyForm(federalCode, name, minAge, maxAge,
                    DirectoryForms.choice(Sex.class, sex), DirectoryForms.choice(DistrictKind.class, districtKind),
                    referralRequired));
            PageMessages.flash("directory.saved");
            return "/staff/directory?faces-redirect=true";
        } catch (InvalidCardException e) {
            DirectoryForms.errors("specialtyForm", e);
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFederalCode() {
        return federalCode;
    }

    public void setFederalCode(String federalCode) {
        this.federalCode = federalCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getDistrictKind() {
        return districtKind;
    }

    public void setDistrictKind(String districtKind) {
        this.districtKind = districtKind;
    }
}
