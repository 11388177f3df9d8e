package ru.registratura.interfaces.cabinet.web;

import java.time.LocalDateTime;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.PatientLoginService;
import ru.registratura.domain.account.PatientAccount;
import ru.registratura.infrastructure.config.RegionSettings;

/** The cabinet's pages about the patient: their data as ESIA reported it at the last login. */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    CurrentPatient currentPatient;

    @Inject
    PatientLoginService logins;

    @Inject
    RegionSettings region;

    private PatientAccount account;

    @PostConstruct
    void load() {
        SignedInPatient patient = currentPatient.get();
        if (patient != null) {
            account = logins.account(patient.accountId());
        }
    }

    public PatientAccount getAccount() {
        return account;
    }

    /** The last login as a date and time in the region's zone. */
    public LocalDateTime getLastLogin() {
        return account == null ? null : LocalDateTime.ofInstant(account.getLastLoginAt(), region.zone());
    }
}
