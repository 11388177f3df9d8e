package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pac4j.core.profile.ProfileManager;
import org.pac4j.jee.context.JEEContext;

import ru.registratura.application.ImportedPerson;
import ru.registratura.application.LoginResult;
import ru.registratura.application.PatientLoginService;
import ru.registratura.infrastructure.esia.EsiaConfigFactory;
import ru.registratura.infrastructure.esia.EsiaProfileCreator;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;

/**
 * {@code /auth/esia/login}, behind pac4j's SecurityFilter: without a pac4j profile the filter sends the
 * browser to ESIA; after ESIA's callback the filter lets it through to here. The ESIA profile is then
 * turned into the portal's session: the account level is checked, the account stored or updated, the
 * login audited, and pac4j's profile (with ESIA's tokens) dropped from the session.
 */
@WebServlet("/auth/esia/login")
public class EsiaLoginCompletion extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PatientLoginService logins;

    @Inject
    Clock clock;

    /** How long a session lasts after the ESIA login, whatever the activity. */
    @Inject
    @ConfigProperty(name = "registratura.session.max-age", defaultValue = "PT1H")
    String maxAge;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProfileManager profiles = new ProfileManager(new JEEContext(request, response), EsiaConfigFactory.SESSION_STORE);
        var profile = profiles.getProfile();
        profiles.removeProfiles();
        Object person = profile.map(p -> p.getAttribute(EsiaProfileCreator.PERSON)).orElse(null);
        if (!(person instanceof ImportedPerson imported)) {
            response.sendRedirect(request.getContextPath() + PatientAccessFilter.LOGIN_PAGE);
            return;
        }
        LoginResult result = logins.signIn(imported, ClientAddressFilter.clientAddress(request));
        if (!result.admitted()) {
            response.sendRedirect(request.getContextPath() + "/login/account-level.xhtml?level=" + result.level());
            return;
        }
        Instant now = clock.instant();
        // Nothing of an earlier login in this browser's session carries over: not a staff login (a session is a
        // patient's or a staff user's, never both), not the relative the portal acted for, not a kept view.
        HttpSession earlier = request.getSession(false);
        if (earlier != null) {
            earlier.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SignedInPatient.SESSION_KEY, new SignedInPatient(result.accountId(), imported.esiaOid(),
                result.lastName(), result.firstName(), result.middleName(), now, now.plus(Duration.parse(maxAge)),
                SignedInPatient.newFormToken()));
        SessionMarker.set(request, response);
        // Where the visitor was going when the cabinet asked for the login (a doctor's «Записаться»), else its home.
        String next = ReturnAfterLogin.take(request, response);
        response.sendRedirect(next != null ? next : request.getContextPath() + "/cabinet/index.xhtml");
    }

}
