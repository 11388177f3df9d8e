package ru.registratura.interfaces.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How much of a Faces page the server holds before it sends any of it. A page must be held whole: Faces writes the
 * flash cookie of a message carried over a redirect only at the end of rendering, and a response already begun
 * cannot take a cookie any more (JSF1095: the message is lost and its cookie never cleared). The largest patients'
 * page, the booking calendar, is some 40 KB.
 * <p>
 * This was {@code jakarta.faces.FACELETS_BUFFER_SIZE} = 128 KB, which cost every page some 640 KB of new arrays,
 * zeroed and thrown away: Mojarra's own write-behind buffer of that many characters (256 KB), and Grizzly's character
 * buffer (256 KB) and byte buffer (128 KB) of the response, since Grizzly keeps a character buffer between requests
 * only up to 65,536 characters and takes byte buffers from its thread's pool only up to 64 KB. Now
 * {@code FACELETS_BUFFER_SIZE} is -1 (Faces leaves the response's buffer alone and writes through a buffer of 1,024
 * characters), and this filter sets the response's buffer before the Faces servlet runs: 64 KB for the patients' and
 * the public pages, whose buffers Grizzly then reuses; 128 KB, as before, for the staff workspace, whose tables of
 * PrimeFaces can be larger and whose requests are few (bench/RESULTS.md, issue 17).
 */
public class PageBufferFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Patients' and public pages: the most Grizzly reuses from one request to the next. */
    static final int PAGE_BUFFER = 64 * 1024;

    /** The staff workspace's pages. */
    static final int WORKSPACE_BUFFER = 128 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // A request's own dispatch (this filter's only one): nothing is written yet.
        response.setBufferSize(request.getServletPath().startsWith("/staff/") ? WORKSPACE_BUFFER : PAGE_BUFFER);
        chain.doFilter(request, response);
    }
}
