package ru.registratura.interfaces.staff.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.StaffLoginService;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;

/** «Выйти» of staff ({@code POST /staff/logout}): ends the session and shows the staff login page. */
@WebServlet("/staff/logout")
public class StaffLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffLoginService staff;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(SignedInStaff.SESSION_KEY) instanceof SignedInStaff signedIn) {
                staff.current(signedIn.userId(), ClientAddressFilter.clientAddress(request)).ifPresent(staff::loggedOut);
            }
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + StaffAccessFilter.LOGIN_PAGE + "?reason=logout");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + StaffAccessFilter.LOGIN_PAGE);
    }
}
