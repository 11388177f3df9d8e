package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.PublicContent;
import ru.registratura.application.ReferralService;
import ru.registratura.application.RegistryService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Направление» of a person the operator serves ({@code staff/referral.xhtml?card=} or {@code ?entry=}): the person's
 * referrals, and the form that issues one: specialty, institution or any, valid until. The new number is shown.
 */
@Named
@ViewScoped
public class ReferralIssuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferralService referrals;

    @Inject
    PublicContent content;

    @Inject
    CurrentStaff current;

    @Inject
    RegionSettings region;

    private Long card;
    private Long entry;
    private RegistryService.Person person;
    private List<ReferralService.Shown> issued = List.of();
    private List<Specialty> specialties = List.of();
    private Long specialty;
    private Long institution;
    private LocalDate validUntil;

    public void load() {
        try {
            ReferralService.PersonReferrals found = referrals.ofPerson(current.actor(), card, entry).orElse(null);
            if (found == null) {
                PageMessages.notFound();
                return;
            }
            person = found.person();
            issued = found.referrals();
            specialties = referrals.specialties(current.actor());
            if (validUntil == null) {
                validUntil = region.today().plusDays(30);
            }
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    /** «Выдать направление». */
    public String issue() {
        try {
            String number = referrals.issue(current.actor(), card, entry, specialty, institution, validUntil);
            PageMessages.flash("staff.referral.issued", number);
            return "/staff/referral?faces-redirect=true&" + (card != null ? "card=" + card : "entry=" + entry);
        } catch (InvalidCardException e) {
            DirectoryForms.errors("referralForm", e);
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
        return null;
    }

    public RegistryService.Person getPerson() {
        return person;
    }

    public List<ReferralService.Shown> getIssued() {
        return issued;
    }

    public List<Specialty> getSpecialties() {
        return specialties;
    }

    public List<Institution> getInstitutions() {
        return content.institutions();
    }

    public Long getCard() {
        return card;
    }

    public void setCard(Long card) {
        this.card = card;
    }

    public Long getEntry() {
        return entry;
    }

    public void setEntry(Long entry) {
        this.entry = entry;
    }

    public Long getSpecialty() {
        return specialty;
    }

    public void setSpecialty(Long specialty) {
        this.specialty = specialty;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
