package ru.registratura.interfaces.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import ru.registratura.infrastructure.monitoring.PortalMetrics;

/**
 * Counts the HTTP sessions this instance made and holds ({@code registratura_sessions_active}). Anonymous visitors
 * have none; a patient or a staff member has one from the login to the logout or the timeout. Sessions that moved
 * here from an instance that died are not counted (they were made there).
 */
@WebListener
public class SessionCounter implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    PortalMetrics metrics;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        metrics.sessionCreated(event.getSession().getId());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        metrics.sessionDestroyed(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        metrics.sessionIdChanged(oldSessionId, event.getSession().getId());
    }
}
