package ru.registratura.interfaces.shared.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reference number an error page shows, written to the server log with the error's details, so
 * that support can find the entry a patient quotes. The log line names the path (never the query
 * string, which may carry personal data) and the exception; the page shows nothing of either.
 */
@Named
@RequestScoped
public class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    private String number;

    @PostConstruct
    void log() {
        number = newNumber();
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String line = "Error reference " + number + ": status " + status + " for " + path;
        if (error == null) {
            LOG.info(line);
        } else {
            LOG.log(Level.SEVERE, line, error);
        }
    }

    /** A new reference number: eight hex digits, e.g. {@code 3FA09C1B}. */
    public static String newNumber() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    public String getNumber() {
        return number;
    }
}
