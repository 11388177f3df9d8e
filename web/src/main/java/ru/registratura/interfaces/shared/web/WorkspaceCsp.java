package ru.registratura.interfaces.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import org.primefaces.PrimeFaces;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

/**
 * The staff workspace's Content-Security-Policy with PrimeFaces ({@code primefaces.CSP=policyProvided}): PrimeFaces
 * moves its components' inline event handlers into scripts and keeps one nonce per view (its ajax answers and
 * postbacks carry it); this listener puts that nonce in the policy of a workspace page
 * ({@link SecurityHeadersFilter#workspacePolicy}) and tells PrimeFaces' script, and {@link NonceResponseWriter}
 * writes it on each script element, of the page and of its ajax updates. The patients' pages are left alone: no
 * nonce is made for them and their policy allows no inline script at all.
 */
public class WorkspaceCsp implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String NONCE = WorkspaceCsp.class.getName() + ".nonce";
    private static final String INITIALISED = WorkspaceCsp.class.getName() + ".initialised";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!PortalHeadRenderer.primeFaces(context)) {
            return;
        }
        Map<String, Object> request = context.getExternalContext().getRequestMap();
        if (request.putIfAbsent(INITIALISED, Boolean.TRUE) != null) {
            return;
        }
        String nonce = nonce(context);
        context.getExternalContext().setResponseHeader("Content-Security-Policy",
                SecurityHeadersFilter.workspacePolicy(nonce));
        // The nonce is base64 (PrimeFaces' or ours): nothing in it needs escaping in a script.
        PrimeFaces.current().executeInitScript("if(window.PrimeFaces){PrimeFaces.csp.init('" + nonce + "');}");
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing after rendering.
    }

    /**
     * The nonce of this workspace view's scripts: on a first request PrimeFaces' new one, which it keeps in the view;
     * on a postback the one the view keeps (its page's policy names it, and its ajax updates run under that policy).
     * Not PrimeFaces' own lookup on a postback: that one insists on the nonce coming back as a request parameter,
     * which only PrimeFaces' script adds to a form, and a workspace page without a PrimeFaces component loads no
     * PrimeFaces script. A postback of a view that keeps none gets a new one for its page.
     */
    static String nonce(FacesContext context) {
        Map<String, Object> request = context.getExternalContext().getRequestMap();
        Object known = request.get(NONCE);
        if (known != null) {
            return known.toString();
        }
        String nonce;
        if (!context.isPostback() && !context.getPartialViewContext().isAjaxRequest()) {
            nonce = PrimeFacesContext.getCspState(context).getNonce();
        } else {
            Map<String, Object> view = context.getViewRoot() == null ? null : context.getViewRoot().getViewMap(false);
            Object kept = view == null ? null : view.get(Constants.RequestParams.NONCE_PARAM);
            if (kept != null) {
                nonce = kept.toString();
            } else {
                nonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                if (context.getViewRoot() != null && !context.getViewRoot().isTransient()) {
                    context.getViewRoot().getViewMap(true).put(Constants.RequestParams.NONCE_PARAM, nonce);
                }
            }
        }
        request.put(NONCE, nonce);
        return nonce;
    }
}
