package ru.registratura.interfaces.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a multipart body (415) on every address but those that take an upload: the register's page (PrimeFaces'
 * uploader, through the Faces servlet, which reads multipart bodies for it) and its plain form's servlet. First of the
 * filters, before anything reads the request's parameters: no other page parses, buffers or stores an upload.
 */
public class MultipartGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The addresses that take an upload (servlet path, context-relative). */
    static final Set<String> UPLOADS = Set.of("/staff/register.xhtml", "/staff/register/upload");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && !UPLOADS.contains(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        chain.doFilter(request, response);
    }
}
