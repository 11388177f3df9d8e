package ru.registratura.infrastructure.esia;

import org.pac4j.core.context.WebContext;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.context.session.JEESessionStore;

/**
 * pac4j's session store, but a login changes the session id ({@code HttpServletRequest.changeSessionId})
 * instead of copying the attributes into a new session: the session's CDI beans stay intact and a
 * session id known before the login (fixation) is worthless after it.
 */
public class SessionIdRenewingStore extends JEESessionStore {

    @Override
    public boolean renewSession(WebContext context) {
        var request = ((JEEContext) context).getNativeRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        return true;
    }
}
