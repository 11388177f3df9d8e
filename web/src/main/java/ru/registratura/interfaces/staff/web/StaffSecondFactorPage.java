package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.nayuki.qrcodegen.QrCode;

import ru.registratura.application.StaffCredentialsService;
import ru.registratura.domain.staff.TotpSecret;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Вход с кодом» ({@code staff/second-factor.xhtml}): a staff user's second factor. Without one, the page offers a
 * new secret as a QR code (drawn here as SVG, no script) and as text for an authenticator app (Яндекс Ключ, Google
 * Authenticator, FreeOTP, …) and asks for the app's code, which proves the app holds it; only then is it stored.
 * With one that is not required (an operator's), a current code removes it. The secret offered lives in this view
 * only, never in a URL or a log.
 */
@Named
@ViewScoped
public class StaffSecondFactorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffCredentialsService staff;

    @Inject
    CurrentStaff current;


    private StaffCredentialsService.SecondFactor state;
    private String secret;
    private String code;

    @PostConstruct
    void load() {
        state = staff.secondFactor(current.actor());
        if (!state.enabled()) {
            secret = TotpSecret.random().base32();
        }
    }

    public String enable() {
        String typed = code;
        code = null;
        if (!staff.enableSecondFactor(current.actor(), secret, typed)) {
            PageMessages.error("secondFactorForm:code", "staff.secondFactor.codeWrong");
            return null;
        }
        PageMessages.flash("staff.secondFactor.enabled");
        return "/staff/index?faces-redirect=true";
    }

    public String remove() {
        String typed = code;
        code = null;
        if (!staff.removeSecondFactor(current.actor(), typed)) {
            PageMessages.error("removeForm:code", "staff.secondFactor.codeWrong");
            return null;
        }
        PageMessages.flash("staff.secondFactor.removed");
        return "/staff/index?faces-redirect=true";
    }

    public boolean isEnabled() {
        return state.enabled();
    }

    public boolean isRequired() {
        return state.required();
    }

    public Instant getSince() {
        return state.since();
    }

    /** The secret in groups of four, for typing it into an app by hand. */
    public String getSecretGrouped() {
        return secret == null ? null : TotpSecret.of(secret).grouped();
    }

    /**
     * The QR code of the secret's {@code otpauth://} address as an SVG element (modules as one path, a quiet zone of
     * four); text only this class writes, from a Base32 secret and the user's name, so it is safe to write unescaped.
     */
    public String getQrSvg() {
        if (secret == null) {
            return null;
        }
        QrCode qr = QrCode.encodeText(TotpSecret.of(secret).uri(portalName(), current.actor().username()),
                QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"240\" height=\"240\" aria-hidden=\"true\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path
                + "\" fill=\"#000\"/></svg>";
    }

    /** The name an app shows beside the codes: the portal's, in the page's language. */
    private static String portalName() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString("portal.name");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
