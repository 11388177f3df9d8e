package ru.registratura.application;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.account.AccountChild;
import ru.registratura.domain.account.AccountLevel;
import ru.registratura.domain.account.PatientAccount;
import ru.registratura.domain.account.PatientAccountRepository;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * Patients' logins and logouts: decides whether an ESIA account's level admits it, keeps the account up
 * to date with ESIA (its verified cards too), and writes every attempt to the audit trail, in one transaction each.
 */
@Stateless
public class PatientLoginService {

    @Inject
    PatientAccountRepository accounts;

    @Inject
    AuditRepository audit;

    @Inject
    EsiaCardService esiaCards;

    @Inject
    RegionSettings settings;

    @Inject
    Clock clock;

    /** Admits the person (creating or updating their account) or refuses the account's level. */
    public LoginResult signIn(ImportedPerson person, String remoteAddress) {
        AccountLevel level = person.level();
        if (!admits(level)) {
            AuditOutcome outcome = level == AccountLevel.SIMPLIFIED
                    ? AuditOutcome.ACCOUNT_LEVEL_SIMPLIFIED : AuditOutcome.ACCOUNT_LEVEL_STANDARD;
            audit.record(new AuditEvent(clock.instant(), AuditAction.PATIENT_LOGIN, outcome, null, person.esiaOid(),
                    remoteAddress, null));
            return LoginResult.refused(level);
        }
        PatientAccount known = accounts.findByEsiaOid(person.esiaOid()).orElse(null);
        PatientAccount account = known != null ? known : new PatientAccount(person.esiaOid(), clock.instant());
        List<AccountChild> children = person.children().stream()
                .map(c -> new AccountChild(c.esiaId(), c.lastName(), c.firstName(), c.middleName(), c.birthDate(), c.sex(),
                        c.snils(), c.policy()))
                .toList();
        account.refresh(person.lastName(), person.firstName(), person.middleName(), person.birthDate(), person.sex(),
                person.snils(), level, person.policy(), person.mobile(), person.email(), children, clock.instant());
        accounts.store(account);
        if (known != null) {
            esiaCards.refreshFromEsia(new Actor(account.getId(), person.esiaOid(), null, remoteAddress), account);
        }
        audit.record(new AuditEvent(clock.instant(), AuditAction.PATIENT_LOGIN, AuditOutcome.SUCCESS, account.getId(),
                person.esiaOid(), remoteAddress, null));
        return new LoginResult(true, level, account.getId(), account.getLastName(), account.getFirstName(),
                account.getMiddleName());
    }

    /** Whether the region admits accounts of this level: confirmed always, standard if the setting says so. */
    public boolean admits(AccountLevel level) {
        return level.admitted(settings.standardAccountsAllowed());
    }

    /** A login that failed before the person was known to the portal (refusal, ESIA down, a protocol error). */
    public void loginFailed(String esiaOid, AuditOutcome outcome, String remoteAddress, String detail) {
        audit.record(new AuditEvent(clock.instant(), AuditAction.PATIENT_LOGIN, outcome, null, esiaOid, remoteAddress,
                detail));
    }

    public void loggedOut(long accountId, String esiaOid, String remoteAddress) {
        audit.record(new AuditEvent(clock.instant(), AuditAction.PATIENT_LOGOUT, AuditOutcome.SUCCESS, accountId, esiaOid,
                remoteAddress, null));
    }

    public void sessionExpired(long accountId, String esiaOid, String remoteAddress) {
        audit.record(new AuditEvent(clock.instant(), AuditAction.PATIENT_SESSION_EXPIRED, AuditOutcome.SUCCESS, accountId,
                esiaOid, remoteAddress, null));
    }

    /** The account, for the profile page. */
    public PatientAccount account(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
    }
}
