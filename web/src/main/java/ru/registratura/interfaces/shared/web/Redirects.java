package ru.registratura.interfaces.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Redirects that also work for JSF Ajax requests (a partial response with a redirect). */
public final class Redirects {

    private Redirects() {
    }

    public static void to(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String url = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
