package ru.registratura.interfaces.staff.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.FoundPatient;
import ru.registratura.application.PatientQuery;
import ru.registratura.application.RegistryService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Поиск пациента» of a registry operator: by policy number, SNILS, or surname and birth date, over the
 * portal's cards and the attachment register of the operator's institutions. A POST form, so that nothing
 * searched for ends up in a URL or an access log.
 */
@Named
@RequestScoped
public class PatientSearchPage {

    @Inject
    RegistryService registry;

    @Inject
    CurrentStaff current;

    private String policyNumber;
    private String snils;
    private String lastName;
    private LocalDate birthDate;
    private List<FoundPatient> found;

    public void search() {
        try {
            found = registry.search(current.actor(), new PatientQuery(policyNumber, snils, lastName, birthDate));
        } catch (InvalidCardException e) {
            for (FieldError error : e.errors()) {
                String key = error.key().startsWith("search.") ? "staff." + error.key() : "card.error." + error.key();
                PageMessages.error(error.field() == null ? null : "searchForm:" + error.field(), key);
            }
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.registrar");
        }
    }

    /** The people found; null before a search. */
    public List<FoundPatient> getFound() {
        return found;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public void setPolicyNumber(String policyNumber) {
        this.policyNumber = policyNumber;
    }

    public String getSnils() {
        return snils;
    }

    public void setSnils(String snils) {
        this.snils = snils;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }
}
