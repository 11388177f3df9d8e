package ru.registratura.interfaces.staff.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.application.RegisterImportService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.application.StaffActor;
import ru.registratura.domain.attachment.InvalidRegisterFileException;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;

/**
 * The upload of an attachment register file ({@code POST /staff/register/upload}, from «Регистр прикреплённого
 * населения»). A servlet of its own, not a Faces form: only this URL parses multipart bodies, and only after
 * {@link StaffAccessFilter} has let a signed-in staff user through. Admins only, with the page's token. The
 * file goes to the import folder ({@code registratura.register.import-dir}) and the import job starts on it.
 */
@WebServlet("/staff/register/upload")
@MultipartConfig(fileSizeThreshold = 1 << 20, maxFileSize = 1L << 30, maxRequestSize = (1L << 30) + (1 << 20))
public class RegisterUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String TOKEN = "registratura.registerUploadToken";
    private static final String PAGE = "/staff/register.xhtml";

    @Inject
    RegisterImportService imports;

    @Inject
    @ConfigProperty(name = "registratura.register.import-dir")
    Optional<String> importDir;

    /** The session's upload token (made on first use): the form carries it, a forged request does not. */
    static String token(HttpSession session) {
        Object token = session.getAttribute(TOKEN);
        if (token == null) {
            token = UUID.randomUUID().toString();
            session.setAttribute(TOKEN, token);
        }
        return (String) token;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffActor actor = (StaffActor) request.getAttribute(StaffAccessFilter.ACTOR);
        if (actor == null || !actor.admin()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Part part;
        try {
            part = request.getPart("file");
        } catch (IllegalStateException | ServletException e) {
            back(request, response, "tooLarge", null);
            return;
        }
        String expected = (String) request.getSession().getAttribute(TOKEN);
        String given = request.getParameter("token");
        if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            back(request, response, "token", null);
            return;
        }
        if (part == null || part.getSize() == 0) {
            back(request, response, "empty", null);
            return;
        }
        long id;
        try (InputStream in = part.getInputStream()) {
            id = RegisterUploads.start(imports, actor.from(ClientAddressFilter.clientAddress(request)),
                    part.getSubmittedFileName(), in, importDir);
        } catch (InvalidRegisterFileException e) {
            back(request, response, e.key(), e.argument());
            return;
        } catch (StaffAccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } finally {
            part.delete();
        }
        response.sendRedirect(request.getContextPath() + "/staff/register-import.xhtml?id=" + id);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, String error, String argument)
            throws IOException {
        response.sendRedirect(request.getContextPath() + PAGE + "?error=" + URLEncoder.encode(error, StandardCharsets.UTF_8)
                + (argument == null ? "" : "&arg=" + URLEncoder.encode(argument, StandardCharsets.UTF_8)));
    }
}
