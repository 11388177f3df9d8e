package ru.registratura.interfaces.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer of the portal carries, set before anything else runs (so that a «try again» page, an
 * error page and a redirect carry them too):
 * <ul>
 *   <li>{@code Content-Security-Policy}: no page of the portal may be framed by another site ({@code
 *       frame-ancestors 'none'}, with {@code X-Frame-Options: DENY} for older browsers), no plugins, and no
 *       {@code <base>} pointing elsewhere, no script or style but the portal's own files (no inline ones; in the
 *       staff workspace PrimeFaces' inline scripts carry their view's nonce, and inline styles are allowed);</li>
 *   <li>{@code X-Content-Type-Options: nosniff}: a file is only what its content type says;</li>
 *   <li>{@code Referrer-Policy: same-origin}: the addresses of the cabinet's pages (card and appointment ids)
 *       never leave the portal in a {@code Referer};</li>
 *   <li>{@code Permissions-Policy}: no camera, microphone, location, payment or USB for any page;</li>
 *   <li>{@code Cache-Control: no-store} on the patient's cabinet ({@code /cabinet/*}), the staff workspace
 *       ({@code /staff/*}), the login's callbacks ({@code /auth/*}) and the API ({@code /api/*}): answers with
 *       personal data stay out of the browser's and any proxy's cache (the back button then asks the server).</li>
 * </ul>
 * HSTS is the front proxy's, which terminates TLS (README, Operation).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * The patients' and public pages: no inline script or style, nothing from elsewhere (the portal's own script,
     * {@code resources/js/portal.js}, does what inline handlers did). A script injected into a page would not run.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    /**
     * The staff workspace: as the patients' pages, but PrimeFaces sets its widgets up with inline scripts: a script
     * runs only with its view's nonce ({@link WorkspaceCsp}, which puts this policy with the nonce on a workspace
     * page); PrimeFaces' components and its jQuery write inline styles (a dialog's {@code display:none}, a panel's
     * position), which no nonce or hash can allow, so styles may be inline here (never on the patients' pages); the
     * week's calendar (FullCalendar) brings its icon font as a {@code data:} address; forms post to the portal only. {@code %s}: the nonce's source, or nothing (no inline script at all, for
     * answers under {@code /staff/} that are not pages).
     */
    static final String WORKSPACE_POLICY = "default-src 'self'; script-src 'self'%s; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    /** The workspace's policy with the scripts of this nonce allowed (null: none). */
    public static String workspacePolicy(String nonce) {
        return String.format(WORKSPACE_POLICY, nonce == null ? "" : " 'nonce-" + nonce + "'");
    }

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/staff/")) {
            response.setHeader("Content-Security-Policy", workspacePolicy(null));
        } else {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (personal(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Whether answers under the path may carry personal data. */
    static boolean personal(String path) {
        return path.startsWith("/cabinet/") || path.startsWith("/staff/") || path.startsWith("/auth/")
                || path.startsWith("/api/");
    }
}
