package ru.registratura.interfaces.shared.web;

import java.util.function.Supplier;

import jakarta.servlet.ServletRequest;

/**
 * A value worked out once a request and kept in the request's attributes: how an application-scoped bean that every
 * page uses (the header's, the tabs') remembers what it read for the rest of the request without an instance made
 * per request (bench/RESULTS.md, issue 17).
 */
public final class RequestMemo {

    private RequestMemo() {
    }

    /** The value kept under {@code key} in this request, else {@code work}'s, kept from now on. */
    @SuppressWarnings("unchecked")
    public static <T> T get(ServletRequest request, String key, Supplier<T> work) {
        Object kept = request.getAttribute(key);
        if (kept != null) {
            return (T) kept;
        }
        T value = work.get();
        request.setAttribute(key, value);
        return value;
    }
}
